// The host page (`/host`): sign in, pick a quiz, set the game options, create
// the game with `POST /api/games`, then go to its presenter screen. Quiz
// titles and descriptions are placed with textContent only.
//
// The quiz choice comes first, and nothing is chosen for the host: Start
// stays disabled until a quiz is picked (or named by `/host?quiz=ID`, as a
// link to host one quiz does), then names it. A quiz the filter hides is no
// longer chosen, so Start never starts a quiz the host cannot see.
//
// Signing in and the session are signin.js's, shared with the studio pages;
// a session that ends brings the sign-in form back.

import { el } from '/assets/common.js';
import {
  LANGUAGES, languagePicker, t, translate,
} from '/assets/i18n.js';
import {
  api, apiError, failureText, onSignedOut, session, signIn as requestSignIn, signOut as endSession,
} from '/assets/signin.js';

const $ = (id) => document.getElementById(id);

translate();

let quizzes = [];
let selected = null; // id of the chosen quiz
let starting = false;

function showLogin(message) {
  $('host-form').hidden = true;
  $('login-form').hidden = false;
  $('signed-in').hidden = true;
  $('sign-out').hidden = true;
  showError(message || '');
  $('login-username').focus();
}

function showHost() {
  const s = session();
  $('login-form').hidden = true;
  $('host-form').hidden = false;
  $('signed-in').textContent = s ? t('signin-signed-in-as', { name: s.username }) : '';
  $('signed-in').hidden = !s;
  $('sign-out').hidden = !s;
  showError('');
  loadQuizzes();
}

async function signIn(event) {
  event.preventDefault();
  showError('');
  $('login').disabled = true;
  const problem = await requestSignIn($('login-username').value, $('login-password').value);
  $('login').disabled = false;
  if (problem) {
    showError(problem);
    return;
  }
  $('login-password').value = '';
  showHost();
}

async function signOut() {
  await endSession();
  showLogin('');
}

function showError(text) {
  $('host-error').textContent = text;
}

async function loadQuizzes() {
  let response;
  try {
    response = await api('/api/quizzes');
  } catch (error) {
    $('quiz-status').textContent = '';
    if (error instanceof TypeError) showError(t('signin-unreachable'));
    return;
  }
  if (!response.ok) {
    $('quiz-status').textContent = '';
    showError(t('host-load-failed', { error: await apiError(response) }));
    return;
  }
  try {
    quizzes = await response.json();
  } catch {
    quizzes = [];
  }
  if (!Array.isArray(quizzes)) quizzes = [];
  renderList();
}

function renderList() {
  const items = quizzes.map((quiz, i) => {
    const radioId = `quiz-${i}`;
    const descId = `quiz-desc-${i}`;
    const radio = el('input', {
      type: 'radio',
      attrs: { name: 'quiz', id: radioId, value: quiz.id, 'aria-describedby': descId },
    });
    const count = Number(quiz.question_count) || 0;
    return el('li', { className: 'quiz', dataset: { id: quiz.id } },
      radio,
      el('label', { className: 'quiz-name', text: quiz.title || quiz.id, attrs: { for: radioId } }),
      el('span', { className: 'quiz-meta', text: t('host-question-count', { count }) }),
      el('p', { className: 'quiz-desc', text: quiz.description || '', attrs: { id: descId } }));
  });
  $('quiz-list').replaceChildren(...items);
  if (quizzes.length === 0) {
    $('quiz-status').textContent = t('host-no-quizzes');
  }
  if (selected === null) selected = linkedQuiz();
  applyFilter();
  const chosen = document.querySelector('#quiz-list .quiz.selected');
  if (chosen) chosen.scrollIntoView({ block: 'nearest' });
}

function visibleItems() {
  return [...document.querySelectorAll('#quiz-list .quiz')].filter((li) => !li.hidden);
}

function applyFilter() {
  const words = $('quiz-filter').value.toLowerCase().split(/\s+/).filter(Boolean);
  quizzes.forEach((quiz, i) => {
    const haystack = `${quiz.title || ''} ${quiz.description || ''} ${quiz.id}`.toLowerCase();
    const li = $('quiz-list').children[i];
    li.hidden = !words.every((w) => haystack.includes(w));
  });
  const shown = visibleItems();
  if (quizzes.length > 0) {
    $('quiz-status').textContent = shown.length === quizzes.length
      ? t('host-quiz-count', { count: quizzes.length })
      : t('host-quizzes-match', { shown: shown.length, total: quizzes.length });
  }
  // Only a quiz in sight stays chosen: Start always means what is seen.
  const current = shown.find((li) => li.dataset.id === selected);
  select(current ? selected : null);
}

/** The quiz `/host?quiz=ID` names, if it is in the list. */
function linkedQuiz() {
  const id = new URLSearchParams(location.search).get('quiz');
  return quizzes.some((quiz) => quiz.id === id) ? id : null;
}

function titleOf(id) {
  const quiz = quizzes.find((q) => q.id === id);
  return quiz ? (quiz.title || quiz.id) : '';
}

function select(id) {
  selected = id;
  for (const li of document.querySelectorAll('#quiz-list .quiz')) {
    const on = li.dataset.id === id;
    li.classList.toggle('selected', on);
    li.querySelector('input').checked = on;
  }
  renderStart();
}

/** Start names the chosen quiz, and stays disabled until there is one. */
function renderStart() {
  const button = $('start-game');
  button.disabled = starting || selected === null;
  if (starting) return;
  if (selected === null) {
    button.textContent = t('host-start');
    $('start-note').textContent = quizzes.length > 0 ? t('host-start-note') : '';
  } else {
    button.textContent = t('host-start-quiz', { title: titleOf(selected) });
    $('start-note').textContent = t('host-start-note-pin');
  }
}

function readOptions() {
  const raw = $('intro-secs').value.trim();
  const introSecs = Number(raw);
  if (raw === '' || !Number.isInteger(introSecs) || introSecs < 0 || introSecs > 30) {
    $('intro-secs').setAttribute('aria-invalid', 'true');
    $('intro-secs').focus();
    showError(t('host-invalid-intro', { max: 30 }));
    return null;
  }
  $('intro-secs').removeAttribute('aria-invalid');
  const advanceRaw = $('auto-advance-secs').value.trim();
  const advanceSecs = advanceRaw === '' ? 0 : Number(advanceRaw);
  if (!Number.isInteger(advanceSecs) || advanceSecs < 0 || advanceSecs > 600) {
    $('auto-advance-secs').setAttribute('aria-invalid', 'true');
    $('auto-advance-secs').focus();
    showError(t('host-invalid-auto-advance', { max: 600 }));
    return null;
  }
  $('auto-advance-secs').removeAttribute('aria-invalid');
  const breakRaw = $('break-secs').value.trim();
  const breakSecs = breakRaw === '' ? 60 : Number(breakRaw);
  if (!Number.isInteger(breakSecs) || breakSecs < 0 || breakSecs > 3600) {
    $('break-secs').setAttribute('aria-invalid', 'true');
    $('break-secs').focus();
    showError(t('host-invalid-break', { max: 3600 }));
    return null;
  }
  $('break-secs').removeAttribute('aria-invalid');
  const teams = readTeams();
  if (!teams) return null;
  return {
    intro_secs: introSecs,
    streak_bonus: $('streak-bonus').checked,
    shuffle_questions: $('shuffle-questions').checked,
    shuffle_answers: $('shuffle-answers').checked,
    questions_on_screen_only: $('questions-on-screen-only').checked,
    generated_nicknames: $('generated-nicknames').checked,
    late_join: $('late-join').checked,
    auto_advance_secs: advanceSecs,
    break_secs: breakSecs,
    teams,
    // Empty: the big screen follows its own browser's languages.
    screen_language: $('screen-language').value || undefined,
  };
}

/** The team mode chosen, as `POST /api/games` takes it; null (with the
 * error shown) when the list of names will not do. */
function readTeams() {
  const mode = $('team-mode').value;
  if (mode !== 'auto' && mode !== 'pick') return { mode };
  const names = $('team-names').value.split('\n').map((n) => n.trim()).filter((n) => n !== '');
  const unique = new Set(names);
  if (names.length < 2 || names.length > 20 || unique.size !== names.length
      || names.some((n) => [...n].length > 30)) {
    $('team-names').setAttribute('aria-invalid', 'true');
    $('team-names').focus();
    showError(t('host-invalid-teams', { min: 2, max: 20, chars: 30 }));
    return null;
  }
  $('team-names').removeAttribute('aria-invalid');
  return { mode, names };
}

function showTeamNames() {
  const mode = $('team-mode').value;
  $('team-names-option').hidden = mode !== 'auto' && mode !== 'pick';
}

async function startGame(event) {
  event.preventDefault();
  if (starting) return;
  showError('');
  if (selected === null) {
    showError(t('host-choose-first'));
    $('quiz-filter').focus();
    return;
  }
  const options = readOptions();
  if (!options) return;
  starting = true;
  $('start-game').disabled = true;
  $('start-game').textContent = t('host-starting');
  try {
    const response = await api('/api/games', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quiz_id: selected, ...options }),
    });
    if (!response.ok) throw new Error(t('host-start-failed', { error: await apiError(response) }));
    const game = await response.json();
    if (!game || typeof game.screen_url !== 'string') throw new Error(t('host-unexpected-reply'));
    location.assign(game.screen_url);
  } catch (error) {
    const text = failureText(error);
    if (text) showError(text);
    starting = false;
    renderStart();
  }
}

function init() {
  $('quiz-filter').addEventListener('input', applyFilter);
  $('quiz-list').addEventListener('change', (event) => {
    if (event.target.name === 'quiz') select(event.target.value);
  });
  // A click anywhere on a quiz's row chooses it, not only on its title.
  $('quiz-list').addEventListener('click', (event) => {
    const li = event.target.closest('.quiz');
    if (li) select(li.dataset.id);
  });
  $('host-form').addEventListener('submit', startGame);
  $('team-mode').addEventListener('change', showTeamNames);
  // The default team names, in the host's language; what the host types is content and stays as typed.
  $('team-names').value = [t('host-team-red'), t('host-team-blue')].join('\n');
  showTeamNames();
  languagePicker($('lang-picker'));
  $('screen-language').append(...LANGUAGES.map(([tag, name]) => {
    const option = document.createElement('option');
    option.value = tag;
    option.lang = tag;
    option.textContent = name;
    return option;
  }));
  $('login-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  onSignedOut(showLogin);
  if (session()) showHost();
  else showLogin('');
}

init();
