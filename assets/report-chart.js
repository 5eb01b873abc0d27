// One question's answer distribution as an SVG bar chart, for the report
// page. A right answer is told apart by a ✓ before its label, "(right)"
// after its count and a solid bar (the others are outlined), so it reads
// without colour, on a black-and-white print too. Answer text is placed
// with textContent only.

import { formatLocaleNumber, t } from '/assets/i18n.js';

const NS = 'http://www.w3.org/2000/svg';

/** The most bars drawn; the rest are counted in one line under them. */
export const MAX_BARS = 12;

const WIDTH = 320;
const ROW = 36;
const LABEL_CHARS = 44;

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function cut(text, chars) {
  const letters = [...String(text)];
  return letters.length <= chars ? letters.join('') : `${letters.slice(0, chars - 1).join('')}…`;
}

/** What the chart says, in one sentence, for screen readers. */
export function chartSummary(number, distribution) {
  if (!distribution.length) return t('report-chart-none', { number });
  const parts = distribution.map((d) => {
    const args = { answer: d.answer, count: Number(d.count) || 0 };
    return d.correct ? t('report-chart-part-right', args) : t('report-chart-part', args);
  });
  return t('report-chart-summary', { number, parts: parts.join('; ') });
}

/**
 * The chart of `distribution` ([{answer, count, correct}]) for question
 * `number` (1-based). Each bar is a `rect.dist-bar` with `data-count`; its label
 * and count are text beside it.
 */
export function distributionChart(number, distribution) {
  const shown = distribution.slice(0, MAX_BARS);
  const rest = distribution.slice(MAX_BARS);
  const most = Math.max(1, ...distribution.map((d) => Number(d.count) || 0));
  const rows = shown.length + (rest.length ? 1 : 0);
  const height = Math.max(1, rows) * ROW + 4;
  const titleId = `chart-${number}-title`;
  const chart = svg('svg', {
    class: 'answer-chart',
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: 'img',
    'aria-labelledby': titleId,
  });
  chart.append(svg('title', { id: titleId }, chartSummary(number, distribution)));
  const barRoom = WIDTH - 64;
  shown.forEach((d, i) => {
    const count = Number(d.count) || 0;
    const y = i * ROW;
    const width = count ? Math.max(2, Math.round((barRoom * count) / most)) : 0;
    const row = svg('g', { class: `dist-row${d.correct ? ' dist-row-right' : ''}` });
    const label = svg('text', { class: 'dist-label', x: 0, y: y + 13 }, `${d.correct ? '✓ ' : ''}${cut(d.answer, LABEL_CHARS)}`);
    label.append(svg('title', {}, d.answer));
    row.append(label);
    row.append(svg('rect', {
      class: `dist-bar ${d.correct ? 'dist-right' : 'dist-other'}`,
      x: 1, y: y + 18, width, height: 14, rx: 2,
      'data-count': count,
      'data-answer': d.answer,
      'data-correct': d.correct ? 'true' : 'false',
    }));
    row.append(svg('text', { class: 'dist-count', x: width + 6, y: y + 30 }, d.correct ? t('report-chart-count-right', { count }) : formatLocaleNumber(count)));
    chart.append(row);
  });
  if (rest.length) {
    const others = rest.reduce((sum, d) => sum + (Number(d.count) || 0), 0);
    chart.append(svg('text', { class: 'dist-label muted', x: 0, y: shown.length * ROW + 16 },
      t('report-chart-more', { count: rest.length, times: others })));
  }
  if (!distribution.length) {
    chart.append(svg('text', { class: 'dist-label', x: 0, y: 20 }, t('report-chart-no-answers')));
  }
  return chart;
}
