// The editor's model of a quiz and its translation to and from the JSON the
// quiz API speaks: what `GET /api/quizzes/{id}` answers and `POST` and `PUT`
// take (docs/protocol.md; the native JSON format's fields, with `correct`
// positions counted from 0). A question keeps the
// fields of every kind it has been, so switching its kind back and forth
// loses nothing typed; only the fields of its current kind are sent.
// A round is kept on its first question (`round`, its name; empty: the
// question starts no round), as the native formats write it, so it stays
// with that question however questions are moved, added or removed; the
// API's `rounds` list (`start` counted from 0) is read into it.
// No DOM here; labels come from the page's catalog.

import { t } from '/assets/i18n.js';

/** Every kind, in the order the docs list them, with its label (in the page's language, so a function). */
export const KINDS = [
  ['single', () => t('studio-kind-single')],
  ['multi', () => t('studio-kind-multi')],
  ['true_false', () => t('studio-kind-true-false')],
  ['type_answer', () => t('studio-kind-type-answer')],
  ['slider', () => t('studio-kind-slider')],
  ['ordering', () => t('studio-kind-ordering')],
  ['poll', () => t('studio-kind-poll')],
  ['word_cloud', () => t('studio-kind-word-cloud')],
  ['slide', () => t('studio-kind-slide')],
];

/** A kind's label in the page's language. */
export function kindLabel(kind) {
  const found = KINDS.find(([name]) => name === kind);
  return found ? found[1]() : kind;
}

/** Kinds whose answers are a list of choices. */
export const CHOICE_KINDS = ['single', 'multi', 'poll'];

export const DEFAULT_TIME_LIMIT = 20;
export const DEFAULT_POINTS = 1000;

let nextUid = 1;

/** A new question of `kind` with the fields a host fills in first. */
export function newQuestion(kind = 'single') {
  return {
    uid: nextUid++,
    kind,
    round: '', // the name of the round this question starts; empty: none
    text: '',
    time_limit: DEFAULT_TIME_LIMIT,
    points: DEFAULT_POINTS,
    explanation: '',
    media: '',
    answers: ['', '', '', ''],
    correct: 0, // single: index
    correctSet: [0], // multi: indices
    truth: true, // true_false
    accepted: [''],
    typo_tolerance: false,
    slider: { min: 0, max: 10, step: 1, correct: 5, tolerance: 0, unit: '' },
    items: ['', '', ''],
    max_length: 20,
    body: '',
  };
}

export function newQuiz() {
  return { id: '', title: '', description: '', questions: [newQuestion('single')] };
}

/**
 * A deep copy of a question with a uid of its own. The copy starts no
 * round: it follows its original, in the original's round.
 */
export function copyQuestion(q) {
  const copy = JSON.parse(JSON.stringify(q));
  copy.uid = nextUid++;
  copy.round = '';
  return copy;
}

/** A position in `correct` as the API sends it (from 0), or an answer's text. */
function position(value, answers) {
  if (typeof value === 'string') {
    const i = answers.indexOf(value);
    return i >= 0 ? i : 0;
  }
  return Number.isInteger(value) ? value : 0;
}

/** The editor's model of a quiz served by the API. */
export function fromServer(doc) {
  const quiz = {
    id: String(doc.id || ''),
    title: String(doc.title || ''),
    description: String(doc.description || ''),
    questions: [],
  };
  const quizTime = Number.isInteger(doc.time_limit) ? doc.time_limit : DEFAULT_TIME_LIMIT;
  const quizPoints = pointsValue(doc.points, DEFAULT_POINTS);
  for (const raw of doc.questions || []) {
    const kind = raw.kind || 'single';
    const q = newQuestion(kind);
    if (typeof raw.round === 'string') q.round = raw.round;
    q.text = String(raw.text || '');
    q.time_limit = Number.isInteger(raw.time_limit) ? raw.time_limit : quizTime;
    q.points = pointsValue(raw.points, quizPoints);
    q.explanation = String(raw.explanation || '');
    q.media = String(raw.media || '');
    switch (kind) {
      case 'single':
      case 'multi':
      case 'poll':
        q.answers = (raw.answers || []).map(String);
        if (kind === 'single') q.correct = position(raw.correct, q.answers);
        if (kind === 'multi') {
          const list = Array.isArray(raw.correct) ? raw.correct : [raw.correct];
          q.correctSet = list.map((v) => position(v, q.answers));
          q.correct = q.correctSet[0] || 0;
        } else {
          q.correctSet = [q.correct];
        }
        break;
      case 'true_false':
        q.truth = raw.correct !== false;
        break;
      case 'type_answer':
        q.accepted = (raw.accepted || []).map(String);
        if (q.accepted.length === 0) q.accepted = [''];
        q.typo_tolerance = Boolean(raw.typo_tolerance);
        break;
      case 'slider':
        q.slider = {
          min: num(raw.min, 0),
          max: num(raw.max, 10),
          step: num(raw.step, 1),
          correct: num(raw.correct, 0),
          tolerance: num(raw.tolerance, 0),
          unit: String(raw.unit || ''),
        };
        break;
      case 'ordering':
        q.items = (raw.items || []).map(String);
        break;
      case 'word_cloud':
        q.max_length = Number.isInteger(raw.max_length) ? raw.max_length : 20;
        break;
      case 'slide':
        q.body = String(raw.body || '');
        break;
      default:
        break;
    }
    quiz.questions.push(q);
  }
  for (const round of Array.isArray(doc.rounds) ? doc.rounds : []) {
    const q = round && Number.isInteger(round.start) ? quiz.questions[round.start] : null;
    if (q && typeof round.name === 'string') q.round = round.name;
  }
  return quiz;
}

function num(value, fallback) {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function pointsValue(value, fallback) {
  if (Number.isInteger(value)) return value;
  return { standard: 1000, double: 2000, none: 0 }[value] ?? fallback;
}

/** A number typed into a field: the number, or the text itself for the server to name. */
export function typedNumber(value) {
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : text;
}

/**
 * The quiz as the API takes it: `correct` as positions from 0, every
 * question with its kind, time limit and points, a round's name on its
 * first question (`round`, as the native formats write it), blank optional
 * texts left out. What is typed is sent as typed (a blank answer,
 * a text in a number field) so the server's validation names it.
 */
export function toServer(quiz) {
  const doc = { title: quiz.title };
  if (quiz.id) doc.id = quiz.id;
  if (quiz.description.trim()) doc.description = quiz.description;
  doc.questions = quiz.questions.map((q) => {
    const out = {};
    if (q.round.trim()) out.round = q.round;
    out.kind = q.kind;
    out.text = q.text;
    switch (q.kind) {
      case 'single':
        out.answers = [...q.answers];
        out.correct = q.correct;
        break;
      case 'multi':
        out.answers = [...q.answers];
        out.correct = [...q.correctSet].sort((a, b) => a - b);
        break;
      case 'poll':
        out.answers = [...q.answers];
        break;
      case 'true_false':
        out.correct = q.truth;
        break;
      case 'type_answer':
        out.accepted = [...q.accepted];
        if (q.typo_tolerance) out.typo_tolerance = true;
        break;
      case 'slider':
        for (const key of ['min', 'max', 'step', 'correct', 'tolerance']) out[key] = typedNumber(q.slider[key]);
        if (String(q.slider.unit).trim()) out.unit = q.slider.unit;
        break;
      case 'ordering':
        out.items = [...q.items];
        break;
      case 'word_cloud':
        out.max_length = typedNumber(q.max_length);
        break;
      case 'slide':
        if (q.body.trim()) out.body = q.body;
        break;
      default:
        break;
    }
    out.time_limit = typedNumber(q.time_limit);
    out.points = typedNumber(q.points);
    if (q.explanation.trim()) out.explanation = q.explanation;
    if (q.media.trim()) out.media = q.media.trim();
    return out;
  });
  return doc;
}

/** Removes answer `i` of a choice question, keeping the correct ones pointing at the same answers. */
export function removeAnswer(q, i) {
  q.answers.splice(i, 1);
  const shift = (k) => (k > i ? k - 1 : k);
  q.correctSet = q.correctSet.filter((k) => k !== i).map(shift);
  if (q.correct === i) q.correct = 0;
  else q.correct = shift(q.correct);
}

/**
 * Removes question `index`. A round it started passes to the question that
 * followed it, unless that one starts a round of its own (or there is none):
 * removing a round's first question keeps the rest of the round together.
 * Returns the removed question and the question the round passed to (its
 * new index), if any.
 */
export function removeQuestion(quiz, index) {
  const [q] = quiz.questions.splice(index, 1);
  const next = quiz.questions[index];
  if (q && q.round.trim() && next && !next.round.trim()) {
    next.round = q.round;
    return { removed: q, roundTo: index };
  }
  return { removed: q, roundTo: null };
}

/** Moves item `from` of `list` to `to`, in place. */
export function move(list, from, to) {
  if (from === to || to < 0 || to >= list.length) return;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
}

/**
 * The located problems of a refused save, from whichever shape the server
 * answered: `{problems: [...]}`, `{errors: [...]}`, or the import summary's
 * `{files: [{errors}]}`. Each is `{field, message, line?}`.
 */
export function problemsOf(body) {
  if (!body || typeof body !== 'object') return [];
  const lists = [body.problems, body.errors, ...(Array.isArray(body.files) ? body.files.map((f) => f.errors) : [])];
  const out = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      if (p && typeof p.message === 'string') out.push({ field: String(p.field || ''), message: p.message });
    }
  }
  return out;
}

/** `questions[3].answers[2]` → {question: 2, rest: 'answers[2]'} (0-based question); null for quiz fields. */
export function questionOf(field) {
  const m = /^questions\[(\d+)\](?:\.(.*))?$/.exec(field);
  return m ? { question: Number(m[1]) - 1, rest: m[2] || '' } : null;
}
