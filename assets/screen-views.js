// Presenter views that only draw what a phase message says: the reveal of
// every kind of question, slides, the leaderboard and the podium. No state,
// no socket. Server text goes in with textContent only; correct answers are
// marked with ✓ and words, not colour alone.

import {
  colourClass, el, formatNumber, mediaElement, shapeBadge, textSize,
} from '/assets/common.js';
import { t, tNodes } from '/assets/i18n.js';

const $ = (id) => document.getElementById(id);

function srOnly(text) {
  return el('span', { className: 'visually-hidden', text });
}

/** Kinds whose reveal is one bar per answer. */
const CHOICE_KINDS = ['single', 'multi', 'true_false', 'poll'];

/**
 * The question's picture, sound or video for media kept on this server (`/media/…`); any
 * other reference is shown as text, since the page loads nothing from other
 * hosts and must work offline.
 */
export function mediaNodes(media, alt) {
  if (typeof media !== 'string' || !media) return [];
  const own = mediaElement(media, alt, {
    sound: (about) => t('media-sound', { about }),
    video: (about) => t('media-video', { about }),
    picture: t('media-picture'),
    question: t('media-this-question'),
  });
  if (own) return [own];
  return [el('p', { className: 'media-ref muted', text: t('media-ref', { media }) })];
}

/**
 * Plays the sound or video in `container` (the question's, as answers
 * open). A browser refuses sound until the page was clicked or a key
 * pressed on it (the host's Start does that); the controls then stay for
 * the host to press play. `data-autoplay` says which it was.
 */
export function playMedia(container) {
  const node = container.querySelector('audio, video');
  if (!node || !node.paused) return;
  node.dataset.autoplay = 'asked';
  Promise.resolve(node.play()).then(
    () => { node.dataset.autoplay = 'playing'; },
    () => { node.dataset.autoplay = 'refused'; },
  );
}

/** A slider value with its unit: "2 moons". */
function withUnit(value, slider) {
  const unit = slider && slider.unit ? ` ${slider.unit}` : '';
  return `${formatNumber(value)}${unit}`;
}

/** What players do for this kind, under the question on the big screen. */
export function screenHint(view) {
  switch (view.kind) {
    case 'multi': return t('screen-hint-multi');
    case 'true_false': return t('screen-hint-true-false');
    case 'type_answer': return t('screen-hint-type-answer');
    case 'slider': {
      const s = view.slider;
      return s ? t('screen-hint-slider', { min: withUnit(s.min, s), max: withUnit(s.max, s) }) : t('screen-hint-slider-any');
    }
    case 'ordering': return t('screen-hint-ordering');
    case 'poll': return t('screen-hint-poll');
    case 'word_cloud': return t('screen-hint-word-cloud');
    default: return '';
  }
}

function bar(count, most, className, label, srText) {
  const fill = el('span', { className: 'chart-fill', attrs: { 'aria-hidden': 'true' } });
  // The bar's share of the tallest, read by the CSS as a height (columns) or a width (rows).
  fill.style.setProperty('--share', `${Math.max(2, (count / most) * 100)}%`);
  return el('li', { className: `chart-item ${className}` },
    el('span', { className: 'chart-count' }, formatNumber(count), srOnly(srText)),
    el('span', { className: 'chart-bar' }, fill),
    label);
}

/** Bars for single, multi, true/false and poll: height by how many chose each, ✓ on the correct ones. */
function choiceBars(view) {
  const poll = view.kind === 'poll';
  const counts = view.answers.map((_, i) => Number(view.counts[i]) || 0);
  const most = Math.max(1, ...counts);
  return view.answers.map((text, i) => {
    const correct = view.correct.includes(i);
    const mark = poll ? null : (correct ? el('span', { className: 'correct-tag', text: t('correct-tag') }) : srOnly(` ${t('sr-incorrect')}`));
    const label = el('span', { className: 'chart-label' }, shapeBadge(i), el('span', { className: 'chart-text', text }), mark);
    const look = poll ? 'is-vote' : (correct ? 'is-correct' : 'is-wrong');
    return bar(counts[i], most, `${colourClass(i)} ${look}`, label, ` ${t('players-chose', { count: counts[i] })}`);
  });
}

/** Most bars a slider's reveal draws for every step of its range; wider ranges show only the values given. */
const SLIDER_BARS = 21;

/**
 * Slider: how many gave each value, with the values within the tolerance of
 * the correct one marked. A short range gets a bar for every step (empty
 * ones too, so the chart reads as a scale); a long one a bar per value given.
 */
function sliderBars(view) {
  const s = view.slider || {};
  const step = Number(s.step) > 0 ? Number(s.step) : 1;
  const given = (view.entries || [])
    .map((e) => ({ value: Number(e.text), count: Number(e.count) || 0 }))
    .filter((e) => Number.isFinite(e.value));
  const steps = Math.round((s.max - s.min) / step) + 1;
  let values;
  if (steps <= SLIDER_BARS) {
    values = Array.from({ length: steps }, (_, k) => ({ value: Number((s.min + k * step).toFixed(6)), count: 0 }));
    for (const e of given) {
      const k = Math.round((e.value - s.min) / step);
      if (values[k]) values[k].count += e.count;
    }
  } else {
    values = given.sort((a, b) => a.value - b.value);
  }
  const most = Math.max(1, ...values.map((e) => e.count));
  return values.map(({ value, count }) => {
    const near = Math.abs(value - s.correct) <= (Number(s.tolerance) || 0) + step * 1e-6;
    const label = el('span', { className: 'chart-label' },
      el('span', { className: 'chart-text', text: formatNumber(value) }),
      near ? el('span', { className: 'correct-tag', text: '✓' }) : null);
    return bar(count, most, near ? 'c-green is-correct' : 'c-blue is-off', label, ` ${t('players-noun', { count })}`);
  });
}

function hideButton(text) {
  return el('button', {
    className: 'hide-entry', type: 'button', text: t('hide'),
    attrs: { 'aria-label': t('hide-name', { name: text }) }, dataset: { entry: text },
  });
}

/** How typed answers are grouped: ignoring case and spacing. */
function folded(text) {
  return String(text).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Typed answers, most given first, each with its count (and Hide for the host); ✓ on the accepted ones. */
function entryList(view, canHide) {
  const accepted = new Set((view.accepted || []).map(folded));
  const items = (view.entries || []).map((e) => el('li', { className: `entry${accepted.has(folded(e.text)) ? ' is-accepted' : ''}` },
    accepted.has(folded(e.text)) ? el('span', { className: 'entry-mark', text: '✓', attrs: { 'aria-hidden': 'true' } }) : null,
    el('span', { className: 'entry-text', text: e.text }),
    accepted.has(folded(e.text)) ? srOnly(` ${t('sr-accepted')}`) : null,
    el('span', { className: 'entry-count', text: `× ${formatNumber(e.count)}` }),
    canHide ? hideButton(e.text) : null));
  if (items.length === 0) items.push(el('li', { className: 'muted', text: t('no-answers') }));
  return el('ul', { className: 'entries', attrs: { 'aria-label': t('answers-given') } }, ...items);
}

/** Word cloud: every entry, the more often given the larger. */
function cloud(view, canHide) {
  const entries = view.entries || [];
  const most = Math.max(1, ...entries.map((e) => e.count));
  const items = entries.map((e, k) => {
    const word = el('span', { className: 'cloud-word', text: e.text });
    // The more often given the larger; long phrases are kept smaller so they fit.
    const room = Math.min(1, Math.max(0.45, 20 / [...e.text].length));
    word.style.fontSize = `${((1 + 2.5 * (e.count / most)) * room).toFixed(2)}em`;
    return el('li', { className: `cloud-item ${colourClass(k)}` }, word,
      srOnly(` ${t('sr-times', { count: e.count })}`), canHide ? hideButton(e.text) : null);
  });
  if (items.length === 0) items.push(el('li', { className: 'muted', text: t('no-words') }));
  return el('ul', { className: 'cloud', attrs: { 'aria-label': t('word-cloud') } }, ...items);
}

/** Ordering: the items in the correct order, with how many put each in its place. */
function correctOrder(view) {
  const items = view.correct.map((k, p) => el('li', { className: `order-item ${colourClass(k)}` },
    el('span', { className: 'order-num', text: `${p + 1}.`, attrs: { 'aria-hidden': 'true' } }),
    shapeBadge(k),
    el('span', { className: 'order-text', text: view.answers[k] }),
    el('span', { className: 'order-count', text: t('in-right-place', { count: Number(view.counts[k]) || 0 }) })));
  return el('ol', {
    className: 'reveal-order',
    attrs: { 'aria-label': t('correct-order-label') },
    dataset: { count: String(items.length), size: textSize(view.answers) },
  }, ...items);
}

/**
 * Reveal, drawn for the question's kind: bars for choices (✓ on the correct
 * ones, none for a poll), the correct order, the accepted and the given
 * answers, the slider's correct value with the values given, or the word
 * cloud. `canHide` adds a Hide button to each typed entry (host only).
 */
export function renderReveal(view, canHide = false) {
  $('r-meta').textContent = t('question-of', { index: view.index + 1, total: view.total });
  $('r-text').textContent = view.text;
  $('r-text').dataset.size = view.text.length > 90 ? 'long' : 'short';
  const kind = view.kind || 'single';
  let bars = [];
  let summary = [];
  let extra = [];
  if (CHOICE_KINDS.includes(kind)) {
    bars = choiceBars(view);
  } else if (kind === 'slider') {
    const s = view.slider || {};
    const value = el('strong', { text: withUnit(s.correct, s) });
    summary = [el('p', { className: 'reveal-answer' }, ...(Number(s.tolerance) > 0
      ? tNodes('correct-answer-within', { answer: value, tolerance: s.tolerance })
      : tNodes('correct-answer-is', { answer: value })))];
    if (typeof view.average === 'number') {
      summary.push(el('p', { className: 'reveal-average', text: t('slider-average', { average: withUnit(Math.round(view.average * 100) / 100, s) }) }));
    }
    bars = sliderBars(view);
  } else if (kind === 'ordering') {
    extra = [correctOrder(view)];
  } else if (kind === 'type_answer') {
    const answers = el('strong', { text: (view.accepted || []).join(' / ') });
    summary = [el('p', { className: 'reveal-answer' },
      ...tNodes('accepted-answers', { count: (view.accepted || []).length, answers }))];
    extra = [el('h2', { text: t('most-given') }), entryList(view, canHide)];
  } else if (kind === 'word_cloud') {
    extra = [cloud(view, canHide)];
  }
  $('r-summary').replaceChildren(...summary);
  $('r-summary').dataset.size = kind === 'type_answer' ? textSize([(view.accepted || []).join(' / ')]) : 'short';
  $('chart').replaceChildren(...bars);
  $('chart').dataset.count = String(bars.length);
  $('chart').hidden = bars.length === 0;
  $('chart').classList.toggle('slider-chart', kind === 'slider');
  $('chart').dataset.size = CHOICE_KINDS.includes(kind) ? textSize(view.answers) : 'short';
  $('r-extra').replaceChildren(...extra);
  $('r-answered').textContent = t('players-answered', { count: view.answered });
  $('explanation').textContent = view.explanation || '';
  $('explanation').hidden = !view.explanation;
}

/** A content slide: big title, its text and picture. */
export function renderSlide(view) {
  $('sl-meta').textContent = t('slide-of', { index: view.index + 1, total: view.total });
  $('sl-text').textContent = view.text;
  $('sl-text').dataset.size = view.text.length > 60 ? 'long' : 'short';
  $('sl-body').textContent = view.body || '';
  $('sl-body').dataset.size = (view.body || '').length > 160 ? 'long' : 'short';
  $('sl-body').hidden = !view.body;
  $('sl-media').replaceChildren(...mediaNodes(view.media, view.text));
}

/** "▲ 2" / "▼ 1" / "–" against the rank before the last question. */
function rankChange(standing) {
  const before = standing.previous_rank;
  if (!before) return el('span', { className: 'change' });
  const moved = before - standing.rank;
  if (moved === 0) {
    return el('span', { className: 'change same' }, el('span', { text: '–', attrs: { 'aria-hidden': 'true' } }), srOnly(t('rank-same')));
  }
  const up = moved > 0;
  return el('span', { className: `change ${up ? 'up' : 'down'}` },
    el('span', { text: `${up ? '▲' : '▼'} ${Math.abs(moved)}`, attrs: { 'aria-hidden': 'true' } }),
    srOnly(up ? t('rank-up', { count: Math.abs(moved) }) : t('rank-down', { count: Math.abs(moved) })));
}

function standingRow(s) {
  return el('li', { className: 'standing' },
    el('span', { className: 'rank', text: t('place', { rank: s.rank }) }),
    el('span', { className: 'nick', text: s.nickname }),
    el('span', { className: 'score', text: formatNumber(s.score) }),
    rankChange(s));
}

export function renderLeaderboard(view) {
  $('l-meta').textContent = t('after-question', { index: view.index + 1, total: view.total });
  const rows = view.top.map(standingRow);
  if (rows.length === 0) rows.push(el('li', { className: 'muted', text: t('no-players-yet') }));
  $('leaderboard').replaceChildren(...rows);
  const teams = Array.isArray(view.teams) ? view.teams : [];
  $('team-board').hidden = teams.length === 0;
  $('team-leaderboard').replaceChildren(...teams.map(teamRow));
}

/** A team's line: rank, name, mean score and how many play in it. */
function teamRow(team) {
  return el('li', { className: 'standing team-standing' },
    el('span', { className: 'rank', text: t('place', { rank: team.rank }) }),
    el('span', { className: 'nick', text: team.name }),
    el('span', { className: 'score', text: formatNumber(team.score) }),
    el('span', { className: 'change members', text: t('players-count', { count: team.members }) }));
}

/** One place on the podium's blocks, for a player or a team. */
function place(name, score, rank, i) {
  return el('li', { className: `place place-${i + 1}` },
    el('span', { className: 'podium-nick', text: name }),
    el('span', { className: 'podium-score', text: t('points', { score }) }),
    el('span', { className: 'podium-block' }, el('span', { className: 'podium-rank', text: t('place', { rank }) })));
}

/**
 * Podium: the top three on blocks (drawn 2–1–3 by CSS), 4th and 5th listed
 * below. In a team game the blocks are the teams' and the top players are
 * listed below them.
 */
export function renderPodium(view) {
  const teams = Array.isArray(view.teams) ? view.teams : [];
  $('podium-title').textContent = teams.length ? t('team-podium') : t('podium');
  $('top-players-title').hidden = teams.length === 0;
  if (teams.length) {
    $('podium').setAttribute('aria-label', t('top-three-teams'));
    $('podium').replaceChildren(...teams.slice(0, 3).map((team, i) => place(team.name, team.score, team.rank, i)));
    $('runners-up').setAttribute('aria-label', t('top-players'));
    $('runners-up').replaceChildren(...view.top.slice(0, 5).map(standingRow));
    return;
  }
  const top = view.top.slice(0, 3).map((s, i) => place(s.nickname, s.score, s.rank, i));
  $('podium').setAttribute('aria-label', t('top-three'));
  $('runners-up').setAttribute('aria-label', t('fourth-fifth.aria-label'));
  if (top.length === 0) top.push(el('li', { className: 'muted', text: t('nobody-played') }));
  $('podium').replaceChildren(...top);
  $('runners-up').replaceChildren(...view.top.slice(3, 5).map(standingRow));
}
