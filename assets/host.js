// The host page (`/host`): sign in, pick a quiz, set the game options, create
// the game with `POST /api/games`, then go to its presenter screen. Quiz
// titles and descriptions are placed with textContent only.
//
// Signing in and the session are signin.js's, shared with the studio pages;
// a session that ends brings the sign-in form back.

import { el, plural } from '/assets/common.js';
import {
  api, apiError, failureText, onSignedOut, session, signIn as requestSignIn, signOut as endSession,
} from '/assets/signin.js';

const $ = (id) => document.getElementById(id);

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
  $('signed-in').textContent = s ? `Signed in as ${s.username}` : '';
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
    if (error instanceof TypeError) showError('Could not reach the quizbox server. Is it running?');
    return;
  }
  if (!response.ok) {
    $('quiz-status').textContent = '';
    showError(`Could not load the quizzes: ${await apiError(response)}`);
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
      el('span', { className: 'quiz-meta', text: plural(count, 'question', 'questions') }),
      el('p', { className: 'quiz-desc', text: quiz.description || '', attrs: { id: descId } }));
  });
  $('quiz-list').replaceChildren(...items);
  if (quizzes.length === 0) {
    $('quiz-status').textContent = 'No quizzes yet. Write or import one in the quiz library (/studio), or with: quizbox import FILE';
  }
  applyFilter();
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
      ? plural(quizzes.length, 'quiz', 'quizzes')
      : `${shown.length} of ${plural(quizzes.length, 'quiz', 'quizzes')} match`;
  }
  // Keep a visible quiz selected so "Start game" always means what is seen.
  const current = shown.find((li) => li.dataset.id === selected);
  select(current ? selected : (shown[0] ? shown[0].dataset.id : null));
}

function select(id) {
  selected = id;
  for (const li of document.querySelectorAll('#quiz-list .quiz')) {
    const on = li.dataset.id === id;
    li.classList.toggle('selected', on);
    li.querySelector('input').checked = on;
  }
  $('start-game').disabled = starting || selected === null;
}

function readOptions() {
  const raw = $('intro-secs').value.trim();
  const introSecs = Number(raw);
  if (raw === '' || !Number.isInteger(introSecs) || introSecs < 0 || introSecs > 30) {
    $('intro-secs').setAttribute('aria-invalid', 'true');
    $('intro-secs').focus();
    showError('Seconds before answers open must be a whole number from 0 to 30.');
    return null;
  }
  $('intro-secs').removeAttribute('aria-invalid');
  const advanceRaw = $('auto-advance-secs').value.trim();
  const advanceSecs = advanceRaw === '' ? 0 : Number(advanceRaw);
  if (!Number.isInteger(advanceSecs) || advanceSecs < 0 || advanceSecs > 600) {
    $('auto-advance-secs').setAttribute('aria-invalid', 'true');
    $('auto-advance-secs').focus();
    showError('Auto-advance must be a whole number of seconds from 0 (off) to 600.');
    return null;
  }
  $('auto-advance-secs').removeAttribute('aria-invalid');
  return {
    intro_secs: introSecs,
    streak_bonus: $('streak-bonus').checked,
    shuffle_questions: $('shuffle-questions').checked,
    shuffle_answers: $('shuffle-answers').checked,
    questions_on_screen_only: $('questions-on-screen-only').checked,
    generated_nicknames: $('generated-nicknames').checked,
    late_join: $('late-join').checked,
    auto_advance_secs: advanceSecs,
  };
}

async function startGame(event) {
  event.preventDefault();
  if (starting) return;
  showError('');
  if (selected === null) {
    showError('Choose a quiz first.');
    return;
  }
  const options = readOptions();
  if (!options) return;
  starting = true;
  $('start-game').disabled = true;
  $('start-game').textContent = 'Starting…';
  try {
    const response = await api('/api/games', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quiz_id: selected, ...options }),
    });
    if (!response.ok) throw new Error(`Could not start the game: ${await apiError(response)}`);
    const game = await response.json();
    if (!game || typeof game.screen_url !== 'string') throw new Error('The server sent an unexpected reply.');
    location.assign(game.screen_url);
  } catch (error) {
    const text = failureText(error);
    if (text) showError(text);
    starting = false;
    $('start-game').textContent = 'Start game';
    $('start-game').disabled = selected === null;
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
  $('login-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  onSignedOut(showLogin);
  if (session()) showHost();
  else showLogin('');
}

init();
