// The editor's list of questions: one line per question (its number, the
// round it starts, its kind and text, how many of the server's messages
// name it) with ↑ and ↓
// buttons, and dragging a line to another place. What a line does is the
// editor's (studio-edit.js); this draws and reports.

import { el } from '/assets/common.js';
import { formatLocaleNumber, t } from '/assets/i18n.js';
import { kindLabel } from '/assets/studio-model.js';

/** A question's line in the list: its number, kind and text. */
export function questionSummary(q) {
  return q.text.trim() || t('studio-no-text');
}

/**
 * Draws the questions of `quiz` into `list`, question `selected` marked.
 * `on`: problemsIn(index) → how many messages name it, select(index),
 * move(from, to, button to keep the keyboard on), key(event, index).
 */
export function drawList(list, quiz, selected, on) {
  const total = quiz.questions.length;
  const items = quiz.questions.map((q, i) => {
    const round = q.round.trim();
    let label = t('studio-pick-label', { number: i + 1, kind: kindLabel(q.kind), summary: questionSummary(q) });
    if (round) label = t('studio-pick-round', { label, name: round });
    const pick = el('button', {
      type: 'button',
      className: 'question-pick',
      attrs: {
        'aria-label': label,
        'aria-current': String(i === selected),
        'aria-keyshortcuts': 'Alt+ArrowUp Alt+ArrowDown',
      },
      dataset: { index: String(i) },
    },
    el('span', { className: 'q-number', text: `${formatLocaleNumber(i + 1)}.` }),
    el('span', { className: 'q-summary' },
      round ? el('span', { className: 'q-round', text: t('studio-round-starts', { name: round }), attrs: { dir: 'auto' } }) : null,
      el('span', { className: 'q-kind', text: kindLabel(q.kind) }),
      el('span', { className: 'q-title', text: questionSummary(q), attrs: { dir: 'auto' } })));
    const count = on.problemsIn(i);
    if (count) {
      pick.append(el('span', { className: 'q-problems', text: `⚠ ${formatLocaleNumber(count)}`, attrs: { 'aria-hidden': 'true' } }));
      pick.setAttribute('aria-label', t('studio-pick-problems', { label: pick.getAttribute('aria-label'), count }));
    }
    pick.addEventListener('click', () => on.select(i));
    pick.addEventListener('keydown', (event) => on.key(event, i));
    const up = el('button', { type: 'button', className: 'icon', text: '↑', attrs: { 'aria-label': t('studio-move-up', { number: i + 1 }) }, disabled: i === 0 });
    const down = el('button', {
      type: 'button', className: 'icon', text: '↓', attrs: { 'aria-label': t('studio-move-down', { number: i + 1 }) }, disabled: i === total - 1,
    });
    up.addEventListener('click', () => on.move(i, i - 1, i - 1 === 0 ? 'down' : 'up'));
    down.addEventListener('click', () => on.move(i, i + 1, i + 1 === total - 1 ? 'up' : 'down'));
    const li = el('li', {
      className: `question-item${i === selected ? ' selected' : ''}`,
      attrs: { draggable: 'true' },
      dataset: { index: String(i) },
    }, pick, up, down);
    return li;
  });
  list.replaceChildren(...items);
}

/** Puts the keyboard on question `index`'s line, or on its ↑ or ↓ button (`button`: 'up', 'down'). */
export function focusInList(list, index, button = null) {
  const li = list.children[index];
  if (!li) return;
  const target = button === 'up' ? li.querySelector('.icon:nth-of-type(1)')
    : button === 'down' ? li.querySelector('.icon:nth-of-type(2)') : li.querySelector('.question-pick');
  (target && !target.disabled ? target : li.querySelector('.question-pick')).focus();
}

/** Lets the mouse drag a question to another place: `move(from, to)`. */
export function enableDrag(list, move) {
  let dragged = null;
  list.addEventListener('dragstart', (event) => {
    const li = event.target.closest('.question-item');
    if (!li) return;
    dragged = Number(li.dataset.index);
    li.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', String(dragged));
  });
  list.addEventListener('dragover', (event) => {
    const li = event.target.closest('.question-item');
    if (dragged === null || !li) return;
    event.preventDefault();
    for (const other of list.querySelectorAll('.drop-target')) other.classList.remove('drop-target');
    li.classList.add('drop-target');
  });
  list.addEventListener('drop', (event) => {
    const li = event.target.closest('.question-item');
    if (dragged === null || !li) return;
    event.preventDefault();
    const from = dragged;
    dragged = null;
    move(from, Number(li.dataset.index));
  });
  list.addEventListener('dragend', () => {
    dragged = null;
    for (const node of list.querySelectorAll('.dragging, .drop-target')) node.classList.remove('dragging', 'drop-target');
  });
}
