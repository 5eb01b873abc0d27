// The player's page of a self-paced assignment (`/a/CODE`): start under a
// nickname or the identifier the host asked for, then one question at a
// time under its own timer (`/api/a/CODE/...`, docs/protocol.md). The server
// keeps the time and the progress; this page only shows them. The resume
// token is kept in localStorage, so a reload goes on where the player was.
// Server text is placed with textContent only.

import { el, storage } from '/assets/common.js';
import {
  formatLocaleNumber, language, languagePicker, t, translate,
} from '/assets/i18n.js';
import { kindHint, renderControls, setControlsEnabled } from '/assets/player-kinds.js';

const $ = (id) => document.getElementById(id);
const code = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');
const api = `/api/a/${encodeURIComponent(code)}`;
const tokenKey = `quizbox.assignment.${code}`;

let token = (storage.get(tokenKey) || {}).token || null;
/** Server clock minus this one, from the latest reply. */
let offset = 0;
let timer = null;
let sending = false;
/** A kept answer sent again after the server could not save it. */
let resend = null;

translate();
languagePicker($('lang-picker'));

function show(view) {
  document.body.dataset.view = view;
  for (const id of ['start-form', 'question-view', 'feedback-view', 'done-view', 'closed-view']) {
    $(id).hidden = !id.startsWith(view);
  }
}

function showError(text) {
  $('page-error').textContent = text || '';
}

function announce(text) {
  $('announce').textContent = text;
}

function when(ms) {
  return new Date(ms).toLocaleString(language(), { dateStyle: 'medium', timeStyle: 'short' });
}

async function call(path, body) {
  const response = await fetch(`${api}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
    cache: 'no-store',
  });
  const reply = await response.json().catch(() => ({}));
  if (typeof reply.now === 'number') offset = reply.now - Date.now();
  const retryAfter = Number(response.headers.get('Retry-After')) || 0;
  return {
    status: response.status, ok: response.ok, reply, retryAfter,
  };
}

function cancelResend() {
  if (resend) clearTimeout(resend);
  resend = null;
}

function stopTimer() {
  if (timer) clearInterval(timer);
  timer = null;
}

function showClosed(title, text) {
  stopTimer();
  $('closed-title').textContent = title;
  $('closed-text').textContent = text;
  show('closed');
}

/** Draws where the player stands, as the server said. */
function render(player) {
  $('me').hidden = false;
  $('me-name').textContent = player.name;
  $('me-score').textContent = formatLocaleNumber(player.score);
  if (player.finished) return renderDone(player);
  if (player.question) return renderQuestion(player);
  if (player.state === 'closed') {
    return showClosed(t('assignment-closed-title'), t('assignment-closed-summary', {
      answered: player.position, count: player.question_count, score: player.score,
    }));
  }
  return resume();
}

function renderQuestion(player) {
  cancelResend();
  const q = player.question;
  $('question-number').textContent = t('assignment-question-of', { n: q.index + 1, count: player.question_count });
  $('question-points').textContent = q.points ? t('assignment-points', { points: q.points }) : t('assignment-not-scored');
  $('question-text').textContent = q.text;
  $('question-view').dataset.index = String(q.index);
  const box = $('controls');
  const hint = kindHint(q);
  renderControls(box, q, undefined, (value) => answer(q, value));
  if (hint) box.prepend(el('p', { className: 'q-hint', text: hint }));
  $('pass').textContent = q.kind === 'slide' ? t('assignment-continue') : t('assignment-skip');
  $('pass').onclick = () => answer(q, null);
  show('question');
  announce(t('assignment-announce-question', { n: q.index + 1, text: q.text }));
  stopTimer();
  const tick = () => {
    const left = Math.max(0, q.deadline - (Date.now() + offset));
    $('seconds').textContent = formatLocaleNumber(Math.ceil(left / 1000));
    // Past the deadline the server moves on by itself: ask it where we are.
    if (left <= 0) {
      stopTimer();
      setControlsEnabled(box, false);
      setTimeout(resume, 1200);
    }
  };
  tick();
  timer = setInterval(tick, 250);
}

function renderDone(player) {
  cancelResend();
  stopTimer();
  $('done-score').textContent = t('assignment-done-score', { score: player.score, correct: player.correct });
  $('done-rank').textContent = player.rank ? t('assignment-done-rank', { rank: player.rank }) : '';
  $('board').replaceChildren(...(player.leaderboard || []).map((line) => el('li', {
    className: line.name === player.name ? 'me-line' : '',
    attrs: { value: line.rank },
    text: t('assignment-board-line', { name: line.name, score: line.score }),
  })));
  show('done');
  announce(t('assignment-announce-done', { score: player.score }));
}

/**
 * What became of an answer, as the server judged it: its headline, its
 * look (as the live game's result) and the points line. A question that
 * earns no points (a poll, a word cloud, a slide) is only saved.
 */
function outcome(q, value, reply) {
  if (value === null) return [t('assignment-skipped'), 'is-neutral', ''];
  if (!q.points) return [t('assignment-saved'), 'is-neutral', ''];
  let points = t('assignment-no-points');
  if (reply.streak_bonus > 0) {
    points = t('assignment-gained-bonus', { points: reply.points, bonus: reply.streak_bonus });
  } else if (reply.points > 0) {
    points = t('assignment-gained', { points: reply.points });
  }
  if (reply.correct) return [t('assignment-correct'), 'is-correct', points];
  if (reply.points > 0) return [t('assignment-partly-correct'), 'is-partial', points];
  return [t('assignment-incorrect'), 'is-incorrect', points];
}

async function answer(q, value) {
  if (sending) return;
  cancelResend();
  sending = true;
  setControlsEnabled($('controls'), false);
  $('pass').disabled = true;
  try {
    const {
      ok, status, reply, retryAfter,
    } = await call('/answer', { token, question: q.index, answer: value });
    if (status === 503 && reply.code === 'storage_unavailable') {
      // Nothing was saved: the answer stays as the player gave it, and is
      // sent again by itself (or at once, if they answer again).
      showError(t('assignment-storage-retry'));
      setControlsEnabled($('controls'), true);
      const wait = Math.min(30, Math.max(1, retryAfter || 5)) * 1000;
      resend = setTimeout(() => {
        resend = null;
        answer(q, value);
      }, wait);
      return undefined;
    }
    if (!ok) {
      showError(reply.error || t('assignment-server-answered', { status: String(status) }));
      if (status === 409 || status === 401) return resume();
      setControlsEnabled($('controls'), true);
      return undefined;
    }
    showError('');
    stopTimer();
    const player = reply.player;
    $('me-score').textContent = formatLocaleNumber(player.score);
    const [title, look, points] = outcome(q, value, reply);
    $('feedback-title').textContent = title;
    $('feedback-points').textContent = points;
    $('feedback-view').className = `panel center ${look}`;
    $('next').textContent = player.finished ? t('assignment-see-result') : t('assignment-next');
    $('next').onclick = () => (player.finished ? render(player) : resume());
    show('feedback');
    $('next').focus();
    announce(points ? `${title} ${points}` : title);
    return undefined;
  } catch {
    showError(t('assignment-not-saved'));
    setControlsEnabled($('controls'), true);
    return undefined;
  } finally {
    sending = false;
    $('pass').disabled = false;
  }
}

/** Asks the server where the player is (showing the next question, if due). */
async function resume() {
  try {
    const { ok, status, reply } = await call('/resume', { token });
    if (status === 401) {
      storage.remove(tokenKey);
      token = null;
      return load();
    }
    if (!ok) return showError(reply.error || t('assignment-server-answered', { status: String(status) }));
    return render(reply);
  } catch {
    showError(t('assignment-unreachable-reload'));
    return undefined;
  }
}

async function start(event) {
  event.preventDefault();
  $('begin').disabled = true;
  try {
    const { ok, status, reply } = await call('/start', { name: $('name').value });
    if (!ok) return showError(reply.error || t('assignment-server-answered', { status: String(status) }));
    token = reply.token;
    storage.set(tokenKey, { token, name: reply.name });
    showError('');
    return render(reply);
  } catch {
    return showError(t('assignment-unreachable'));
  } finally {
    $('begin').disabled = false;
  }
}

async function load() {
  let info;
  try {
    const { ok, status, reply } = await call('');
    if (!ok) {
      showError(reply.error || t('assignment-server-answered', { status: String(status) }));
      show('loading');
      return;
    }
    info = reply;
  } catch {
    showError(t('assignment-unreachable-reload'));
    return;
  }
  document.title = t('assignment-page-title-quiz', { title: info.title });
  $('title').textContent = info.title;
  $('window').textContent = t('assignment-window', { count: info.question_count, closes: when(info.closes_at) });
  if (token) {
    await resume();
    return;
  }
  if (info.state === 'scheduled') {
    showClosed(t('assignment-not-open-title'), t('assignment-opens-on', { opens: when(info.opens_at) }));
    return;
  }
  if (info.state === 'closed') {
    showClosed(t('assignment-closed-title'), t('assignment-deadline-passed'));
    return;
  }
  $('name-label').textContent = info.identifier || t('assignment-nickname');
  show('start');
  $('name').focus();
}

$('start-form').addEventListener('submit', start);
load();
