// Presenter views that only draw what a phase message says: the reveal chart,
// the leaderboard and the podium. No state, no socket. Server text goes in
// with textContent only; correct answers are marked with ✓ and words, not
// colour alone.

import { colourClass, el, formatNumber, ordinal, plural, shapeBadge } from '/assets/common.js';

const $ = (id) => document.getElementById(id);

function srOnly(text) {
  return el('span', { className: 'visually-hidden', text });
}

/** Reveal: one bar per answer, height by how many chose it, ✓ on the correct ones. */
export function renderReveal(view) {
  $('r-meta').textContent = `Question ${view.index + 1} of ${view.total}`;
  $('r-text').textContent = view.text;
  const counts = view.answers.map((_, i) => Number(view.counts[i]) || 0);
  const most = Math.max(1, ...counts);
  const bars = view.answers.map((text, i) => {
    const correct = view.correct.includes(i);
    const fill = el('span', { className: 'chart-fill', attrs: { 'aria-hidden': 'true' } });
    fill.style.height = `${Math.max(2, (counts[i] / most) * 100)}%`;
    return el('li', { className: `chart-item ${colourClass(i)} ${correct ? 'is-correct' : 'is-wrong'}` },
      el('span', { className: 'chart-count' }, formatNumber(counts[i]), srOnly(counts[i] === 1 ? ' player chose' : ' players chose')),
      el('span', { className: 'chart-bar' }, fill),
      el('span', { className: 'chart-label' },
        shapeBadge(i),
        el('span', { className: 'chart-text', text }),
        correct ? el('span', { className: 'correct-tag', text: '✓ Correct' }) : srOnly(' (incorrect)')));
  });
  $('chart').replaceChildren(...bars);
  $('chart').dataset.count = String(bars.length);
  $('r-answered').textContent = `${plural(view.answered, 'player', 'players')} answered`;
  $('explanation').textContent = view.explanation || '';
  $('explanation').hidden = !view.explanation;
}

/** "▲ 2" / "▼ 1" / "–" against the rank before the last question. */
function rankChange(standing) {
  const before = standing.previous_rank;
  if (!before) return el('span', { className: 'change' });
  const moved = before - standing.rank;
  if (moved === 0) {
    return el('span', { className: 'change same' }, el('span', { text: '–', attrs: { 'aria-hidden': 'true' } }), srOnly('no change'));
  }
  const up = moved > 0;
  const places = plural(Math.abs(moved), 'place', 'places');
  return el('span', { className: `change ${up ? 'up' : 'down'}` },
    el('span', { text: `${up ? '▲' : '▼'} ${Math.abs(moved)}`, attrs: { 'aria-hidden': 'true' } }),
    srOnly(`${up ? 'up' : 'down'} ${places}`));
}

function standingRow(s) {
  return el('li', { className: 'standing' },
    el('span', { className: 'rank', text: ordinal(s.rank) }),
    el('span', { className: 'nick', text: s.nickname }),
    el('span', { className: 'score', text: formatNumber(s.score) }),
    rankChange(s));
}

export function renderLeaderboard(view) {
  $('l-meta').textContent = `After question ${view.index + 1} of ${view.total}`;
  const rows = view.top.map(standingRow);
  if (rows.length === 0) rows.push(el('li', { className: 'muted', text: 'No players yet.' }));
  $('leaderboard').replaceChildren(...rows);
}

/** Podium: the top three on blocks (drawn 2–1–3 by CSS), 4th and 5th listed below. */
export function renderPodium(view) {
  const top = view.top.slice(0, 3).map((s, i) => el('li', { className: `place place-${i + 1}` },
    el('span', { className: 'podium-nick', text: s.nickname }),
    el('span', { className: 'podium-score', text: `${formatNumber(s.score)} points` }),
    el('span', { className: 'podium-block' }, el('span', { className: 'podium-rank', text: ordinal(s.rank) }))));
  if (top.length === 0) top.push(el('li', { className: 'muted', text: 'Nobody played this time.' }));
  $('podium').replaceChildren(...top);
  $('runners-up').replaceChildren(...view.top.slice(3, 5).map(standingRow));
}
