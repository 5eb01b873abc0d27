// The editor's preview of one question: as a phone shows it while answers
// are open, and as the big screen does. The phone's answer controls are the
// player page's own (player-kinds.js renderControls), drawn from the phase
// view the server would send; the screen's are drawn with the presenter's
// classes and hint (screen-views.js). The preview is inert: it is looked at,
// not played.

import { colourClass, el, mediaElement, shapeBadge, textSize } from '/assets/common.js';
import { formatLocaleNumber, t } from '/assets/i18n.js';
import { kindHint, renderControls } from '/assets/player-kinds.js';
import { mediaNodes, screenHint } from '/assets/screen-views.js';

/** The answers a phase view carries for `q`, as the engine sends them. */
function shownAnswers(q) {
  switch (q.kind) {
    case 'single':
    case 'multi':
    case 'poll':
      return q.answers.map(String);
    case 'true_false':
      // What the engine sends the phones for this kind.
      return ['True', 'False'];
    case 'ordering':
      return q.items.map(String);
    default:
      return [];
  }
}

/** The `answering` phase view the server would send for question `index` of `total`. */
export function answeringView(q, index, total) {
  const number = (v, fallback) => (Number.isFinite(Number(v)) && String(v).trim() !== '' ? Number(v) : fallback);
  const view = {
    phase: 'answering',
    index,
    total,
    text: q.text,
    kind: q.kind,
    answers: shownAnswers(q),
    time_limit_ms: number(q.time_limit, 20) * 1000,
    media: q.media || null,
  };
  if (q.kind === 'slider') {
    const s = q.slider;
    view.slider = { min: number(s.min, 0), max: number(s.max, 10), step: number(s.step, 1), unit: s.unit || null };
  }
  if (q.kind === 'type_answer') view.max_length = 100;
  if (q.kind === 'word_cloud') view.max_length = number(q.max_length, 20);
  return view;
}

function timer(seconds) {
  return el('div', { className: 'timer', attrs: { 'aria-hidden': 'true' } },
    el('span', { className: 'timer-label', text: t('time-left') }),
    el('span', { className: 'timer-seconds', text: formatLocaleNumber(seconds) }),
    el('div', { className: 'bar' }, el('div', { className: 'bar-fill' })));
}

function placeholder(text, fallback) {
  return text && text.trim() ? text : fallback;
}

/** Draws the phone's view of `q` into `box`. */
export function renderPhone(box, q, index, total) {
  const view = answeringView(q, index, total);
  const title = placeholder(q.text, t('studio-preview-question'));
  const media = mediaElement(q.media, title, {
    sound: (about) => t('media-sound', { about }),
    video: (about) => t('media-video', { about }),
    picture: t('media-picture'),
    question: t('media-this-question'),
  });
  if (q.kind === 'slide') {
    box.replaceChildren(
      el('p', { className: 'meta', text: t('studio-preview-slide', { index: index + 1, total }) }),
      el('p', { className: 'q-text', text: title, attrs: { dir: 'auto' } }),
      el('div', { className: 'q-media' }, media),
      el('p', { className: 'slide-body', text: q.body }),
      el('p', { className: 'muted', text: t('slide-note') }));
    return;
  }
  const answers = el('div', { className: 'answers' });
  renderControls(answers, {
    ...view, answers: view.answers.map((a, i) => placeholder(a, t('studio-answer-n', { number: i + 1 }))),
  }, null, () => {});
  box.replaceChildren(
    el('p', { className: 'meta', text: t('question-of', { index: index + 1, total }) }),
    el('p', { className: 'q-text', text: title, attrs: { dir: 'auto' } }),
    el('div', { className: 'q-media' }, media),
    el('p', { className: 'q-hint', text: kindHint(view) }),
    timer(view.time_limit_ms / 1000),
    answers);
}

/** Draws the big screen's view of `q` into `box` (a 16:9 stage inside it). */
export function renderScreen(box, q, index, total) {
  const stage = el('div', { className: 'screen-stage' });
  box.replaceChildren(stage);
  drawScreen(stage, q, index, total);
}

function drawScreen(box, q, index, total) {
  const view = answeringView(q, index, total);
  const title = placeholder(q.text, t('studio-preview-question'));
  const text = el('p', { className: 'q-text', text: title, attrs: { dir: 'auto' } });
  text.dataset.size = title.length > 90 ? 'long' : 'short';
  if (q.kind === 'slide') {
    box.replaceChildren(
      el('p', { className: 'meta', text: t('studio-preview-slide', { index: index + 1, total }) }),
      text,
      el('div', { className: 'q-media' }, ...mediaNodes(q.media, title)),
      el('p', { className: 'slide-body', text: q.body }));
    return;
  }
  const shown = view.answers.map((a, i) => placeholder(a, t('studio-answer-n', { number: i + 1 })));
  const items = shown.map((answer, i) => el('li', { className: `answer ${colourClass(i)}` },
    shapeBadge(i), el('span', { className: 'answer-text', text: answer })));
  const list = el('ul', { className: 'answers screen-answers' }, ...items);
  list.dataset.count = String(items.length);
  list.dataset.size = textSize(shown);
  list.hidden = items.length === 0;
  box.replaceChildren(
    el('p', { className: 'meta', text: t('question-of', { index: index + 1, total }) }),
    text,
    el('div', { className: 'q-media' }, ...mediaNodes(q.media, title)),
    el('p', { className: 'q-hint screen-hint', text: screenHint(view) }),
    timer(view.time_limit_ms / 1000),
    list);
}
