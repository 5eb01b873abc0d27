// One game's report (`/reports/GAME`), from `GET /api/games/GAME/report`:
// the summary (participation, completion), every question with its answer
// distribution as a bar chart (report-chart.js), accuracy, times and the
// "difficult" flag, every player with their answers behind a button (and
// their team, with the team standings above them, in a team game), and
// the downloads (CSV, JSON, xlsx) the server writes. Printing leaves the
// buttons out and draws the charts in black and white (reports.css).
// Text from the game is placed with textContent only.

import { el } from '/assets/common.js';
import { formatLocaleNumber, t, translate } from '/assets/i18n.js';
import { api, apiError, failureText, signInPanel } from '/assets/signin.js';
import { kindLabel } from '/assets/studio-model.js';
import { distributionChart } from '/assets/report-chart.js';
import {
  duration, percent, seconds, when,
} from '/assets/report-format.js';

const $ = (id) => document.getElementById(id);

/** The game's id, from the page's address. */
const GAME = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');

let report = null;

function showError(text) {
  $('page-error').textContent = text;
}

function announce(text) {
  $('announce').textContent = text;
}

async function loadReport() {
  let response;
  try {
    response = await api(`/api/games/${encodeURIComponent(GAME)}/report`, { cache: 'no-store' });
  } catch (error) {
    showError(failureText(error));
    return;
  }
  if (response.status === 404) {
    showError(t('report-not-found'));
    return;
  }
  if (!response.ok) {
    showError(t('report-load-failed', { error: await apiError(response) }));
    return;
  }
  report = await response.json().catch(() => null);
  if (!report || !report.game) {
    showError(t('studio-unexpected-reply'));
    return;
  }
  render();
}

// ------------------------------------------------------------ summary

function render() {
  const { game } = report;
  const title = game.quiz_title || game.quiz_id;
  $('report-title').textContent = t('report-heading', { title });
  document.title = t('report-doc-title', { title });
  // [data-fact, the term, the value]
  const facts = [
    ['quiz', t('reports-col-quiz'), title],
    ['played', t('reports-col-played'), when(Number(game.started_at ?? game.created_at))],
    ['duration', t('report-fact-duration'),
      game.started_at ? duration(Number(game.ended_at) - Number(game.started_at)) : t('report-ended-in-lobby')],
    ['pin', t('report-fact-pin'), game.pin],
    ['players', t('reports-col-players'), formatLocaleNumber(game.players)],
    ['questions', t('report-questions'), formatLocaleNumber(game.questions)],
    ['participation', t('report-fact-participation'), t('report-participation', { percent: percent(game.participation) })],
    ['completion', t('report-fact-completion'), t('report-completion', { percent: percent(game.completion) })],
  ];
  $('summary').replaceChildren(...facts.flatMap(([fact, term, value]) => [
    el('dt', { text: term }),
    el('dd', { text: value, dataset: { fact } }),
  ]));
  $('questions-list').replaceChildren(...(report.questions || []).map(questionRow));
  const teams = report.teams || [];
  $('teams-list').replaceChildren(...teams.map(teamRow));
  $('teams').hidden = !teams.length;
  $('team-column').hidden = !teamGame();
  $('players-list').replaceChildren(...(report.players || []).flatMap(playerRows));
  $('report').hidden = false;
  loadAcross(game.quiz_id);
}

// ------------------------------------------------------------ across games

/** The quiz's questions missed most over every game of it the host may
 * see (`GET /api/quizzes/QUIZ/report`). Left out when the quiz is gone. */
async function loadAcross(quizId) {
  let across;
  try {
    const response = await api(`/api/quizzes/${encodeURIComponent(quizId)}/report`, { cache: 'no-store' });
    if (!response.ok) return;
    across = await response.json();
  } catch {
    return;
  }
  const byIndex = new Map((across.questions || []).map((q) => [q.index, q]));
  const missed = (across.missed_most || []).slice(0, 5).map((i) => byIndex.get(i)).filter(Boolean);
  if (!missed.length) return;
  const games = Number(across.games);
  $('across-games').textContent = t('report-across-games', { count: games });
  $('across-list').replaceChildren(...missed.map((q) => el('li', { dataset: { index: String(q.index) } },
    el('span', { className: 'question-text', text: `${formatLocaleNumber(Number(q.index) + 1)}. ${q.text}` }),
    el('span', {
      className: 'muted',
      text: ` — ${t('report-across-item', {
        percent: percent(q.accuracy), correct: Number(q.correct), answered: Number(q.answered), games: Number(q.games),
      })}`,
    }))));
  $('across').hidden = false;
}

// ------------------------------------------------------------ questions

function questionRow(q) {
  const number = Number(q.index) + 1;
  const scored = typeof q.accuracy === 'number';
  const about = [kindLabel(q.kind), t('report-answered', { count: Number(q.answered) })];
  if (scored) about.push(t('report-right-count', { count: Number(q.correct) }));
  return el('tr', { className: `question-row${q.difficult ? ' difficult' : ''}`, dataset: { index: String(q.index) } },
    el('td', { className: 'num', text: formatLocaleNumber(number) }),
    el('td', { className: 'question-cell' },
      el('p', { className: 'question-text', text: q.text, attrs: { dir: 'auto' } }),
      el('p', { className: 'muted question-about', text: about.join(' · ') }),
      (q.correct_text || []).length
        ? el('p', { className: 'question-right', text: t('report-right-answers', { answers: q.correct_text.join(', ') }) }) : null,
      distributionChart(number, q.distribution || [])),
    el('td', { className: 'num accuracy', text: scored ? percent(q.accuracy) : t('report-not-scored') }),
    el('td', { className: 'num', text: seconds(q.avg_ms) }),
    el('td', { className: 'num', text: seconds(q.median_ms) }),
    el('td', { className: 'flag', text: q.difficult ? t('report-flag-difficult') : scored ? t('report-flag-no') : '–' }));
}

// ------------------------------------------------------------ teams

/** Whether the game was played in teams: the players' table then has a
 * Team column. */
function teamGame() {
  return (report.teams || []).length > 0 || (report.players || []).some((p) => p.team != null);
}

function teamRow(team) {
  return el('tr', { className: 'team-row', dataset: { rank: String(team.rank) } },
    el('td', { className: 'num', text: t('place', { rank: Number(team.rank) }) }),
    el('th', { attrs: { scope: 'row' }, text: team.team }),
    el('td', { className: 'num', text: formatLocaleNumber(team.score) }),
    el('td', { className: 'num', text: formatLocaleNumber(team.players) }));
}

// ------------------------------------------------------------ players

function answerLine(a, i) {
  const question = (report.questions || []).find((q) => Number(q.index) === i);
  // A slide takes no answers: nothing to list.
  if (question && question.kind === 'slide') return null;
  const scored = !question || typeof question.accuracy === 'number';
  const cells = a
    ? [a.answer, !scored ? t('report-not-scored') : a.correct ? t('report-result-right') : t('report-result-wrong'),
      formatLocaleNumber(a.points), seconds(a.elapsed_ms)]
    : [t('report-no-answer'), '–', formatLocaleNumber(0), '–'];
  return el('tr', {},
    el('th', { attrs: { scope: 'row' }, text: `${formatLocaleNumber(i + 1)}. ${question ? question.text : ''}` }),
    ...cells.map((text, n) => el('td', { className: n >= 2 ? 'num' : '', text })));
}

function playerRows(p, n) {
  const detailsId = `player-answers-${n}`;
  const toggle = el('button', {
    type: 'button',
    className: 'link answers-toggle',
    text: p.nickname,
    attrs: { 'aria-expanded': 'false', 'aria-controls': detailsId, 'aria-label': t('report-answers-of', { name: p.nickname }) },
  });
  const details = el('tr', { className: 'player-answers', hidden: true, attrs: { id: detailsId } },
    el('td', { attrs: { colspan: teamGame() ? 7 : 6 } },
      el('table', { className: 'answers-table' },
        el('caption', { text: t('report-answers-of', { name: p.nickname }) }),
        el('thead', {}, el('tr', {},
          ...[t('report-answers-question'), t('report-answers-answer'), t('report-answers-result'), t('report-answers-points'),
            t('report-answers-time')].map((h, i) => el('th', { className: i >= 3 ? 'num' : '', text: h, attrs: { scope: 'col' } })))),
        el('tbody', {}, ...(p.answers || []).map(answerLine)))));
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    details.hidden = !open;
  });
  const row = el('tr', { className: 'player-row', dataset: { player: String(p.player) } },
    el('td', { className: 'num', text: t('place', { rank: Number(p.rank) }) }),
    el('th', { attrs: { scope: 'row' } }, toggle, el('span', { className: 'print-only', text: p.nickname })),
    teamGame() ? el('td', { className: 'team', text: p.team ?? '' }) : null,
    el('td', { className: 'num', text: formatLocaleNumber(p.score) }),
    el('td', { className: 'num', text: t('report-correct-of', { correct: Number(p.correct), answered: Number(p.answered) }) }),
    el('td', { className: 'num', text: formatLocaleNumber(p.best_streak) }),
    el('td', { className: 'num', text: seconds(p.avg_ms) }));
  return [row, details];
}

// ------------------------------------------------------------ downloads

/** The file name the contract gives when the server's header is missing. */
function fallbackName(format) {
  const g = report.game;
  const day = new Date(Number(g.ended_at)).toISOString().slice(0, 10);
  return `${g.quiz_id}-${day}-${g.id}.${format}`;
}

async function download(format, button) {
  if (!report) return;
  showError('');
  button.disabled = true;
  try {
    const response = await api(`/api/games/${encodeURIComponent(GAME)}/report.${format}`, { headers: { Accept: '*/*' } });
    if (!response.ok) throw new Error(t('report-download-failed', { error: await apiError(response) }));
    const named = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '');
    const name = named ? named[1] : fallbackName(format);
    const blob = await response.blob();
    const link = el('a', { attrs: { href: URL.createObjectURL(blob), download: name } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    announce(t('report-downloaded', { name, size: blob.size }));
  } catch (error) {
    showError(failureText(error));
  } finally {
    button.disabled = false;
  }
}

function init() {
  translate();
  for (const button of document.querySelectorAll('.downloads [data-format]')) {
    button.addEventListener('click', () => download(button.dataset.format, button));
  }
  $('print').addEventListener('click', () => window.print());
  signInPanel({
    content: 'report',
    showError,
    signedIn: () => {
      if (!report) loadReport();
      else $('report').hidden = false;
    },
  });
}

init();
