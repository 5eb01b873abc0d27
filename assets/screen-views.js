// Presenter views that only draw what a phase message says: the reveal of
// every kind of question, slides, the leaderboard and the podium. No state,
// no socket. Server text goes in with textContent only; correct answers are
// marked with ✓ and words, not colour alone.

import {
  colourClass, el, formatNumber, mediaElement, ordinal, plural, shapeBadge, textSize,
} from '/assets/common.js';

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
  const own = mediaElement(media, alt);
  if (own) return [own];
  return [el('p', { className: 'media-ref muted', text: `Media: ${media}` })];
}

/** A slider value with its unit: "2 moons". */
function withUnit(value, slider) {
  const unit = slider && slider.unit ? ` ${slider.unit}` : '';
  return `${formatNumber(value)}${unit}`;
}

/** What players do for this kind, under the question on the big screen. */
export function screenHint(view) {
  switch (view.kind) {
    case 'multi': return 'Tick every correct answer.';
    case 'true_false': return 'True or false?';
    case 'type_answer': return 'Type your answer on your phone.';
    case 'slider': {
      const s = view.slider;
      return s ? `Pick a number from ${withUnit(s.min, s)} to ${withUnit(s.max, s)} on your phone.` : 'Pick a number on your phone.';
    }
    case 'ordering': return 'Put these in the right order on your phone.';
    case 'poll': return 'Vote on your phone: there is no wrong answer.';
    case 'word_cloud': return 'Send a word or two from your phone.';
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
    const mark = poll ? null : (correct ? el('span', { className: 'correct-tag', text: '✓ Correct' }) : srOnly(' (incorrect)'));
    const label = el('span', { className: 'chart-label' }, shapeBadge(i), el('span', { className: 'chart-text', text }), mark);
    const look = poll ? 'is-vote' : (correct ? 'is-correct' : 'is-wrong');
    return bar(counts[i], most, `${colourClass(i)} ${look}`, label, counts[i] === 1 ? ' player chose' : ' players chose');
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
    return bar(count, most, near ? 'c-green is-correct' : 'c-blue is-off', label, count === 1 ? ' player' : ' players');
  });
}

function hideButton(text) {
  return el('button', {
    className: 'hide-entry', type: 'button', text: 'Hide',
    attrs: { 'aria-label': `Hide ${text}` }, dataset: { entry: text },
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
    accepted.has(folded(e.text)) ? srOnly(' (accepted)') : null,
    el('span', { className: 'entry-count', text: `× ${formatNumber(e.count)}` }),
    canHide ? hideButton(e.text) : null));
  if (items.length === 0) items.push(el('li', { className: 'muted', text: 'No answers.' }));
  return el('ul', { className: 'entries', attrs: { 'aria-label': 'Answers given' } }, ...items);
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
      srOnly(` (${plural(e.count, 'time', 'times')})`), canHide ? hideButton(e.text) : null);
  });
  if (items.length === 0) items.push(el('li', { className: 'muted', text: 'No words yet.' }));
  return el('ul', { className: 'cloud', attrs: { 'aria-label': 'Word cloud' } }, ...items);
}

/** Ordering: the items in the correct order, with how many put each in its place. */
function correctOrder(view) {
  const items = view.correct.map((k, p) => el('li', { className: `order-item ${colourClass(k)}` },
    el('span', { className: 'order-num', text: `${p + 1}.`, attrs: { 'aria-hidden': 'true' } }),
    shapeBadge(k),
    el('span', { className: 'order-text', text: view.answers[k] }),
    el('span', { className: 'order-count', text: `${formatNumber(Number(view.counts[k]) || 0)} in the right place` })));
  return el('ol', {
    className: 'reveal-order',
    attrs: { 'aria-label': 'Correct order' },
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
  $('r-meta').textContent = `Question ${view.index + 1} of ${view.total}`;
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
    summary = [el('p', { className: 'reveal-answer' }, 'Correct answer: ', el('strong', { text: withUnit(s.correct, s) }),
      Number(s.tolerance) > 0 ? ` (± ${formatNumber(s.tolerance)})` : '')];
    if (typeof view.average === 'number') {
      summary.push(el('p', { className: 'reveal-average', text: `Average: ${withUnit(Math.round(view.average * 100) / 100, s)}` }));
    }
    bars = sliderBars(view);
  } else if (kind === 'ordering') {
    extra = [correctOrder(view)];
  } else if (kind === 'type_answer') {
    summary = [el('p', { className: 'reveal-answer' }, view.accepted.length === 1 ? 'Accepted answer: ' : 'Accepted answers: ',
      el('strong', { text: (view.accepted || []).join(' / ') }))];
    extra = [el('h2', { text: 'Most given' }), entryList(view, canHide)];
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
  $('r-answered').textContent = `${plural(view.answered, 'player', 'players')} answered`;
  $('explanation').textContent = view.explanation || '';
  $('explanation').hidden = !view.explanation;
}

/** A content slide: big title, its text and picture. */
export function renderSlide(view) {
  $('sl-meta').textContent = `${view.index + 1} of ${view.total}`;
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
