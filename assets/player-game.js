// The player's in-game views: one panel per game phase, the answer controls
// (drawn per kind by player-kinds.js) and the countdown. Shared state lives
// here; player.js owns the connection and the join form. Server text is only
// ever placed with textContent.

import {
  Countdown, el, formatNumber, mediaElement, ordinal, plural, randomId, serverNow, showOnly, storage,
} from '/assets/common.js';
import {
  correctLine, givenLine, isAnswerValue, kindHint, markGiven, renderControls, setControlsEnabled,
} from '/assets/player-kinds.js';

export const SESSION_KEY = 'quizbox.session';
const PANELS = ['rejoining', 'lobby', 'waiting', 'question', 'slide', 'reveal', 'standings', 'ended', 'gone', 'kicked'];

const $ = (id) => document.getElementById(id);

export const state = {
  socket: null,
  mode: 'join', // or 'resume'
  pin: '',
  token: '',
  nickname: '',
  typed: null, // the nickname typed to join, until the welcome says which one the game gave
  playerId: null,
  playsFrom: 0, // a late joiner's first question: earlier ones are not theirs
  score: 0,
  view: null, // the current PhaseView
  answer: null, // {index, value, id, acked}; value null: sent, but this page does not know it
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
    answer: a && a.value !== null ? { index: a.index, value: a.value, id: a.id, acked: a.acked } : null,
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
  // Joined late: the question in progress (and its reveal) is not theirs.
  if (typeof view.index === 'number' && view.index < state.playsFrom) return renderWaiting(view);
  switch (view.phase) {
    case 'lobby': return showPanel('lobby');
    case 'intro': return renderIntro(view);
    case 'answering': return renderAnswering(view);
    case 'slide': return renderSlide(view);
    case 'reveal': return renderReveal(view, resumed);
    case 'leaderboard': return renderStandings(view, 'Leaderboard', resumed);
    case 'podium': return renderStandings(view, 'Final results', resumed);
    case 'ended': return renderEnded();
    default: return undefined;
  }
}

function renderWaiting(view) {
  $('waiting-name').textContent = state.nickname;
  $('waiting-text').textContent = `The others are on question ${view.index + 1} of ${view.total}. `
    + `Your first is question ${state.playsFrom + 1}, starting with 0 points.`;
  showPanel('waiting');
}

/**
 * The question's picture, sound or video, for media kept on this server
 * (`/media/…`). Other references are not loaded: the page works offline and
 * its CSP allows no other hosts.
 */
export function mediaNode(media, alt) {
  return mediaElement(media, alt);
}

function renderQuestionHead(view) {
  $('q-meta').textContent = `Question ${view.index + 1} of ${view.total}`;
  // Questions on the big screen only: phones get no text, just the shapes.
  $('q-text').textContent = view.on_screen ? 'Look at the big screen' : view.text;
  $('q-text').classList.toggle('look-up', Boolean(view.on_screen));
  $('q-hint').textContent = kindHint(view);
  $('q-media').replaceChildren(...[view.on_screen ? null : mediaNode(view.media, view.text)].filter(Boolean));
  $('q-paused').hidden = true;
  $('locked').hidden = true;
  showPanel('question');
}

// Opens the answers of the intro on screen at its `opens_at`.
let opener = null;

function renderIntro(view) {
  renderQuestionHead(view);
  $('answers').replaceChildren();
  $('answers').className = 'answers';
  $('q-label').textContent = 'Get ready…';
  countdown.run(view.opens_at, Math.max(1000, view.opens_at - serverNow()), false);
  // The server sends players no `answering` phase when the intro runs its
  // course: the intro carries that state, and the page opens it on time.
  clearTimeout(opener);
  if (view.answering) {
    opener = setTimeout(() => {
      if (state.view === view) render(view.answering);
    }, Math.max(0, view.opens_at - serverNow()));
  }
}

function renderAnswering(view) {
  renderQuestionHead(view);
  $('q-label').textContent = 'Time left';
  const a = state.answer;
  const given = a && a.index === view.index ? a.value : null;
  renderControls($('answers'), view, given, submitAnswer);
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
    setControlsEnabled($('answers'), false);
    $('locked').textContent = "Time's up!";
    $('locked').hidden = false;
  }
}

/** The player's answer to the open question: a choice index, a list of indices, a number or a text. */
export function submitAnswer(value) {
  const view = state.view;
  if (!view || view.phase !== 'answering' || !isAnswerValue(value)) return;
  if (state.answer && state.answer.index === view.index) return;
  state.answer = { index: view.index, value, id: randomId(), acked: false };
  saveSession();
  sendAnswer(); // while reconnecting it goes out again after the resume
  markLocked();
}

export function sendAnswer() {
  const a = state.answer;
  if (!a || a.value === null || !state.socket) return;
  state.socket.send({ type: 'answer', question: a.index, answer: a.value, id: a.id });
}

export function markLocked() {
  const a = state.answer;
  markGiven($('answers'), a ? a.value : null);
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
    setControlsEnabled($('answers'), true);
    $('locked').hidden = true;
  }
  countdown.run(msg.deadline, msg.time_limit_ms);
}

function renderSlide(view) {
  $('s-meta').textContent = `${view.index + 1} of ${view.total}`;
  $('s-text').textContent = view.text;
  $('s-body').textContent = view.body || '';
  $('s-body').hidden = !view.body;
  $('s-media').replaceChildren(...[mediaNode(view.media, view.text)].filter(Boolean));
  showPanel('slide');
}

function renderReveal(view, resumed) {
  $('r-meta').textContent = `Question ${view.index + 1} of ${view.total}`;
  $('r-text').textContent = view.text;
  $('r-correct').replaceChildren(...correctLine(view));
  const a = state.answer;
  // Only an acknowledged answer counts: one still on its way when the question
  // closed (or when the connection dropped) did not make it.
  const mine = a && a.acked && a.index === view.index ? a.value : null;
  $('r-mine').replaceChildren(...givenLine(view, mine));
  $('r-explanation').textContent = view.explanation || '';
  $('r-explanation').hidden = !view.explanation;
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

/** The result's headline and its look: correct, partly correct, incorrect, or neutral for unscored kinds. */
function resultTitle(r) {
  if (r.unscored) return r.answered ? ['Thanks for answering', 'is-neutral'] : ['No answer this time', 'is-neutral'];
  if (r.correct) return ['Correct ✓', 'is-correct'];
  if (r.partial) return ['Partly correct ◐', 'is-partial'];
  return [r.answered ? 'Incorrect ✗' : 'Incorrect ✗ – no answer', 'is-incorrect'];
}

function renderResult(r) {
  const [title, look] = resultTitle(r);
  const lines = [el('h2', { className: 'result-title', text: title })];
  if (!r.unscored) {
    let points = `+${plural(r.points, 'point', 'points')}`;
    if (r.streak_bonus > 0) points += ` (incl. +${formatNumber(r.streak_bonus)} streak bonus)`;
    lines.push(el('p', { className: 'result-points', text: points }));
  }
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
  $('result').className = `result ${look}`;
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

