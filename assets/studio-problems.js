// Which problems the editor shows and where: the page's own checks
// (studio-check.js) of the fields the host has touched, and the server's
// messages from the last save until the host edits what they name. Each is
// put under the field it names (`data-field`), which is marked
// `aria-invalid` and described by it.
//
// A field is touched when it is typed into, changed or left; a list
// (answers, items, accepted answers) and a question's correct answers are
// touched as a whole when a part is added or removed or a mark changed, and
// a slider's numbers as a whole, since each is judged against the others.
// A pristine new question shows nothing; after a refused save every
// problem then known is shown.

import { el } from '/assets/common.js';
import { CHOICE_KINDS, questionOf } from '/assets/studio-model.js';

const SLIDER = ['min', 'max', 'step', 'correct', 'tolerance', 'slider'];

/**
 * What touching `rest` (a field within a question of `kind`) touches:
 * `own`, the field itself, and `group`, the whole it is judged with.
 */
export function scopeOf(kind, rest) {
  const list = /^(answers|items|accepted)(\[\d+\])?$/.exec(rest);
  if (list) return { own: rest, group: list[1], entry: Boolean(list[2]) };
  if (rest === 'correct' && CHOICE_KINDS.includes(kind)) return { own: rest, group: 'answers', entry: false };
  if (kind === 'slider' && SLIDER.includes(rest)) return { own: rest, group: 'slider', entry: false };
  return { own: rest, group: rest, entry: false };
}

/** The fields the host has touched, by question (its uid, which moves with it) or quiz. */
export class Touched {
  constructor() {
    this.keys = new Set();
  }

  /** `field` as the server names it, of `quiz`; returns the scope touched, or null. */
  touch(quiz, field) {
    const at = questionOf(field);
    if (!at) {
      this.keys.add(`quiz:${field}`);
      return { question: null, scope: { own: field, group: field } };
    }
    const q = quiz.questions[at.question];
    if (!q) return null;
    const scope = scopeOf(q.kind, at.rest);
    this.keys.add(`${q.uid}:${scope.own}`);
    this.keys.add(`${q.uid}:${scope.group}`);
    return { question: at.question, scope };
  }

  /** Whether the page's own problem `p` is shown. */
  shows(quiz, p) {
    const at = questionOf(p.field);
    if (!at) return this.keys.has(`quiz:${p.field}`);
    const q = quiz.questions[at.question];
    if (!q) return false;
    const scope = scopeOf(q.kind, at.rest);
    return this.keys.has(`${q.uid}:${scope.own}`) || (!scope.entry && this.keys.has(`${q.uid}:${scope.group}`));
  }

  /** Forgets every touch (a quiz loaded afresh). */
  clear() {
    this.keys.clear();
  }
}

/**
 * The server's messages that still stand once field `touched` (what
 * `Touched.touch` returned) was edited: those naming the same field or
 * its whole are left to the page's checks.
 */
export function serverStillStands(problems, quiz, touched) {
  return problems.filter((p) => {
    const at = questionOf(p.field);
    if (touched.question === null) return at !== null || p.field !== touched.scope.own;
    if (!at || at.question !== touched.question) return true;
    const q = quiz.questions[at.question];
    const scope = scopeOf(q ? q.kind : '', at.rest);
    return scope.own !== touched.scope.own && scope.group !== touched.scope.group;
  });
}

let uniq = 0;

/** Takes every message out of `root`, and the marks they put on its controls. */
export function clearProblems(root) {
  for (const note of root.querySelectorAll('.field-error')) note.remove();
  for (const node of root.querySelectorAll('[aria-invalid], [aria-describedby]')) {
    node.removeAttribute('aria-invalid');
    const kept = (node.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.startsWith('problem-'));
    if (kept.length) node.setAttribute('aria-describedby', kept.join(' '));
    else node.removeAttribute('aria-describedby');
  }
}

/**
 * Puts `message` under `targets` (the nodes whose `data-field` names it)
 * and ties it to each control among them (aria-describedby, aria-invalid);
 * a group (a fieldset) is described by it.
 */
export function attachProblem(targets, message) {
  uniq += 1;
  const id = `problem-${uniq}`;
  const note = el('p', { className: 'field-error', text: message, attrs: { id } });
  const list = Array.isArray(targets) ? targets : [targets];
  const controls = list.filter((node) => node.matches('input, select, textarea'));
  const describe = (node) => {
    const described = node.getAttribute('aria-describedby');
    node.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
  };
  for (const control of controls) {
    control.setAttribute('aria-invalid', 'true');
    describe(control);
  }
  const first = list[0];
  if (controls.length === 1) {
    const row = first.closest('.answer-row');
    if (row) row.append(note);
    else (first.closest('.field') || first).after(note);
  } else if (controls.length > 1) {
    // Several marks (the correct answers): the message closes their group.
    (first.closest('fieldset') || first.parentNode).append(note);
  } else if (first.tagName === 'FIELDSET') {
    describe(first);
    first.append(note);
  } else {
    first.after(note);
  }
}

/**
 * Shows the messages about question `n` under the fields they name: the
 * exact field, else the nearest one holding it (`answers[3]` → `answers`),
 * else under the question's heading.
 */
export function showQuestionProblems(box, problems, n) {
  const prefix = `questions[${n}]`;
  for (const problem of problems) {
    if (problem.field !== prefix && !problem.field.startsWith(`${prefix}.`)) continue;
    let name = problem.field;
    let targets = [];
    while (name) {
      targets = [...box.querySelectorAll(`[data-field="${CSS.escape(name)}"]`)];
      if (targets.length) break;
      const shorter = name.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (shorter === name) break;
      name = shorter;
    }
    const head = box.querySelector('.question-head');
    if (targets.length) attachProblem(targets, problem.message);
    else if (head) attachProblem(head, problem.message);
  }
}
