// The host's assignments page (`/assignments`): publish a quiz as a
// self-paced assignment between two times (`POST /api/assignments`), the
// list of assignments with their links (`GET /api/assignments`), closing
// one early, and one's results as they fill (`GET /api/assignments/CODE`,
// refreshed while shown). Server text is placed with textContent only.

import { el } from '/assets/common.js';
import {
  formatLocaleNumber, language, t, translate,
} from '/assets/i18n.js';
import { api, apiError, failureText, signInPanel } from '/assets/signin.js';

const $ = (id) => document.getElementById(id);
const REFRESH_MS = 5000;

translate();

let shown = null;
let refresh = null;

function showError(text) {
  $('page-error').textContent = text;
}

function announce(text) {
  $('announce').textContent = text;
}

function when(ms) {
  return new Date(ms).toLocaleString(language(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A datetime-local value in this browser's time zone as Unix ms. */
function localMs(value) {
  return value ? new Date(value).getTime() : null;
}

function asLocalInput(ms) {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60000);
  return d.toISOString().slice(0, 16);
}

async function getJson(path) {
  const response = await api(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(await apiError(response));
  return response.json();
}

async function loadQuizzes() {
  const quizzes = await getJson('/api/quizzes');
  $('quiz').replaceChildren(...quizzes.map((q) => el('option', { text: q.title, attrs: { value: q.id } })));
}

/** An assignment's state in the page's language ("scheduled", "open", "closed"). */
function stateName(state) {
  switch (state) {
    case 'scheduled': return t('assignments-state-scheduled');
    case 'open': return t('assignments-state-open');
    case 'closed': return t('assignments-state-closed');
    default: return state;
  }
}

function row(a) {
  const names = { quiz: a.quiz_title, code: a.code };
  const open = el('button', { type: 'button', text: t('assignments-results'), attrs: { 'aria-label': t('assignments-results-of', names) } });
  open.addEventListener('click', () => showResults(a.code));
  const close = el('button', {
    type: 'button', className: 'danger', text: t('assignments-close'), attrs: { 'aria-label': t('assignments-close-of', names) },
  });
  close.hidden = a.state === 'closed';
  close.addEventListener('click', () => closeAssignment(a));
  return el('tr', { className: 'assignment-row', dataset: { code: a.code } },
    el('th', { attrs: { scope: 'row' } }, a.quiz_title),
    el('td', {}, el('a', { className: 'assignment-link', text: a.link, attrs: { href: a.link } })),
    el('td', { className: 'state', text: stateName(a.state), dataset: { state: a.state } }),
    el('td', { className: 'num', text: formatLocaleNumber(a.player_count) }),
    el('td', { className: 'num', text: formatLocaleNumber(a.finished_count) }),
    el('td', { text: when(a.closed_at ?? a.closes_at) }),
    el('td', { className: 'actions' }, open, close));
}

async function loadList() {
  try {
    const all = await getJson('/api/assignments');
    $('list').replaceChildren(...all.map(row));
    $('list-table').hidden = all.length === 0;
    $('count').textContent = all.length ? t('assignments-count', { count: all.length }) : t('assignments-none');
  } catch (error) {
    showError(failureText(error));
  }
}

async function create(event) {
  event.preventDefault();
  showError('');
  const body = {
    quiz_id: $('quiz').value,
    closes_at: localMs($('closes').value),
    identifier: $('identifier').value.trim() || null,
  };
  const opens = localMs($('opens').value);
  if (opens) body.opens_at = opens;
  try {
    const response = await api('/api/assignments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(await apiError(response));
    const made = await response.json();
    announce(t('assignments-published', { link: made.link }));
    await loadList();
    showResults(made.code);
  } catch (error) {
    showError(failureText(error));
  }
}

async function closeAssignment(a) {
  try {
    const response = await api(`/api/assignments/${encodeURIComponent(a.code)}/close`, { method: 'POST' });
    if (!response.ok) throw new Error(await apiError(response));
    announce(t('assignments-closed', { quiz: a.quiz_title }));
    await loadList();
    if (shown === a.code) showResults(a.code);
  } catch (error) {
    showError(failureText(error));
  }
}

function progress(p, count) {
  if (p.finished_at !== null && p.finished_at !== undefined) return t('assignments-player-finished');
  return t('assignments-player-at', { n: Math.min(p.question + 1, count), count });
}

async function showResults(code) {
  shown = code;
  let r;
  try {
    r = await getJson(`/api/assignments/${encodeURIComponent(code)}`);
  } catch (error) {
    showError(failureText(error));
    return;
  }
  const count = r.question_count;
  $('results-title').textContent = `${r.quiz_title} (${r.code})`;
  $('results-summary').textContent = t('assignments-summary', {
    state: stateName(r.state), players: r.player_count, finished: r.finished_count, closes: when(r.closed_at ?? r.closes_at),
  });
  $('results-board').replaceChildren(...r.leaderboard.map((line) => el('tr', { className: 'board-line' },
    el('td', { className: 'num', text: formatLocaleNumber(line.rank) }),
    el('th', { attrs: { scope: 'row' }, text: line.name }),
    el('td', { className: 'num', text: formatLocaleNumber(line.score) }),
    el('td', { className: 'num', text: formatLocaleNumber(line.correct) }))));
  $('results-players').replaceChildren(...r.players.map((p) => el('tr', { className: 'player-line' },
    el('th', { attrs: { scope: 'row' }, text: p.name }),
    el('td', { text: progress(p, count) }),
    el('td', { className: 'num', text: formatLocaleNumber(p.score) }))));
  $('results-questions').replaceChildren(...r.questions.map((q, i) => el('tr', {},
    el('th', { attrs: { scope: 'row' }, text: t('assignments-question-line', { n: i + 1, text: q.text }) }),
    el('td', { className: 'num', text: formatLocaleNumber(q.answered) }),
    el('td', { className: 'num', text: formatLocaleNumber(q.correct) }))));
  $('results').hidden = false;
  $('results').dataset.code = code;
  if (refresh) clearInterval(refresh);
  // Results fill as players finish: keep them current while shown.
  refresh = r.state === 'closed' ? null : setInterval(() => shown === code && showResults(code), REFRESH_MS);
}

function init() {
  $('create-form').addEventListener('submit', create);
  $('closes').value = asLocalInput(Date.now() + 7 * 86400000);
  signInPanel({
    content: 'content',
    showError,
    signedIn: () => {
      $('content').hidden = false;
      loadQuizzes().catch((error) => showError(failureText(error)));
      loadList();
    },
  });
}

init();
