// The reports page (`/reports`): the finished games a signed-in host may
// see (`GET /api/reports/games`; an admin sees everyone's), newest first,
// searchable by quiz, each opening its report (`/reports/GAME`) or deleted
// after a confirmation (`DELETE /api/games/GAME`). Quiz titles are placed
// with textContent only.

import { el, plural } from '/assets/common.js';
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
    showError(`Could not load the games: ${await apiError(response)}`);
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
  if (game.started_at === null || game.started_at === undefined) return 'ended in the lobby';
  return `finished, ${duration(Number(game.ended_at) - Number(game.started_at))}`;
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
    type: 'button', className: 'danger', text: 'Delete', attrs: { 'aria-label': `Delete the game of ${title} on ${date}` },
  });
  remove.addEventListener('click', () => confirmDelete(game, title, date));
  return el('tr', { className: 'game-row', dataset: { id: game.id } },
    el('th', { attrs: { scope: 'row' } },
      el('a', { className: 'game-title', text: title, attrs: { href } }),
      game.host ? el('span', { className: 'muted host-name', text: ` · host ${game.host}` }) : null),
    el('td', { text: date }),
    el('td', { className: 'num', text: String(Number(game.players) || 0) }),
    el('td', { text: status(game) }),
    el('td', { className: 'actions' },
      el('a', { className: 'button', text: 'Open', attrs: { href, 'aria-label': `Open the report of ${title} on ${date}` } }),
      remove));
}

function renderList() {
  const words = $('games-search').value.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = games.filter((g) => matches(g, words));
  $('games-list').replaceChildren(...shown.map(gameRow));
  $('games-table').hidden = shown.length === 0;
  if (games.length === 0) {
    $('games-count').textContent = 'No finished games yet: host one, and its report appears here.';
  } else if (shown.length === games.length) {
    $('games-count').textContent = plural(games.length, 'game', 'games');
  } else {
    $('games-count').textContent = `${shown.length} of ${plural(games.length, 'game', 'games')} match`;
  }
}

function confirmDelete(game, title, date) {
  const dialog = $('confirm-delete');
  $('confirm-title').textContent = `Delete the game of “${title}” on ${date}?`;
  dialog.returnValue = '';
  dialog.onclose = () => {
    if (dialog.returnValue === 'delete') deleteGame(game, title);
    else {
      const row = [...$('games-list').children].find((tr) => tr.dataset.id === game.id);
      const link = row && row.querySelector('.game-title');
      if (link) link.focus();
    }
  };
  dialog.showModal();
  $('confirm-keep').focus();
}

async function deleteGame(game, title) {
  showError('');
  try {
    const response = await api(`/api/games/${encodeURIComponent(game.id)}`, { method: 'DELETE' });
    if (!response.ok && response.status !== 404) {
      throw new Error(`Could not delete the game of “${title}”: ${await apiError(response)}`);
    }
    await loadGames();
    announce(`Deleted the game of “${title}”.`);
    $('games-search').focus();
  } catch (error) {
    showError(failureText(error));
  }
}

function init() {
  $('games-search').addEventListener('input', renderList);
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
