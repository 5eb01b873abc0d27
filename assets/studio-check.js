// The server's rules for a quiz (src/quiz/validate.rs and the native
// format's numbers), checked in the page while the host types, so a
// problem is shown beside its field before any save. Each problem is
// `{field, message}`, the field named as the server names it
// (`questions[2].answers[3]`, 1-based) and the message in the page's
// language. Only rules the server has are here; the server stays the
// judge, and whatever it finds besides is shown from its answer to a save.
// No DOM here.

import { t } from '/assets/i18n.js';
import { CHOICE_KINDS, typedNumber } from '/assets/studio-model.js';

// The server's limits (src/quiz/mod.rs, src/quiz/kind.rs).
const TITLE_MAX = 200;
const LONG_TEXT_MAX = 2000;
const ANSWER_MAX = 500;
const MEDIA_MAX = 2000;
const QUESTIONS_MAX = 500;
const ACCEPTED_MAX = 50;
const TYPE_ANSWER_MAX = 100;
const WORD_CLOUD_MAX = 100;
const CHOICES = [2, 6];
const ORDERING_ITEMS = [2, 8];
const TIME_LIMIT = [5, 240];
const U32_MAX = 4294967295;

/** Characters as the server counts them (code points, not UTF-16 units). */
function length(text) {
  return [...text].length;
}

function tooLong(text, max) {
  const count = length(text);
  return count > max ? t('studio-check-too-long', { max, count }) : null;
}

/** A typed whole number the server takes as a u32, or null. */
function whole(value) {
  const n = typedNumber(value);
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= U32_MAX ? n : null;
}

/**
 * Empty as a type-answer comparison sees it: nothing left once whitespace
 * and accents go (src/quiz/text_match.rs, `fold`).
 */
function foldsToNothing(text) {
  return text.normalize('NFKD').replace(/[\s\p{M}]/gu, '') === '';
}

/** Every problem the page finds in `quiz` (the editor's model), in the server's order. */
export function checkQuiz(quiz) {
  const found = [];
  const push = (field, message) => found.push({ field, message });
  if (!quiz.title.trim()) push('title', t('studio-check-empty'));
  else if (tooLong(quiz.title, TITLE_MAX)) push('title', tooLong(quiz.title, TITLE_MAX));
  if (tooLong(quiz.description, LONG_TEXT_MAX)) push('description', tooLong(quiz.description, LONG_TEXT_MAX));
  const total = quiz.questions.length;
  if (total === 0) push('questions', t('studio-check-no-questions'));
  else if (total > QUESTIONS_MAX) push('questions', t('studio-check-too-many-questions', { max: QUESTIONS_MAX, count: total }));
  quiz.questions.slice(0, QUESTIONS_MAX).forEach((q, i) => {
    const at = (rest) => `questions[${i + 1}].${rest}`;
    for (const [rest, message] of questionProblems(q)) push(at(rest), message);
  });
  return found;
}

/** One question's problems, as [field within the question, message]. */
function questionProblems(q) {
  const found = [];
  const push = (rest, message) => found.push([rest, message]);
  if (q.round.trim() && tooLong(q.round, TITLE_MAX)) push('round', tooLong(q.round, TITLE_MAX));
  if (!q.text.trim()) push('text', t('studio-check-empty'));
  else if (tooLong(q.text, LONG_TEXT_MAX)) push('text', tooLong(q.text, LONG_TEXT_MAX));
  if (q.kind !== 'slide' && tooLong(q.explanation, LONG_TEXT_MAX)) push('explanation', tooLong(q.explanation, LONG_TEXT_MAX));
  if (tooLong(q.media.trim(), MEDIA_MAX)) push('media', tooLong(q.media.trim(), MEDIA_MAX));
  const seconds = whole(q.time_limit);
  if (seconds === null) push('time_limit', t('studio-check-whole-seconds'));
  else if (seconds < TIME_LIMIT[0] || seconds > TIME_LIMIT[1]) {
    push('time_limit', t('studio-check-time-limit', { min: TIME_LIMIT[0], max: TIME_LIMIT[1] }));
  }
  if (whole(q.points) === null) push('points', t('studio-check-whole-points'));
  found.push(...kindProblems(q));
  return found;
}

function kindProblems(q) {
  const found = [];
  const push = (rest, message) => found.push([rest, message]);
  if (CHOICE_KINDS.includes(q.kind)) {
    texts(found, 'answers', q.answers, CHOICES);
    if (q.kind === 'single' && !(q.correct >= 0 && q.correct < q.answers.length)) push('correct', t('studio-check-correct-one'));
    if (q.kind === 'multi') {
      if (q.correctSet.length === 0) push('correct', t('studio-check-correct-none'));
      else if (q.correctSet.some((c) => c < 0 || c >= q.answers.length)) push('correct', t('studio-check-correct-one'));
    }
    return found;
  }
  switch (q.kind) {
    case 'ordering':
      texts(found, 'items', q.items, ORDERING_ITEMS);
      break;
    case 'type_answer':
      if (q.accepted.length === 0) push('accepted', t('studio-check-accepted-none'));
      else if (q.accepted.length > ACCEPTED_MAX) {
        push('accepted', t('studio-check-accepted-many', { max: ACCEPTED_MAX, count: q.accepted.length }));
      } else {
        q.accepted.forEach((a, j) => {
          if (foldsToNothing(a)) push(`accepted[${j + 1}]`, t('studio-check-empty'));
          else if (tooLong(a, TYPE_ANSWER_MAX)) push(`accepted[${j + 1}]`, tooLong(a, TYPE_ANSWER_MAX));
        });
      }
      break;
    case 'word_cloud': {
      const max = whole(q.max_length);
      if (max === null) push('max_length', t('studio-check-whole-characters'));
      else if (max < 1 || max > WORD_CLOUD_MAX) push('max_length', t('studio-check-word-cloud', { max: WORD_CLOUD_MAX }));
      break;
    }
    case 'slider':
      found.push(...sliderProblems(q.slider));
      break;
    case 'slide':
      if (tooLong(q.body, LONG_TEXT_MAX)) push('body', tooLong(q.body, LONG_TEXT_MAX));
      break;
    default:
      break;
  }
  return found;
}

function sliderProblems(s) {
  const found = [];
  const push = (rest, message) => found.push([rest, message]);
  if (tooLong(s.unit, ANSWER_MAX)) push('unit', tooLong(s.unit, ANSWER_MAX));
  const n = {};
  for (const key of ['min', 'max', 'step', 'correct', 'tolerance']) {
    n[key] = typedNumber(s[key]);
    if (typeof n[key] !== 'number') push(key, t('studio-check-number'));
  }
  if (found.some(([rest]) => rest !== 'unit')) return found;
  if (n.min >= n.max) push('max', t('studio-check-slider-max', { min: n.min }));
  if (n.step <= 0) push('step', t('studio-check-slider-step'));
  else if ((n.max - n.min) / n.step > 10000) push('step', t('studio-check-slider-positions'));
  if (n.correct < n.min || n.correct > n.max) push('correct', t('studio-check-slider-correct', { min: n.min, max: n.max }));
  if (n.tolerance < 0) push('tolerance', t('studio-check-slider-tolerance'));
  return found;
}

/** A list of answer or item texts: how many, none empty or too long, no repeats. */
function texts(found, name, list, [min, max]) {
  if (list.length < min || list.length > max) {
    const args = { min, max, count: list.length };
    found.push([name, name === 'items' ? t('studio-check-item-count', args) : t('studio-check-answer-count', args)]);
  }
  if (list.length > max) return;
  list.forEach((a, j) => {
    const at = `${name}[${j + 1}]`;
    if (!a.trim()) found.push([at, t('studio-check-empty')]);
    else if (tooLong(a, ANSWER_MAX)) found.push([at, tooLong(a, ANSWER_MAX)]);
    else if (list.slice(0, j).includes(a)) found.push([at, t('studio-check-twice', { number: list.indexOf(a) + 1 })]);
  });
}
