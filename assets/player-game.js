// The player's in-game views: one panel per game phase, the answer controls
// (drawn per kind by player-kinds.js) and the countdown. Shared state lives
// here; player.js owns the connection and the join form. Server text is only
// ever placed with textContent.

import {
  Countdown, el, mediaElement, preloadMedia, randomId, serverNow, showOnly, storage,
} from '/assets/common.js';
import { formatLocaleNumber, t } from '/assets/i18n.js';
import {
  correctLine, givenLine, isAnswerValue, kindHint, markGiven, renderControls, setControlsEnabled,
} from '/assets/player-kinds.js';
import { announce, announceOnce, secondsLeft, viewHeading } from '/assets/announce.js';
import { teamPlaceText } from '/assets/player-team.js';

export const SESSION_KEY = 'quizbox.session';
const PANELS = ['rejoining', 'lobby', 'waiting', 'question', 'break', 'slide', 'reveal', 'standings', 'ended', 'gone', 'kicked'];

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


export const countdown = new Countdown({
  bar: $('q-bar'), seconds: $('q-seconds'), onEnd: onCountdownEnd, onMilestone: (secs) => announce(secondsLeft(secs)),
});

export function updateScore(score) {
  state.score = score;
  $('me-score').textContent = formatLocaleNumber(score);
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
  clearInterval(breakTimer);
  const resumed = state.resumedInto;
  state.resumedInto = false;
  renderPhase(view, resumed);
  announcePhase(view);
  // After drawing, which may already show what was loaded ahead.
  preloadMedia(view.next_media);
}

function renderPhase(view, resumed) {
  // The break between rounds is everyone's, late joiners' too.
  if (view.phase === 'break') return renderBreak(view);
  // Joined late: the question in progress (and its reveal) is not theirs.
  if (typeof view.index === 'number' && view.index < state.playsFrom) return renderWaiting(view);
  switch (view.phase) {
    case 'lobby': return showPanel('lobby');
    case 'intro': return renderIntro(view);
    case 'answering': return renderAnswering(view);
    case 'slide': return renderSlide(view);
    case 'reveal': return renderReveal(view, resumed);
    case 'leaderboard': return renderStandings(view, t('leaderboard'), resumed);
    case 'podium': return renderStandings(view, t('final-results'), resumed);
    case 'ended': return renderEnded();
    default: return undefined;
  }
}

/**
 * Says the new phase through the live region: the panel's heading (the
 * question's number and text, the leaderboard and the player's place). The
 * result has a live region of its own in the reveal.
 */
function announcePhase(view) {
  const panel = PANELS.find((id) => !$(id).hidden);
  if (!panel || panel === 'reveal') return;
  let text = viewHeading(panel);
  if (panel === 'standings') text = [text, $('standing-me').textContent].filter(Boolean).join(' ');
  announceOnce(`${panel}:${view.phase === 'podium' ? 'podium' : view.index}`, text);
}

let breakTimer = 0;

/** The break between rounds: the next round and the time left, m:ss. */
function renderBreak(view) {
  const r = view.round;
  $('b-next').textContent = t('break-next', { number: r.number + 1, rounds: r.rounds, name: r.name });
  const c = view.countdown;
  const running = c.deadline !== undefined && c.deadline !== null;
  const draw = () => {
    const secs = Math.max(0, Math.ceil((running ? c.deadline - serverNow() : (c.remaining_ms || 0)) / 1000));
    $('b-clock').textContent = `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
    if (secs === 0) clearInterval(breakTimer);
  };
  draw();
  if (running) breakTimer = setInterval(draw, 500);
  showPanel('break');
}

function renderWaiting(view) {
  $('waiting-name').textContent = state.nickname;
  $('waiting-text').textContent = t('waiting-text', {
    index: view.index + 1, total: view.total, first: state.playsFrom + 1,
  });
  showPanel('waiting');
}

/**
 * The question's picture, sound or video, for media kept on this server
 * (`/media/…`). Other references are not loaded: the page works offline and
 * its CSP allows no other hosts.
 */
export function mediaNode(media, alt) {
  return mediaElement(media, alt, {
    sound: (about) => t('media-sound', { about }),
    video: (about) => t('media-video', { about }),
    picture: t('media-picture'),
    question: t('media-this-question'),
  });
}

function renderQuestionHead(view) {
  $('q-meta').textContent = t('question-of', { index: view.index + 1, total: view.total });
  // Questions on the big screen only: phones get no text, just the shapes.
  $('q-text').textContent = view.on_screen ? t('look-at-screen') : view.text;
  $('q-text').classList.toggle('look-up', Boolean(view.on_screen));
  $('q-hint').textContent = kindHint(view);
  // Questions on the big screen only: phones show no media either. The
  // element stays while the question does (intro, answering, pause, more
  // time), so a sound or video plays on instead of starting over.
  const media = view.on_screen ? '' : (view.media || '');
  const shown = `${view.index} ${media}`;
  if ($('q-media').dataset.shown !== shown) {
    $('q-media').replaceChildren(...[mediaNode(media, view.text)].filter(Boolean));
    $('q-media').dataset.shown = shown;
  }
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
  $('q-label').textContent = t('get-ready');
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
  $('q-label').textContent = t('time-left');
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
    $('locked').textContent = t('times-up');
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
  $('locked').textContent = a && a.acked ? t('answer-locked') : t('answer-sending');
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
  $('s-meta').textContent = t('slide-of', { index: view.index + 1, total: view.total });
  $('s-text').textContent = view.text;
  $('s-body').textContent = view.body || '';
  $('s-body').hidden = !view.body;
  $('s-media').replaceChildren(...[mediaNode(view.media, view.text)].filter(Boolean));
  showPanel('slide');
}

function renderReveal(view, resumed) {
  $('r-meta').textContent = t('question-of', { index: view.index + 1, total: view.total });
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
      ? t('your-score', { score: state.score })
      : t('checking-answer');
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
  if (r.unscored) return r.answered ? [t('result-thanks'), 'is-neutral'] : [t('result-no-answer'), 'is-neutral'];
  if (r.correct) return [t('result-correct'), 'is-correct'];
  if (r.partial) return [t('result-partial'), 'is-partial'];
  return [r.answered ? t('result-incorrect') : t('result-incorrect-none'), 'is-incorrect'];
}

function renderResult(r) {
  const [title, look] = resultTitle(r);
  const lines = [el('h2', { className: 'result-title', text: title })];
  if (!r.unscored) {
    const points = r.streak_bonus > 0
      ? t('result-points-bonus', { points: r.points, bonus: r.streak_bonus })
      : t('result-points', { points: r.points });
    lines.push(el('p', { className: 'result-points', text: points }));
  }
  if (r.streak > 1) lines.push(el('p', { text: t('result-streak', { streak: r.streak }) }));
  lines.push(el('p', { text: t('result-score', { score: r.score }) }));
  lines.push(el('p', { className: 'result-rank', text: t('result-rank', { rank: r.rank, players: r.players }) }));
  if (r.behind !== undefined && r.behind !== null) {
    lines.push(el('p', {
      text: r.behind > 0 ? t('result-behind', { points: r.behind }) : t('result-tied'),
    }));
  } else if (r.rank === 1) {
    lines.push(el('p', { text: t('result-lead') }));
  }
  // Team mode: the team's place, shown and announced with the player's own.
  const team = teamPlaceText(r, false);
  if (team) lines.push(el('p', { className: 'result-team', text: team }));
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
      el('span', { className: 'rank', text: t('place', { rank: s.rank }) }),
      el('span', { className: 'nick', text: me ? t('nickname-you', { name: s.nickname }) : s.nickname }),
      el('span', { className: 'score', text: formatLocaleNumber(s.score) }));
  });
  $('standings-list').replaceChildren(...items);
  const r = state.result;
  let mine = '';
  if (view.phase === 'leaderboard' && r && r.index === view.index) {
    mine = t('standing-me', { rank: r.rank, players: r.players, score: r.score });
  } else if (view.phase === 'leaderboard' || (resumed && !state.final)) {
    // Back after a reconnect: the result or final placing was not replayed.
    mine = t('standing-score', { score: state.score });
  }
  $('standing-me').textContent = mine;
  showPanel('standings');
}

export function onFinal(msg) {
  state.final = msg;
  updateScore(msg.score);
  $('standing-me').textContent = '';
  // Team mode: the team's place in the same live region, heard with it.
  const team = teamPlaceText(msg, true);
  $('final').replaceChildren(t('final', { rank: msg.rank, players: msg.players, score: msg.score }),
    ...(team ? [' ', el('span', { className: 'final-team', text: team })] : []));
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

