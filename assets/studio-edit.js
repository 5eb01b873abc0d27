// The quiz editor (`/studio/new`, `/studio/edit/ID`): the quiz's title and
// description, its questions (added, duplicated, removed, reordered by drag
// and drop or Alt+↑/↓) and the rounds they start, the selected question's
// form (studio-question.js) and its preview (studio-preview.js).
//
// Saving is explicit. A new quiz is created with `POST /api/quizzes`; a
// stored one is replaced with `PUT /api/quizzes/ID` and the ETag it was read
// with in `If-Match`. When someone else saved in between (412), nothing
// typed is lost: the host reloads theirs or overwrites with theirs' ETag.
// Problems are shown next to the fields they name: the page checks the
// server's rules as the host types (studio-check.js), showing those of the
// fields touched (studio-problems.js), and the server's located messages
// from a refused save stand until what they name is edited. Saving is never
// blocked by the page's checks: the server is the judge.

import { el } from '/assets/common.js';
import { language, t, translate } from '/assets/i18n.js';
import {
  api, apiError, failureText, signInPanel,
} from '/assets/signin.js';
import {
  KINDS, copyQuestion, fromServer, move, newQuestion, newQuiz, problemsOf, questionOf, removeQuestion as removeFrom,
  toServer,
} from '/assets/studio-model.js';
import {
  drawList, enableDrag, focusInList, questionSummary,
} from '/assets/studio-list.js';
import { renderQuestion } from '/assets/studio-question.js';
import { checkQuiz } from '/assets/studio-check.js';
import {
  Touched, attachProblem, clearProblems, serverStillStands, showQuestionProblems,
} from '/assets/studio-problems.js';
import { renderPhone, renderScreen } from '/assets/studio-preview.js';

const $ = (id) => document.getElementById(id);

const state = {
  quiz: null,
  id: null, // the stored quiz's id; null until a new quiz is first saved
  etag: null, // the version the edits started from
  theirs: null, // the ETag of the version someone else saved (after a 412)
  dirty: false,
  saving: false,
  selected: 0,
  problems: [], // the server's messages from the last save, {field, message}
  touched: new Touched(), // the fields whose own checks are shown
  shown: [], // the messages shown: the server's, then the page's own checks'
  preview: 'phone',
  focusKey: null,
};

function quizIdFromPath() {
  const m = /^\/studio\/edit\/([^/]+)$/.exec(location.pathname);
  return m ? decodeURIComponent(m[1]) : null;
}

function quizUrl(id) {
  return `/api/quizzes/${encodeURIComponent(id)}`;
}

function setStatus(text) {
  $('save-status').textContent = text;
}

function showError(text) {
  $('page-error').textContent = text;
}

// ------------------------------------------------------------ loading

async function load() {
  const id = quizIdFromPath();
  if (id === null) {
    state.quiz = newQuiz();
    state.id = null;
    state.etag = null;
    opened();
    $('quiz-title').focus();
    return;
  }
  let response;
  try {
    response = await api(quizUrl(id), { cache: 'no-store' });
  } catch (error) {
    showError(failureText(error));
    return;
  }
  if (!response.ok) {
    showError(t('studio-open-failed', { error: await apiError(response) }));
    return;
  }
  state.quiz = fromServer(await response.json());
  state.id = state.quiz.id || id;
  state.etag = response.headers.get('ETag');
  opened();
}

/** Shows the editor for `state.quiz`, freshly loaded or created. */
function opened() {
  state.dirty = false;
  state.problems = [];
  state.touched.clear();
  state.theirs = null;
  state.selected = Math.min(state.selected, state.quiz.questions.length - 1);
  $('conflict').hidden = true;
  $('quiz-title').value = state.quiz.title;
  $('quiz-description').value = state.quiz.description;
  $('editor').hidden = false;
  renderAll();
}

// ------------------------------------------------------------ drawing

function renderAll() {
  check();
  renderHeading();
  renderProblems();
  renderList();
  renderEditor();
  renderPreview();
}

function renderHeading() {
  const title = state.quiz.title.trim();
  const untitled = state.id ? t('studio-edit-quiz') : t('studio-new-quiz');
  $('editor-heading').textContent = title ? t('studio-edit-heading', { title }) : untitled;
  document.title = t('studio-edit-doc-title', { title: title || untitled });
  $('quiz-id-note').textContent = state.id ? t('studio-id', { id: state.id }) : t('studio-id-note');
  $('host-quiz').disabled = state.quiz.questions.length === 0;
}

function problemsIn(index) {
  return state.shown.filter((p) => {
    const at = questionOf(p.field);
    return at && at.question === index;
  }).length;
}

function renderList() {
  drawList($('question-list'), state.quiz, state.selected, {
    problemsIn, select, move: moveQuestion, key: onListKey,
  });
}

function focusPick(index, button = null) {
  focusInList($('question-list'), index, button);
}

function renderEditor() {
  const box = $('question-editor');
  if (state.quiz.questions.length === 0) {
    box.replaceChildren(el('h2', { text: t('studio-no-questions'), attrs: { id: 'question-heading' } }),
      el('p', { className: 'muted', text: t('studio-add-first') }));
    return;
  }
  const ctx = {
    quiz: state.quiz,
    index: state.selected,
    problems: state.shown,
    focusKey: state.focusKey,
    changed: (structural) => {
      state.focusKey = ctx.focusKey;
      changed(structural);
    },
    duplicate: () => duplicateQuestion(state.selected),
    remove: () => removeQuestion(state.selected),
    upload: uploadMedia,
    mediaProblem: (message) => {
      state.problems = state.problems.filter((p) => p.field !== `questions[${state.selected + 1}].media`);
      state.problems.push({ field: `questions[${state.selected + 1}].media`, message });
      state.focusKey = 'upload';
      check();
      renderEditor();
      renderList();
    },
  };
  state.focusKey = null;
  renderQuestion(box, ctx);
}

function renderPreview() {
  const q = state.quiz.questions[state.selected];
  const total = state.quiz.questions.length;
  $('preview-phone').hidden = state.preview !== 'phone' || !q;
  $('preview-screen').hidden = state.preview !== 'screen' || !q;
  $('preview-as-phone').setAttribute('aria-pressed', String(state.preview === 'phone'));
  $('preview-as-screen').setAttribute('aria-pressed', String(state.preview === 'screen'));
  if (!q) return;
  if (state.preview === 'phone') renderPhone($('preview-phone'), q, state.selected, total);
  else renderScreen($('preview-screen'), q, state.selected, total);
}

/** The server's messages, listed above the form; each goes to its field. */
function renderProblems() {
  const list = state.problems.map((p) => {
    const at = questionOf(p.field);
    // The server's message stays as it sent it; only where it points is in the page's language.
    let where = p.field || t('reports-col-quiz');
    if (at) {
      where = at.rest
        ? t('studio-problem-at-field', { number: at.question + 1, field: at.rest })
        : t('studio-problem-at', { number: at.question + 1 });
    }
    const go = el('button', { type: 'button', className: 'link', text: `${where}: ${p.message}` });
    go.addEventListener('click', () => goToProblem(p));
    return el('li', {}, go);
  });
  $('problem-list').replaceChildren(...list);
  $('problems').hidden = list.length === 0;
  showQuizProblems();
}

/** The quiz's own messages under its fields; how many messages stand, beside Save. */
function showQuizProblems() {
  clearProblems(document.querySelector('.quiz-fields'));
  for (const old of document.querySelectorAll('.question-pane > .field-error')) old.remove();
  for (const p of state.shown) {
    if (questionOf(p.field)) continue;
    const target = document.querySelector(`.quiz-fields [data-field="${CSS.escape(p.field)}"]`);
    if (target) attachProblem(target, p.message);
    else attachProblem($('question-list'), p.message);
  }
  const count = state.shown.length;
  const said = count ? t('studio-check-count', { count }) : '';
  if ($('check-status').textContent !== said) $('check-status').textContent = said;
}

/** Runs the page's checks; `state.shown` becomes the messages to show. */
function check() {
  const named = new Set(state.problems.map((p) => p.field));
  const own = checkQuiz(state.quiz).filter((p) => !named.has(p.field) && state.touched.shows(state.quiz, p));
  state.shown = [...state.problems, ...own];
}

/** Shows `state.shown` in the page as it is drawn, without drawing the form again. */
function showChecks() {
  showQuizProblems();
  const box = $('question-editor');
  if (state.quiz.questions[state.selected]) {
    clearProblems(box);
    showQuestionProblems(box, state.shown, state.selected + 1);
  }
}

/**
 * Marks the field of `event.target` touched (typed into, changed, left, or a
 * part of it added or removed); an edit retires the server's messages about it.
 */
function touchedBy(event) {
  const node = event.target.closest && event.target.closest('[data-field]');
  if (!node || !node.isConnected || !node.closest('#question-editor, .quiz-fields')) return;
  if (event.type === 'click' && !event.target.closest('button')) return;
  const touched = state.touched.touch(state.quiz, node.dataset.field);
  if (!touched) return;
  // A text field's `change` comes when it is left, edited or not: only typing edits it.
  const target = event.target;
  const edited = event.type === 'input' || event.type === 'click'
    || (event.type === 'change' && (['checkbox', 'radio'].includes(target.type) || target.tagName === 'SELECT'));
  if (edited && state.problems.length) {
    const standing = serverStillStands(state.problems, state.quiz, touched);
    if (standing.length !== state.problems.length) {
      state.problems = standing;
      check();
      renderProblems();
    }
  }
  if (event.type === 'focusout') {
    check();
    showChecks();
    renderList();
  }
}

function goToProblem(problem) {
  const at = questionOf(problem.field);
  if (!at) {
    const target = document.querySelector(`.quiz-fields [data-field="${CSS.escape(problem.field)}"]`);
    (target || $('quiz-title')).focus();
    return;
  }
  select(at.question);
  const box = $('question-editor');
  let name = problem.field;
  while (name) {
    const target = box.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (target) {
      const control = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea, button');
      if (control) {
        control.focus();
        return;
      }
    }
    const shorter = name.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    if (shorter === name) break;
    name = shorter;
  }
  $('question-heading').focus();
}

// ------------------------------------------------------------ editing

function changed(structural = false) {
  state.dirty = true;
  if (!state.saving) setStatus(t('studio-unsaved'));
  check();
  if (structural) {
    showQuizProblems();
    renderEditor();
  } else {
    showChecks();
  }
  renderHeading();
  renderList();
  renderPreview();
}

function select(index) {
  if (index < 0 || index >= state.quiz.questions.length) return;
  state.selected = index;
  renderList();
  renderEditor();
  renderPreview();
}

/** Moves question `from` to `to`, keeping it selected and the keyboard on it. */
function moveQuestion(from, to, focus = null) {
  const total = state.quiz.questions.length;
  if (to < 0 || to >= total || from === to) return;
  const selectedUid = state.quiz.questions[state.selected].uid;
  move(state.quiz.questions, from, to);
  // Messages name questions by position: they are stale once positions change.
  state.problems = [];
  renderProblems();
  state.selected = state.quiz.questions.findIndex((q) => q.uid === selectedUid);
  if (state.selected < 0) state.selected = to;
  changed(true);
  focusPick(to, focus);
  $('order-status').textContent = t('studio-moved', { position: to + 1, total });
}

function onListKey(event, i) {
  if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    event.preventDefault();
    select(i);
    moveQuestion(i, event.key === 'ArrowUp' ? i - 1 : i + 1);
  } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
    // Arrows walk the list without moving anything.
    event.preventDefault();
    focusPick(Math.max(0, Math.min(state.quiz.questions.length - 1, i + (event.key === 'ArrowUp' ? -1 : 1))));
  }
}

function addQuestion() {
  const q = newQuestion($('new-kind').value);
  state.quiz.questions.splice(state.selected + 1, 0, q);
  state.selected = Math.min(state.selected + 1, state.quiz.questions.length - 1);
  state.problems = [];
  renderProblems();
  state.focusKey = null;
  changed(true);
  $('ed-text').focus();
}

function duplicateQuestion(index) {
  state.quiz.questions.splice(index + 1, 0, copyQuestion(state.quiz.questions[index]));
  state.selected = index + 1;
  state.problems = [];
  renderProblems();
  changed(true);
  $('question-heading').focus();
  $('order-status').textContent = t('studio-question-duplicated', { number: index + 1, copy: index + 2 });
}

function removeQuestion(index) {
  const { removed, roundTo } = removeFrom(state.quiz, index);
  state.selected = Math.max(0, Math.min(index, state.quiz.questions.length - 1));
  state.problems = [];
  renderProblems();
  if (!state.quiz.questions.length) state.touched.touch(state.quiz, 'questions');
  changed(true);
  let said = t('studio-question-removed', { number: index + 1, summary: questionSummary(removed) });
  if (roundTo !== null) {
    said = `${said} ${t('studio-round-passed', { name: state.quiz.questions[roundTo].round.trim(), number: roundTo + 1 })}`;
  }
  $('order-status').textContent = said;
  if (state.quiz.questions.length) focusPick(state.selected);
  else $('add-question').focus();
}

// ------------------------------------------------------------ media

/** Uploads a picture, sound or video; resolves to its `/media/…` address. */
async function uploadMedia(file) {
  const response = await api('/api/media', {
    method: 'POST',
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    body: file,
  });
  if (!response.ok) throw new Error(`${file.name}: ${await apiError(response)}`);
  const body = await response.json();
  if (!body || typeof body.url !== 'string') throw new Error(t('studio-unexpected-reply'));
  return body.url;
}

// ------------------------------------------------------------ saving

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Saves the quiz: creates it, or replaces the version it was read as
 * (`overwrite`: the version someone else saved, after a conflict).
 * Resolves to whether it was saved.
 */
async function save(overwrite = false) {
  if (state.saving) return false;
  state.saving = true;
  $('save').disabled = true;
  setStatus(t('studio-saving'));
  const body = JSON.stringify(toServer(state.quiz));
  const creating = state.id === null;
  let response;
  try {
    const headers = { 'Content-Type': 'application/json' };
    // The version the edits started from; never `*`, which would overwrite blindly.
    const version = overwrite ? state.theirs : state.etag;
    if (!creating && version) headers['If-Match'] = version;
    response = await api(creating ? '/api/quizzes' : quizUrl(state.id), {
      method: creating ? 'POST' : 'PUT', headers, body,
    });
  } catch (error) {
    setStatus(t('studio-not-saved-failure', { error: failureText(error) }).trim());
    return false;
  } finally {
    state.saving = false;
    $('save').disabled = false;
  }
  const reply = await readJson(response);
  if (response.status === 412) {
    state.theirs = response.headers.get('ETag');
    $('conflict').hidden = false;
    setStatus(t('studio-not-saved-conflict'));
    $('reload-theirs').focus();
    return false;
  }
  if (!response.ok) {
    state.problems = problemsOf(reply);
    // Once the server has judged, every problem the page knows of is shown
    // (a question added later is pristine again).
    for (const p of [...state.problems, ...checkQuiz(state.quiz)]) state.touched.touch(state.quiz, p.field);
    renderAll();
    if (state.problems.length) {
      setStatus(t('studio-not-saved-problems', { count: state.problems.length }));
      const first = $('problem-list').querySelector('button');
      if (first) first.focus();
    } else {
      const message = reply && typeof reply.error === 'string' ? reply.error : t('studio-server-answered', { status: String(response.status) });
      setStatus(t('studio-not-saved', { error: message }));
    }
    return false;
  }
  if (creating) {
    const fromLocation = (response.headers.get('Location') || '').split('/').pop();
    state.id = (reply && typeof reply.id === 'string' && reply.id) || decodeURIComponent(fromLocation || '');
    state.quiz.id = state.id;
    history.replaceState(null, '', `/studio/edit/${encodeURIComponent(state.id)}`);
  }
  state.etag = response.headers.get('ETag') || await currentEtag();
  state.theirs = null;
  state.dirty = false;
  state.problems = [];
  $('conflict').hidden = true;
  renderAll();
  setStatus(t('studio-saved-at', { time: new Date().toLocaleTimeString(language()) }));
  return true;
}

/** The stored version's ETag, when a save's answer did not carry it. */
async function currentEtag() {
  try {
    const response = await api(quizUrl(state.id), { cache: 'no-store' });
    return response.ok ? response.headers.get('ETag') : null;
  } catch {
    return null;
  }
}

async function reloadTheirs() {
  state.dirty = false;
  state.selected = 0;
  await load();
  setStatus(t('studio-theirs-loaded'));
  $('quiz-title').focus();
}

// ------------------------------------------------------------ hosting

async function hostQuiz() {
  if ((state.dirty || state.id === null) && !(await save())) return;
  setStatus(t('studio-starting'));
  try {
    const response = await api('/api/games', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quiz_id: state.id }),
    });
    if (!response.ok) throw new Error(t('studio-host-failed', { error: await apiError(response) }));
    const game = await response.json();
    if (!game || typeof game.screen_url !== 'string') throw new Error(t('studio-unexpected-reply'));
    location.assign(game.screen_url);
  } catch (error) {
    setStatus(failureText(error));
  }
}

// ------------------------------------------------------------ start

function init() {
  translate();
  $('new-kind').replaceChildren(...KINDS.map(([name, label]) => el('option', { text: label(), attrs: { value: name } })));
  $('editor').addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  $('quiz-title').addEventListener('input', () => {
    state.quiz.title = $('quiz-title').value;
    changed();
  });
  $('quiz-description').addEventListener('input', () => {
    state.quiz.description = $('quiz-description').value;
    changed();
  });
  $('add-question').addEventListener('click', addQuestion);
  $('host-quiz').addEventListener('click', hostQuiz);
  $('reload-theirs').addEventListener('click', reloadTheirs);
  $('overwrite').addEventListener('click', () => save(true));
  $('preview-as-phone').addEventListener('click', () => {
    state.preview = 'phone';
    renderPreview();
  });
  $('preview-as-screen').addEventListener('click', () => {
    state.preview = 'screen';
    renderPreview();
  });
  // Ctrl+S (⌘S) saves, as in any editor.
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !$('editor').hidden) {
      event.preventDefault();
      save();
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (!state.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });
  enableDrag($('question-list'), moveQuestion);
  // Before the controls' own handlers (capture), so a change is checked with its field touched.
  for (const type of ['input', 'change', 'click', 'focusout']) $('editor').addEventListener(type, touchedBy, true);
  signInPanel({
    content: 'editor',
    showError,
    signedIn: () => {
      // A session that ended mid-edit keeps what was typed.
      if (state.quiz) $('editor').hidden = false;
      else load();
    },
  });
}

init();
