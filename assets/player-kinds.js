// How the player page draws and reads each kind of question: the answer
// controls while answering (buttons, toggles, a text field, a slider, a list
// to reorder), and the lines of the reveal that depend on the kind. Holds no
// game state: player-game.js passes in the phase view and the answer given.
// Server text is only ever placed with textContent.

import { COLOURS, colourClass, el, formatNumber, shapeBadge, textSize } from '/assets/common.js';
import { t, tNodes } from '/assets/i18n.js';


/** Kinds answered by tapping one button. */
const ONE_TAP = ['single', 'true_false', 'poll'];

/** "Red triangle": how answer `index` is named when only shapes are shown. */
export function shapeName(index) {
  // Colours and shapes go round together (eight of each), so each pair is one message.
  const names = [
    t('shape-red-triangle'), t('shape-blue-diamond'), t('shape-yellow-circle'), t('shape-green-square'),
    t('shape-purple-star'), t('shape-teal-pentagon'), t('shape-orange-hexagon'), t('shape-pink-cross'),
  ];
  return names[index % COLOURS.length];
}

/** The name of answer or item `i`: its text, or its shape when the texts are on the big screen. */
export function choiceName(view, i) {
  const text = view.answers[i];
  return text ? text : shapeName(i);
}

/** What the player is asked to do, shown under the question. */
export function kindHint(view) {
  switch (view.kind) {
    case 'multi': return t('hint-multi');
    case 'type_answer': return t('hint-type-answer');
    case 'slider': return t('hint-slider');
    case 'ordering': return t('hint-ordering');
    case 'poll': return t('hint-poll');
    case 'word_cloud': return t('hint-word-cloud');
    default: return '';
  }
}

/** A slider value with its unit: "2 moons". */
export function withUnit(value, slider) {
  const unit = slider && slider.unit ? ` ${slider.unit}` : '';
  return `${formatNumber(value)}${unit}`;
}

/** Whether a value kept in localStorage has one of the shapes answers take. */
export function isAnswerValue(value) {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length > 0;
  return Array.isArray(value) && value.every((i) => Number.isInteger(i) && i >= 0);
}

function submitButton(text) {
  return el('button', { className: 'primary big submit-answer', type: 'submit', text });
}

function choiceButton(view, i) {
  const text = view.answers[i];
  const button = el('button', {
    className: `answer ${colourClass(i)}`,
    type: 'button',
    dataset: { index: String(i) },
  }, shapeBadge(i), text ? el('span', { className: 'answer-text', text }) : null);
  if (!text) button.setAttribute('aria-label', shapeName(i));
  return button;
}

/**
 * Fills `box` with the answer controls for `view` (a phase `answering`).
 * `given` is the answer already sent for this question, if any, so a redraw
 * shows it. `submit(value)` is called once with the player's answer.
 */
export function renderControls(box, view, given, submit) {
  box.replaceChildren();
  box.dataset.kind = view.kind;
  box.dataset.size = textSize(view.answers);
  if (ONE_TAP.includes(view.kind)) {
    box.className = `answers${view.kind === 'true_false' ? ' true-false' : ''}`;
    const buttons = view.answers.map((_, i) => choiceButton(view, i));
    for (const b of buttons) b.addEventListener('click', () => submit(Number(b.dataset.index)));
    box.append(...buttons);
    box.dataset.count = String(buttons.length);
    return;
  }
  box.className = 'answer-form';
  delete box.dataset.count;
  switch (view.kind) {
    case 'multi': return renderMulti(box, view, given, submit);
    case 'type_answer':
    case 'word_cloud': return renderText(box, view, given, submit);
    case 'slider': return renderSlider(box, view, given, submit);
    case 'ordering': return renderOrdering(box, view, given, submit);
    default: return undefined;
  }
}

function renderMulti(box, view, given, submit) {
  const ticked = new Set(Array.isArray(given) ? given : []);
  const grid = el('div', {
    className: 'answers', dataset: { count: String(view.answers.length), size: textSize(view.answers) },
  });
  const send = submitButton(t('submit'));
  const sync = () => { send.disabled = ticked.size === 0; };
  view.answers.forEach((_, i) => {
    const button = choiceButton(view, i);
    button.classList.add('toggle');
    button.prepend(el('span', { className: 'tick', attrs: { 'aria-hidden': 'true' } }));
    const draw = () => {
      button.setAttribute('aria-pressed', String(ticked.has(i)));
      button.classList.toggle('ticked', ticked.has(i));
    };
    button.addEventListener('click', () => {
      if (ticked.has(i)) ticked.delete(i);
      else ticked.add(i);
      draw();
      sync();
    });
    draw();
    grid.append(button);
  });
  const form = el('form', { className: 'stack' }, grid, send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (ticked.size > 0) submit([...ticked].sort((a, b) => a - b));
  });
  sync();
  box.append(form);
}

function renderText(box, view, given, submit) {
  const cloud = view.kind === 'word_cloud';
  const max = Number(view.max_length) || 100;
  const input = el('input', {
    type: 'text',
    attrs: {
      id: 'answer-text', maxlength: max, autocomplete: 'off', autocapitalize: 'off',
      spellcheck: 'false', enterkeyhint: 'send', 'aria-describedby': 'answer-text-note',
    },
  });
  if (typeof given === 'string') input.value = given;
  const note = el('p', { className: 'muted small-note', text: t('text-limit', { max }), attrs: { id: 'answer-text-note' } });
  const form = el('form', { className: 'stack' },
    el('label', { text: cloud ? t('your-word') : t('your-answer'), attrs: { for: 'answer-text' } }),
    input, note, submitButton(t('submit')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim().replace(/\s+/g, ' ');
    if (!text) {
      note.textContent = t('type-first');
      input.focus();
      return;
    }
    submit(text);
  });
  box.append(form);
}

function renderSlider(box, view, given, submit) {
  const s = view.slider || { min: 0, max: 10, step: 1 };
  const step = Number(s.step) > 0 ? Number(s.step) : 1;
  const middle = s.min + Math.round((s.max - s.min) / 2 / step) * step;
  const start = typeof given === 'number' ? given : Number(middle.toFixed(6));
  const input = el('input', {
    type: 'range',
    attrs: { id: 'slider', min: s.min, max: s.max, step, 'aria-describedby': 'slider-range' },
  });
  input.value = String(start);
  const shown = el('output', { className: 'slider-value', attrs: { id: 'slider-value', for: 'slider', 'aria-live': 'polite' } });
  const draw = () => {
    const text = withUnit(input.valueAsNumber, s);
    shown.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  input.addEventListener('input', draw);
  draw();
  const form = el('form', { className: 'stack slider-form' },
    el('label', { text: t('your-answer'), attrs: { for: 'slider' } }),
    shown,
    input,
    el('p', { className: 'slider-range muted', attrs: { id: 'slider-range' } },
      el('span', { text: withUnit(s.min, s) }), el('span', { text: withUnit(s.max, s) })),
    submitButton(t('submit')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(input.valueAsNumber);
  });
  box.append(form);
}

function renderOrdering(box, view, given, submit) {
  const n = view.answers.length;
  const arrangement = (list) => Array.isArray(list) && list.length === n && new Set(list).size === n
    && list.every((k) => Number.isInteger(k) && k >= 0 && k < n);
  // order[p] is the shown position of the item the player has in place p.
  // The list starts in this player's own order (`start_order`), so an
  // untouched list scores differently from phone to phone.
  let order = view.answers.map((_, k) => k);
  if (arrangement(given)) order = [...given];
  else if (arrangement(view.start_order)) order = [...view.start_order];
  const list = el('ol', { className: 'order-list', attrs: { id: 'order-list', 'aria-label': t('your-order') } });
  const move = (p, delta, direction) => {
    const q = p + delta;
    if (q < 0 || q >= n) return;
    [order[p], order[q]] = [order[q], order[p]];
    draw();
    // Keep the keyboard on the item that moved.
    const item = list.children[q];
    const same = item.querySelector(`button.${direction}`);
    (same.disabled ? item.querySelector(`button.${direction === 'up' ? 'down' : 'up'}`) : same).focus();
  };
  const draw = () => {
    const items = order.map((k, p) => {
      const name = choiceName(view, k);
      const up = el('button', {
        className: 'move up', type: 'button', text: '↑', attrs: { 'aria-label': t('move-up', { name }) }, disabled: p === 0,
      });
      const down = el('button', {
        className: 'move down', type: 'button', text: '↓', attrs: { 'aria-label': t('move-down', { name }) }, disabled: p === n - 1,
      });
      up.addEventListener('click', () => move(p, -1, 'up'));
      down.addEventListener('click', () => move(p, 1, 'down'));
      return el('li', { className: `order-item ${colourClass(k)}`, dataset: { position: String(k) } },
        el('span', { className: 'order-place', text: `${p + 1}.` }),
        shapeBadge(k),
        el('span', { className: 'order-text', text: name }),
        up, down);
    });
    list.replaceChildren(...items);
  };
  draw();
  const form = el('form', { className: 'stack' }, list, submitButton(t('submit-order')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit([...order]);
  });
  box.append(form);
}

/** Disables (or enables again) every control in `box`. */
export function setControlsEnabled(box, enabled) {
  for (const node of box.querySelectorAll('button, input')) node.disabled = !enabled;
  if (enabled) {
    // Edge buttons of the ordering list stay disabled.
    const items = box.querySelectorAll('.order-item');
    items.forEach((item, p) => {
      item.querySelector('button.up').disabled = p === 0;
      item.querySelector('button.down').disabled = p === items.length - 1;
    });
    const send = box.querySelector('.answers .toggle') && box.querySelector('.submit-answer');
    if (send) send.disabled = box.querySelectorAll('.toggle.ticked').length === 0;
  }
}

/** Disables the controls and marks the answer that was sent (`value` null: sent, but not known here). */
export function markGiven(box, value) {
  setControlsEnabled(box, false);
  for (const button of box.querySelectorAll('button.answer')) {
    const i = Number(button.dataset.index);
    const chosen = value !== null && (Array.isArray(value) ? value.includes(i) : value === i);
    button.classList.toggle('chosen', chosen);
    button.classList.toggle('not-chosen', !chosen);
    if (chosen && !button.classList.contains('toggle')) button.setAttribute('aria-pressed', 'true');
  }
}

function inline(view, i) {
  const text = view.answers[i];
  return el('span', { className: 'inline-answer' }, shapeBadge(i), el('span', { text: text || shapeName(i) }));
}

function joined(nodes) {
  return nodes.flatMap((node, k) => (k ? [', ', node] : [node]));
}

/** The reveal's "correct answer" line for `view` (a phase `reveal`); empty for unscored kinds. */
export function correctLine(view) {
  switch (view.kind) {
    case 'poll':
    case 'word_cloud':
      return [];
    case 'ordering':
      return tNodes('correct-order', { order: el('ol', { className: 'inline-order' },
        ...view.correct.map((k) => el('li', {}, inline(view, k)))) });
    case 'type_answer':
      return tNodes('accepted-answers', {
        count: (view.accepted || []).length, answers: el('strong', { text: (view.accepted || []).join(' / ') }),
      });
    case 'slider': {
      const s = view.slider || {};
      const parts = tNodes('correct-answers', { count: 1, answers: el('strong', { text: withUnit(s.correct, s) }) });
      if (Number(s.tolerance) > 0) parts.push(` (± ${formatNumber(s.tolerance)})`);
      if (typeof view.average === 'number') {
        parts.push(' ', t('slider-average', { average: withUnit(Math.round(view.average * 100) / 100, s) }));
      }
      return parts;
    }
    default: {
      const labels = view.correct.map((i) => inline(view, i));
      return [...tNodes('correct-answers', { count: labels.length, answers: '' }), ...joined(labels)];
    }
  }
}

/** "You answered: …" for the answer `value` sent to `view`'s question; empty if it cannot be shown. */
export function givenLine(view, value) {
  if (value === null || value === undefined) return [];
  const n = view.answers.length;
  switch (view.kind) {
    case 'multi':
      if (!Array.isArray(value) || !value.every((i) => i < n)) return [];
      return [t('you-ticked'), ' ', ...joined(value.map((i) => inline(view, i)))];
    case 'ordering':
      if (!Array.isArray(value) || !value.every((k) => k < n)) return [];
      return [t('your-order-was'), ' ', ...joined(value.map((k) => inline(view, k)))];
    case 'slider':
      return typeof value === 'number' ? [t('you-answered'), ' ', el('strong', { text: withUnit(value, view.slider) })] : [];
    case 'type_answer':
    case 'word_cloud':
      return typeof value === 'string' ? [t('you-answered'), ' ', el('strong', { text: value })] : [];
    default:
      if (!Number.isInteger(value) || value >= n) return [];
      return [view.kind === 'poll' ? t('you-voted') : t('you-answered'), ' ', inline(view, value)];
  }
}
