// The player's in-game views: one panel per game phase, the answer buttons
// and the countdown. Shared state lives here; player.js owns the connection
// and the join form. Server text is only ever placed with textContent.

import {
  Countdown, colourClass, el, formatNumber, ordinal, plural, randomId,
  serverNow, shapeBadge, showOnly, storage,
} from '/assets/common.js';

export const SESSION_KEY = 'quizbox.session';
const PANELS = ['rejoining', 'lobby', 'question', 'reveal', 'standings', 'ended', 'gone', 'kicked'];

const $ = (id) => document.getElementById(id);

export const state = {
  socket: null,
  mode: 'join', // or 'resume'
  pin: '',
  token: '',
  nickname: '',
  playerId: null,
  score: 0,
  view: null, // the current PhaseView
  answer: null, // {index, choice, id, acked}
  result: null, // the latest `result` message
  final: null,
  over: false, // kicked or ended: a close is expected
  replaced: false,
  connecting: false,
  helloError: null, // why the server refused join/resume, or why it timed out
  refused: false, // the server refused (as opposed to: could not be reached)
  errorField: null,
  errorCode: null, // the server's code for a refused join/resume
  resumedInto: false, // the next render comes from a welcome (no `result` is replayed)
  retries: 0, // reconnect attempts since the last welcome
};


export const countdown = new Countdown({ bar: $('q-bar'), seconds: $('q-seconds'), onEnd: onCountdownEnd });

export function updateScore(score) {
  state.score = score;
  $('me-score').textContent = formatNumber(score);
}

/**
 * Keeps what a reload needs to come back: the game, the resume token, and the
 * answer to the open question with its id, so an answer that was never
 * acknowledged can be resent as the same answer.
 */
export function saveSession() {
  if (!state.token || state.over) return;
  const a = state.answer;
  storage.set(SESSION_KEY, {
    pin: state.pin,
    token: state.token,
    nickname: state.nickname,
    score: state.score,
    answer: a && a.choice !== null ? { index: a.index, choice: a.choice, id: a.id, acked: a.acked } : null,
  });
}

/** The "Reconnecting…" line (#connection, a status region); '' hides it. */
export function setConnection(text) {
  const node = $('connection');
  if (node.textContent !== text) node.textContent = text;
}

// ------------------------------------------------------------------ phases

export function showPanel(id) {
  showOnly(PANELS, id);
  const phase = state.view ? state.view.phase : '';
  $('final').hidden = !(state.final && (phase === 'podium' || phase === 'ended'));
}

export function render(view) {
  state.view = view;
  countdown.stop();
  const resumed = state.resumedInto;
  state.resumedInto = false;
  switch (view.phase) {
    case 'lobby': return showPanel('lobby');
    case 'intro': return renderIntro(view);
    case 'answering': return renderAnswering(view);
    case 'reveal': return renderReveal(view, resumed);
    case 'leaderboard': return renderStandings(view, 'Leaderboard', resumed);
    case 'podium': return renderStandings(view, 'Final results', resumed);
    case 'ended': return renderEnded();
    default: return undefined;
  }
}

function renderQuestionHead(view) {
  $('q-meta').textContent = `Question ${view.index + 1} of ${view.total}`;
  $('q-text').textContent = view.text;
  $('q-paused').hidden = true;
  $('locked').hidden = true;
  showPanel('question');
}

function renderIntro(view) {
  renderQuestionHead(view);
  $('answers').replaceChildren();
  $('q-label').textContent = 'Get ready…';
  countdown.run(view.opens_at, Math.max(1000, view.opens_at - serverNow()), false);
}

function renderAnswering(view) {
  renderQuestionHead(view);
  $('q-label').textContent = 'Time left';
  const buttons = view.answers.map((text, i) => el('button', {
    className: `answer ${colourClass(i)}`,
    type: 'button',
    dataset: { index: String(i) },
  }, shapeBadge(i), el('span', { className: 'answer-text', text })));
  $('answers').replaceChildren(...buttons);
  $('answers').dataset.count = String(buttons.length);
  if (view.deadline !== undefined && view.deadline !== null) {
    countdown.run(view.deadline, view.time_limit_ms);
  } else {
    countdown.freeze(view.remaining_ms || 0, view.time_limit_ms);
    $('q-paused').hidden = false;
  }
  if (state.answer && state.answer.index === view.index) markLocked();
}

function onCountdownEnd() {
  const view = state.view;
  if (!view || view.phase !== 'answering') return;
  const answered = state.answer && state.answer.index === view.index;
  if (!answered) {
    for (const b of document.querySelectorAll('#answers button')) b.disabled = true;
    $('locked').textContent = "Time's up!";
    $('locked').hidden = false;
  }
}

export function choose(index) {
  const view = state.view;
  if (!view || view.phase !== 'answering') return;
  if (state.answer && state.answer.index === view.index) return;
  state.answer = { index: view.index, choice: index, id: randomId(), acked: false };
  saveSession();
  sendAnswer(); // while reconnecting it goes out again after the resume
  markLocked();
}

export function sendAnswer() {
  const a = state.answer;
  if (!a || a.choice === null || !state.socket) return;
  state.socket.send({ type: 'answer', question: a.index, answer: a.choice, id: a.id });
}

export function markLocked() {
  const a = state.answer;
  for (const button of document.querySelectorAll('#answers button')) {
    const chosen = a && Number(button.dataset.index) === a.choice;
    button.disabled = true;
    button.classList.toggle('chosen', Boolean(chosen));
    button.classList.toggle('not-chosen', !chosen);
    if (chosen) button.setAttribute('aria-pressed', 'true');
  }
  $('locked').textContent = a && a.acked ? 'Answer locked ✓ Waiting for the others…' : 'Sending your answer…';
  $('locked').hidden = false;
}

export function onAnswerAck(msg) {
  if (!state.answer || state.answer.index !== msg.index) return;
  state.answer.acked = true;
  saveSession();
  if (state.view && state.view.phase === 'answering' && state.view.index === msg.index) markLocked();
}

export function onPaused(msg) {
  const view = state.view;
  if (!view || view.phase !== 'answering' || view.index !== msg.index) return;
  view.deadline = undefined;
  view.remaining_ms = msg.remaining_ms;
  countdown.freeze(msg.remaining_ms, view.time_limit_ms);
  $('q-paused').hidden = false;
}

export function onDeadline(msg) {
  const view = state.view;
  if (!view || view.phase !== 'answering' || view.index !== msg.index) return;
  view.deadline = msg.deadline;
  view.time_limit_ms = msg.time_limit_ms;
  $('q-paused').hidden = true;
  const answered = state.answer && state.answer.index === view.index;
  if (!answered) {
    // More time after "Time's up": answering is possible again.
    for (const b of document.querySelectorAll('#answers button')) b.disabled = false;
    $('locked').hidden = true;
  }
  countdown.run(msg.deadline, msg.time_limit_ms);
}

function answerLabel(view, i) {
  return el('span', { className: 'inline-answer' }, shapeBadge(i), el('span', { text: view.answers[i] }));
}

function renderReveal(view, resumed) {
  $('r-meta').textContent = `Question ${view.index + 1} of ${view.total}`;
  $('r-text').textContent = view.text;
  const correct = view.correct.map((i) => answerLabel(view, i));
  $('r-correct').replaceChildren(
    view.correct.length === 1 ? 'Correct answer: ' : 'Correct answers: ',
    ...correct.flatMap((node, k) => (k ? [', ', node] : [node])),
  );
  const a = state.answer;
  // Only an acknowledged answer counts: one still on its way when the question
  // closed (or when the connection dropped) did not make it.
  const mine = a && a.acked && a.index === view.index && a.choice !== null && view.answers[a.choice] !== undefined;
  $('r-mine').replaceChildren(...(mine ? ['You answered: ', answerLabel(view, a.choice)] : []));
  if (state.result && state.result.index === view.index) {
    renderResult(state.result);
  } else {
    // #result stays empty until this question's `result` arrives.
    $('result').replaceChildren();
    $('result').hidden = true;
    $('result-wait').textContent = resumed
      ? `Your score: ${formatNumber(state.score)} points`
      : 'Checking your answer…';
  }
  showPanel('reveal');
}

export function onResult(msg) {
  state.result = msg;
  updateScore(msg.score);
  saveSession();
  if (state.view && state.view.phase === 'reveal' && state.view.index === msg.index) renderResult(msg);
}

function renderResult(r) {
  const title = r.correct ? 'Correct ✓' : (r.answered ? 'Incorrect ✗' : 'Incorrect ✗ – no answer');
  const lines = [el('h2', { className: 'result-title', text: title })];
  let points = `+${plural(r.points, 'point', 'points')}`;
  if (r.streak_bonus > 0) points += ` (incl. +${formatNumber(r.streak_bonus)} streak bonus)`;
  lines.push(el('p', { className: 'result-points', text: points }));
  if (r.streak > 1) lines.push(el('p', { text: `Answer streak: ${r.streak} 🔥` }));
  lines.push(el('p', { text: `Score: ${formatNumber(r.score)}` }));
  lines.push(el('p', { className: 'result-rank', text: `${ordinal(r.rank)} of ${r.players}` }));
  if (r.behind !== undefined && r.behind !== null) {
    lines.push(el('p', {
      text: r.behind > 0 ? `${plural(r.behind, 'point', 'points')} behind the next place` : 'Tied with the next place',
    }));
  } else if (r.rank === 1) {
    lines.push(el('p', { text: "You're in the lead!" }));
  }
  $('result').className = `result ${r.correct ? 'is-correct' : 'is-incorrect'}`;
  $('result').replaceChildren(...lines);
  $('result').hidden = false;
  $('result-wait').textContent = '';
}

function renderStandings(view, title, resumed) {
  $('standings-title').textContent = title;
  const items = view.top.map((s) => {
    const me = s.player === state.playerId;
    return el('li', { className: me ? 'is-me' : '' },
      el('span', { className: 'rank', text: ordinal(s.rank) }),
      el('span', { className: 'nick', text: s.nickname + (me ? ' (you)' : '') }),
      el('span', { className: 'score', text: formatNumber(s.score) }));
  });
  $('standings-list').replaceChildren(...items);
  const r = state.result;
  let mine = '';
  if (view.phase === 'leaderboard' && r && r.index === view.index) {
    mine = `You're ${ordinal(r.rank)} of ${r.players} with ${plural(r.score, 'point', 'points')}.`;
  } else if (view.phase === 'leaderboard' || (resumed && !state.final)) {
    // Back after a reconnect: the result or final placing was not replayed.
    mine = `Your score: ${plural(state.score, 'point', 'points')}.`;
  }
  $('standing-me').textContent = mine;
  showPanel('standings');
}

export function onFinal(msg) {
  state.final = msg;
  updateScore(msg.score);
  $('standing-me').textContent = '';
  $('final').textContent = `You finished ${ordinal(msg.rank)} of ${msg.players} with ${plural(msg.score, 'point', 'points')}!`;
  const phase = state.view ? state.view.phase : '';
  $('final').hidden = !(phase === 'podium' || phase === 'ended');
}

function renderEnded() {
  state.over = true;
  storage.remove(SESSION_KEY);
  setConnection('');
  $('leave').hidden = true;
  showPanel('ended');
}

export function onKicked() {
  state.over = true;
  state.token = '';
  storage.remove(SESSION_KEY);
  countdown.stop();
  setConnection('');
  $('lost').hidden = true;
  $('game-view').hidden = false;
  $('join-view').hidden = true;
  $('me').hidden = true;
  $('leave').hidden = true;
  state.view = { phase: 'kicked' };
  showPanel('kicked');
}

