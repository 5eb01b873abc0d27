// The reports page (`/reports`): the finished games a signed-in host may
// see (`GET /api/reports/games`; an admin sees everyone's), newest first,
// searchable by quiz, each opening its report (`/reports/GAME`) or deleted
// after a confirmation (`DELETE /api/games/GAME`). Quiz titles are placed
// with textContent only.

import { el } from '/assets/common.js';
import { formatLocaleNumber, t, translate } from '/assets/i18n.js';
import { api, apiError, failureText, signInPanel } from '/assets/signin.js';
import { duration, when } from '/assets/report-format.js';

const $ = (id) => document.getElementById(id);

let games = [];

function showError(text) {
  $('page-error').textContent = text;
}

function announce(text) {
  $('announce').textContent = text;
}

async function loadGames() {
  let response;
  try {
    response = await api('/api/reports/games', { cache: 'no-store' });
  } catch (error) {
    showError(failureText(error));
    return;
  }
  if (!response.ok) {
    showError(t('reports-load-failed', { error: await apiError(response) }));
    return;
  }
  const body = await response.json().catch(() => []);
  games = Array.isArray(body) ? body : [];
  // Newest first, whatever order the server sent.
  games.sort((a, b) => started(b) - started(a));
  renderList();
}

/** When the game began: its start, or its creation if it never started. */
function started(game) {
  return Number(game.started_at ?? game.created_at) || 0;
}

function status(game) {
  if (game.started_at === null || game.started_at === undefined) return t('report-ended-in-lobby');
  return t('reports-status-finished', { duration: duration(Number(game.ended_at) - Number(game.started_at)) });
}

function matches(game, words) {
  const haystack = `${game.quiz_title || ''} ${game.quiz_id || ''}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

function gameRow(game) {
  const title = game.quiz_title || game.quiz_id;
  const date = when(started(game));
  const href = `/reports/${encodeURIComponent(game.id)}`;
  const remove = el('button', {
    type: 'button', className: 'danger', text: t('studio-delete'), attrs: { 'aria-label': t('reports-delete-label', { title, date }) },
  });
  remove.addEventListener('click', () => confirmDelete(game, title, date));
  return el('tr', { className: 'game-row', dataset: { id: game.id } },
    el('th', { attrs: { scope: 'row' } },
      el('a', { className: 'game-title', text: title, attrs: { href, dir: 'auto' } }),
      game.host ? el('span', { className: 'muted host-name', text: ` · ${t('reports-host', { name: game.host })}` }) : null),
    el('td', { text: date }),
    el('td', { className: 'num', text: formatLocaleNumber(Number(game.players) || 0) }),
    el('td', { text: status(game) }),
    el('td', { className: 'actions' },
      el('a', { className: 'button', text: t('reports-open'), attrs: { href, 'aria-label': t('reports-open-label', { title, date }) } }),
      remove));
}

function renderList() {
  const words = $('games-search').value.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = games.filter((g) => matches(g, words));
  $('games-list').replaceChildren(...shown.map(gameRow));
  $('games-table').hidden = shown.length === 0;
  if (games.length === 0) {
    $('games-count').textContent = t('reports-none');
  } else if (shown.length === games.length) {
    $('games-count').textContent = t('reports-count', { count: games.length });
  } else {
    $('games-count').textContent = t('reports-count-match', { shown: shown.length, count: games.length });
  }
}

let confirming = null; // {game, title} the open confirmation asks about

function confirmDelete(game, title, date) {
  $('confirm-title').textContent = t('reports-confirm-title', { title, date });
  confirming = { game, title };
  $('confirm-delete').showModal();
  $('confirm-keep').focus();
}

/** Closes the confirmation and acts on the answer at once (as the studio does: the close event comes too late). */
function answerDelete(remove) {
  const asked = confirming;
  confirming = null;
  $('confirm-delete').close();
  if (!asked) return;
  if (remove) {
    deleteGame(asked.game, asked.title);
  } else {
    const row = [...$('games-list').children].find((tr) => tr.dataset.id === asked.game.id);
    const link = row && row.querySelector('.game-title');
    if (link) link.focus();
  }
}

async function deleteGame(game, title) {
  showError('');
  try {
    const response = await api(`/api/games/${encodeURIComponent(game.id)}`, { method: 'DELETE' });
    if (!response.ok && response.status !== 404) {
      throw new Error(t('reports-delete-failed', { title, error: await apiError(response) }));
    }
    await loadGames();
    announce(t('reports-deleted', { title }));
    $('games-search').focus();
  } catch (error) {
    showError(failureText(error));
  }
}

function init() {
  translate();
  $('games-search').addEventListener('input', renderList);
  $('confirm-delete').querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    answerDelete(event.submitter?.value === 'delete');
  });
  $('confirm-delete').addEventListener('cancel', (event) => {
    event.preventDefault();
    answerDelete(false);
  });
  signInPanel({
    content: 'games',
    showError,
    signedIn: () => {
      $('games').hidden = false;
      loadGames();
    },
  });
}

init();
