// The editor's form for one question: the round it starts, its kind, text,
// the fields of its kind, time limit, points, explanation and media. Every control has a
// label or an aria-label, and a `data-field` naming it as the server's
// messages do (`questions[2].answers[3]`, 1-based), so each message, the
// server's or the page's own checks' (studio-problems.js), is shown under
// the field it names.
//
// Typing changes the model and calls `ctx.changed()`; adding, removing or
// moving a part calls `ctx.changed(true)`, and the form is drawn again with
// the keyboard kept on the control that stood for the same thing.

import { el } from '/assets/common.js';
import { t } from '/assets/i18n.js';
import { CHOICE_KINDS, KINDS, move, removeAnswer } from '/assets/studio-model.js';
import { showQuestionProblems } from '/assets/studio-problems.js';

const MAX_CHOICES = 6;
const MIN_CHOICES = 2;
const MAX_ITEMS = 8;
const MAX_ACCEPTED = 50;

let uniq = 0;
function newId(base) {
  uniq += 1;
  return `${base}-${uniq}`;
}

/** A labelled control in a `.field`, named `path` for the server's messages. */
function field(label, control, path, note) {
  if (!control.id) control.id = newId('ed');
  control.dataset.field = path;
  const parts = [el('label', { text: label, attrs: { for: control.id } }), control];
  if (note) {
    const noteId = newId('note');
    control.setAttribute('aria-describedby', noteId);
    parts.push(el('p', { className: 'muted field-note', text: note, attrs: { id: noteId } }));
  }
  return el('div', { className: 'field' }, ...parts);
}

// What the host types runs in its own script's direction (dir=auto), whatever the page's.
function textInput(value, attrs = {}) {
  const input = el('input', { type: 'text', attrs: { autocomplete: 'off', dir: 'auto', ...attrs } });
  input.value = value;
  return input;
}

function numberInput(value, attrs = {}) {
  const input = el('input', { type: 'number', attrs: { inputmode: 'decimal', ...attrs } });
  input.value = String(value);
  return input;
}

function textArea(value, rows, attrs = {}) {
  const area = el('textarea', { attrs: { rows, dir: 'auto', ...attrs } });
  area.value = value;
  return area;
}

function button(text, label, onClick, className = '') {
  const b = el('button', { type: 'button', text, className, attrs: label ? { 'aria-label': label } : {} });
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Draws question `ctx.index` of `ctx.quiz` into `box`. `ctx`: changed(redraw),
 * duplicate(), remove(), upload(file) → Promise of the media url, problems
 * (the messages to show, `{field, message}`), focusKey (a control to focus
 * after drawing).
 */
export function renderQuestion(box, ctx) {
  const q = ctx.quiz.questions[ctx.index];
  const n = ctx.index + 1;
  const path = (rest) => `questions[${n}]${rest ? `.${rest}` : ''}`;
  // Redraws the form after a change of its structure, focusing `key`.
  const redraw = (key) => {
    ctx.focusKey = key;
    ctx.changed(true);
  };
  const keyed = (node, key) => {
    node.dataset.key = key;
    return node;
  };

  const heading = el('h2', {
    text: q.kind === 'slide' ? t('studio-slide-n', { number: n }) : t('studio-question-n', { number: n }),
    attrs: { id: 'question-heading', tabindex: '-1' },
  });
  const head = el('div', { className: 'question-head' },
    heading,
    el('div', { className: 'row' },
      keyed(button(t('studio-duplicate'), t('studio-duplicate-question', { number: n }), () => ctx.duplicate()), 'duplicate'),
      keyed(button(t('studio-remove'), t('studio-remove-question', { number: n }), () => ctx.remove(), 'danger'), 'remove')));

  const kind = el('select', { attrs: { id: 'ed-kind' } },
    ...KINDS.map(([name, label]) => {
      const option = el('option', { text: label(), attrs: { value: name } });
      if (name === q.kind) option.selected = true;
      return option;
    }));
  kind.addEventListener('change', () => {
    q.kind = kind.value;
    redraw('kind');
  });

  const text = textArea(q.text, 2, { id: 'ed-text', maxlength: 2000 });
  text.addEventListener('input', () => {
    q.text = text.value;
    ctx.changed();
  });

  // Empty: the question goes on with the round above it (or none).
  const round = textInput(q.round, { id: 'ed-round', maxlength: 200 });
  round.addEventListener('input', () => {
    q.round = round.value;
    ctx.changed();
  });

  const parts = [
    head,
    field(t('studio-round-name'), keyed(round, 'round'), path('round'), t('studio-round-note')),
    field(t('studio-kind'), keyed(kind, 'kind'), path('kind')),
    field(q.kind === 'slide' ? t('studio-sort-title') : t('report-answers-question'), text, path('text')),
    ...kindFields(q, path, ctx, redraw, keyed),
  ];

  if (q.kind !== 'slide') {
    const time = numberInput(q.time_limit, { id: 'ed-time', min: 5, max: 240, step: 1, inputmode: 'numeric' });
    time.addEventListener('input', () => {
      q.time_limit = time.value;
      ctx.changed();
    });
    parts.push(field(t('studio-time-limit'), time, path('time_limit'), t('studio-time-limit-note')));
  }
  if (['single', 'multi', 'true_false', 'type_answer', 'slider', 'ordering'].includes(q.kind)) {
    const points = numberInput(q.points, { id: 'ed-points', min: 0, step: 1, inputmode: 'numeric' });
    points.addEventListener('input', () => {
      q.points = points.value;
      ctx.changed();
    });
    parts.push(field(t('report-answers-points'), points, path('points'), t('studio-points-note')));
  }
  if (q.kind !== 'slide') {
    const explanation = textArea(q.explanation, 2, { id: 'ed-explanation', maxlength: 2000 });
    explanation.addEventListener('input', () => {
      q.explanation = explanation.value;
      ctx.changed();
    });
    parts.push(field(t('studio-explanation'), explanation, path('explanation')));
  }
  parts.push(mediaFields(q, path, ctx, redraw, keyed));

  box.replaceChildren(...parts);
  showQuestionProblems(box, ctx.problems, n);
  if (ctx.focusKey) {
    const target = box.querySelector(`[data-key="${ctx.focusKey}"]`);
    ctx.focusKey = null;
    if (target && !target.disabled) target.focus();
    else heading.focus();
  }
}

/** The fields of the question's own kind. */
function kindFields(q, path, ctx, redraw, keyed) {
  if (CHOICE_KINDS.includes(q.kind)) return [choices(q, path, ctx, redraw, keyed)];
  switch (q.kind) {
    case 'true_false': {
      const name = newId('truth');
      const radios = [true, false].map((value) => {
        const radio = el('input', { type: 'radio', attrs: { name, id: newId('ed'), value: String(value) } });
        radio.checked = q.truth === value;
        radio.addEventListener('change', () => {
          q.truth = value;
          ctx.changed();
        });
        return el('div', { className: 'option checkbox' }, radio,
          el('label', { text: value ? t('studio-true') : t('studio-false'), attrs: { for: radio.id } }));
      });
      const set = el('fieldset', { className: 'kind-fields' }, el('legend', { text: t('studio-correct-answer') }), ...radios);
      set.dataset.field = path('correct');
      return [set];
    }
    case 'type_answer':
      return [accepted(q, path, ctx, redraw, keyed)];
    case 'slider':
      return [slider(q, path, ctx)];
    case 'ordering':
      return [ordering(q, path, ctx, redraw, keyed)];
    case 'word_cloud': {
      const max = numberInput(q.max_length, { min: 1, max: 100, step: 1, inputmode: 'numeric' });
      max.addEventListener('input', () => {
        q.max_length = max.value;
        ctx.changed();
      });
      return [field(t('studio-max-length'), max, path('max_length'), t('studio-max-length-note'))];
    }
    case 'slide': {
      const body = textArea(q.body, 4, { maxlength: 2000 });
      body.addEventListener('input', () => {
        q.body = body.value;
        ctx.changed();
      });
      return [field(t('studio-slide-body'), body, path('body'))];
    }
    default:
      return [];
  }
}

/** Answers of a single, multi or poll question, with which are correct. */
function choices(q, path, ctx, redraw, keyed) {
  const single = q.kind === 'single';
  const multi = q.kind === 'multi';
  const group = newId('correct');
  const rows = q.answers.map((answer, i) => {
    const k = i + 1;
    const input = textInput(answer, { maxlength: 500, 'aria-label': t('studio-answer-n', { number: k }) });
    input.dataset.field = path(`answers[${k}]`);
    input.addEventListener('input', () => {
      q.answers[i] = input.value;
      ctx.changed();
    });
    const row = [];
    if (single || multi) {
      const mark = el('input', {
        type: single ? 'radio' : 'checkbox',
        attrs: { name: group, 'aria-label': t('studio-answer-correct', { number: k }) },
      });
      // Every mark is named `correct`, as the server names the correct answers.
      mark.dataset.field = path('correct');
      mark.checked = single ? q.correct === i : q.correctSet.includes(i);
      mark.addEventListener('change', () => {
        if (single) q.correct = i;
        else if (mark.checked) q.correctSet = [...new Set([...q.correctSet, i])];
        else q.correctSet = q.correctSet.filter((c) => c !== i);
        ctx.changed();
      });
      row.push(keyed(mark, `correct-${i}`));
    }
    row.push(keyed(input, `answer-${i}`));
    const remove = button('✕', t('studio-remove-answer', { number: k }), () => {
      removeAnswer(q, i);
      redraw(`answer-${Math.min(i, q.answers.length - 1)}`);
    }, 'icon');
    remove.disabled = q.answers.length <= MIN_CHOICES;
    row.push(remove);
    return el('li', { className: 'answer-row' }, ...row);
  });
  const add = button(t('studio-add-answer'), '', () => {
    q.answers.push('');
    redraw(`answer-${q.answers.length - 1}`);
  });
  add.disabled = q.answers.length >= MAX_CHOICES;
  let legend = t('studio-answers');
  if (single) legend = t('studio-answers-single');
  else if (multi) legend = t('studio-answers-multi');
  const set = el('fieldset', { className: 'kind-fields' },
    el('legend', { text: legend }),
    el('ol', { className: 'answer-rows' }, ...rows),
    keyed(add, 'add-answer'));
  set.dataset.field = path('answers');
  // A poll has no marks: a message about `correct` goes to the answers.
  if (!single && !multi) set.append(el('span', { attrs: { 'data-field': path('correct'), hidden: '' } }));
  return set;
}

/** The accepted answers of a type-answer question. */
function accepted(q, path, ctx, redraw, keyed) {
  const rows = q.accepted.map((answer, i) => {
    const k = i + 1;
    const input = textInput(answer, { maxlength: 100, 'aria-label': t('studio-accepted-n', { number: k }) });
    input.dataset.field = path(`accepted[${k}]`);
    input.addEventListener('input', () => {
      q.accepted[i] = input.value;
      ctx.changed();
    });
    const remove = button('✕', t('studio-remove-accepted', { number: k }), () => {
      q.accepted.splice(i, 1);
      redraw(`accepted-${Math.min(i, q.accepted.length - 1)}`);
    }, 'icon');
    remove.disabled = q.accepted.length <= 1;
    return el('li', { className: 'answer-row' }, keyed(input, `accepted-${i}`), remove);
  });
  const add = button(t('studio-add-accepted'), '', () => {
    q.accepted.push('');
    redraw(`accepted-${q.accepted.length - 1}`);
  });
  add.disabled = q.accepted.length >= MAX_ACCEPTED;
  const typo = el('input', { type: 'checkbox', attrs: { id: newId('ed') } });
  typo.checked = q.typo_tolerance;
  typo.addEventListener('change', () => {
    q.typo_tolerance = typo.checked;
    ctx.changed();
  });
  const set = el('fieldset', { className: 'kind-fields' },
    el('legend', { text: t('studio-accepted') }),
    el('ol', { className: 'answer-rows' }, ...rows),
    keyed(add, 'add-accepted'),
    el('div', { className: 'option checkbox' }, typo,
      el('label', { text: t('studio-typos'), attrs: { for: typo.id } })));
  set.dataset.field = path('accepted');
  typo.dataset.field = path('typo_tolerance');
  return set;
}

/** A slider's range, step, correct value, tolerance and unit. */
function slider(q, path, ctx) {
  const s = q.slider;
  const number = (key, label, note) => {
    const input = numberInput(s[key], { step: 'any' });
    input.addEventListener('input', () => {
      s[key] = input.value;
      ctx.changed();
    });
    return field(label, input, path(key), note);
  };
  const unit = textInput(s.unit, { maxlength: 500 });
  unit.addEventListener('input', () => {
    s.unit = unit.value;
    ctx.changed();
  });
  const set = el('fieldset', { className: 'kind-fields slider-fields' },
    el('legend', { text: t('studio-kind-slider') }),
    number('min', t('studio-slider-min')),
    number('max', t('studio-slider-max')),
    number('step', t('studio-slider-step')),
    number('correct', t('studio-slider-correct')),
    number('tolerance', t('studio-slider-tolerance'), t('studio-slider-tolerance-note')),
    field(t('studio-slider-unit'), unit, path('unit')));
  set.dataset.field = path('slider');
  return set;
}

/** The items of an ordering question, in the correct order. */
function ordering(q, path, ctx, redraw, keyed) {
  const n = q.items.length;
  const rows = q.items.map((item, i) => {
    const k = i + 1;
    const input = textInput(item, { maxlength: 500, 'aria-label': t('studio-item-n', { number: k }) });
    input.dataset.field = path(`items[${k}]`);
    input.addEventListener('input', () => {
      q.items[i] = input.value;
      ctx.changed();
    });
    const up = button('↑', t('studio-item-up', { number: k }), () => {
      move(q.items, i, i - 1);
      redraw(i - 1 === 0 ? `item-down-${i - 1}` : `item-up-${i - 1}`);
    }, 'icon');
    up.disabled = i === 0;
    const down = button('↓', t('studio-item-down', { number: k }), () => {
      move(q.items, i, i + 1);
      redraw(i + 1 === n - 1 ? `item-up-${i + 1}` : `item-down-${i + 1}`);
    }, 'icon');
    down.disabled = i === n - 1;
    const remove = button('✕', t('studio-remove-item', { number: k }), () => {
      q.items.splice(i, 1);
      redraw(`item-${Math.min(i, q.items.length - 1)}`);
    }, 'icon');
    remove.disabled = n <= 2;
    return el('li', { className: 'answer-row' }, keyed(input, `item-${i}`),
      keyed(up, `item-up-${i}`), keyed(down, `item-down-${i}`), remove);
  });
  const add = button(t('studio-add-item'), '', () => {
    q.items.push('');
    redraw(`item-${q.items.length - 1}`);
  });
  add.disabled = n >= MAX_ITEMS;
  const set = el('fieldset', { className: 'kind-fields' },
    el('legend', { text: t('studio-items') }),
    el('ol', { className: 'answer-rows' }, ...rows),
    keyed(add, 'add-item'));
  set.dataset.field = path('items');
  return set;
}

/** The question's media: its address, an upload, and removing it. */
function mediaFields(q, path, ctx, redraw, keyed) {
  const address = textInput(q.media, { maxlength: 2000, spellcheck: 'false', id: 'ed-media' });
  address.addEventListener('input', () => {
    q.media = address.value;
    ctx.changed();
  });
  const file = el('input', {
    type: 'file',
    attrs: { accept: 'image/*,audio/*,video/*', 'aria-label': t('studio-media-file'), tabindex: '-1' },
    hidden: true,
  });
  const status = el('p', { className: 'muted field-note', attrs: { role: 'status', id: newId('media-status') } });
  const upload = keyed(button(t('studio-upload'), '', () => file.click()), 'upload');
  file.addEventListener('change', async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    status.textContent = t('studio-uploading', { name: chosen.name });
    upload.disabled = true;
    try {
      q.media = await ctx.upload(chosen);
      status.textContent = t('studio-uploaded', { name: chosen.name });
      redraw('upload');
    } catch (error) {
      status.textContent = '';
      ctx.mediaProblem(error.message || t('studio-upload-failed', { name: chosen.name }));
    } finally {
      upload.disabled = false;
      file.value = '';
    }
  });
  const remove = keyed(button(t('studio-remove-media'), '', () => {
    q.media = '';
    redraw('upload');
  }), 'remove-media');
  remove.disabled = !q.media;
  const box = el('fieldset', { className: 'kind-fields media-fields' },
    el('legend', { text: t('studio-media') }),
    field(t('studio-media-address'), address, path('media'), t('studio-media-note')),
    el('div', { className: 'row' }, upload, remove),
    file,
    status);
  return box;
}
