// A host's session, shared by the host page and the studio pages: the token
// `POST /api/login` gives is kept in localStorage and sent as
// `Authorization: Bearer` with each request. A 401 means it ended: it is
// dropped and the page is told, so it can show its sign-in form again.

import { storage } from '/assets/common.js';
import { t } from '/assets/i18n.js';

export const SESSION_KEY = 'quizbox.host.session';

/** What a page does when the session ends (set with `onSignedOut`). */
let signedOut = () => {};

export function onSignedOut(handler) {
  signedOut = handler;
}

/** The stored session ({token, username, expires_at}), if it has not expired. */
export function session() {
  const s = storage.get(SESSION_KEY);
  if (!s || typeof s.token !== 'string') return null;
  if (typeof s.expires_at === 'number' && s.expires_at <= Date.now()) {
    storage.remove(SESSION_KEY);
    return null;
  }
  return s;
}

/** fetch with the session token; a 401 signs out and throws. */
export async function api(path, options = {}) {
  const s = session();
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (s) headers.Authorization = `Bearer ${s.token}`;
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    storage.remove(SESSION_KEY);
    signedOut(t('signin-session-ended'));
    throw new Error('');
  }
  return response;
}

/** The message of a failed API response: its JSON `error`, else the HTTP status. */
export async function apiError(response) {
  let message = '';
  try {
    const body = await response.json();
    if (body && typeof body.error === 'string') message = body.error;
  } catch {
    /* not JSON */
  }
  return message || t('signin-server-answered', { status: String(response.status), text: response.statusText }).trim();
}

/** The text for an error thrown by `api`: a network failure, or its message. */
export function failureText(error) {
  return error instanceof TypeError ? t('signin-unreachable') : (error && error.message) || '';
}

/** Signs in; resolves to '' on success or the message to show. */
export async function signIn(username, password) {
  try {
    const response = await fetch('/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) return apiError(response);
    const body = await response.json();
    storage.set(SESSION_KEY, { token: body.token, username: body.username, expires_at: body.expires_at });
    return '';
  } catch {
    return t('signin-unreachable');
  }
}

/** Ends the session on the server (if it can be reached) and here. */
export async function signOut() {
  try {
    await api('/api/logout', { method: 'POST' });
  } catch {
    /* signed out locally either way */
  }
  storage.remove(SESSION_KEY);
}

/**
 * Wires a page's sign-in form, its "Signed in as" line and its sign-out
 * button (ids `login-form`, `login-username`, `login-password`, `login`,
 * `signed-in`, `sign-out`). `content` is the id of what only a signed-in
 * host sees, hidden while the form shows; `showError` shows a message;
 * `signedIn` runs once a host is signed in, from the form or with a
 * session kept from before.
 */
export function signInPanel({ content, showError, signedIn }) {
  const $ = (id) => document.getElementById(id);
  const showLogin = (message) => {
    $(content).hidden = true;
    $('login-form').hidden = false;
    $('signed-in').hidden = true;
    $('sign-out').hidden = true;
    showError(message || '');
    $('login-username').focus();
  };
  const showSignedIn = () => {
    const s = session();
    $('login-form').hidden = true;
    $('signed-in').textContent = s ? t('signin-signed-in-as', { name: s.username }) : '';
    $('signed-in').hidden = !s;
    $('sign-out').hidden = !s;
    showError('');
    signedIn();
  };
  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('login').disabled = true;
    const problem = await signIn($('login-username').value, $('login-password').value);
    $('login').disabled = false;
    if (problem) {
      showError(problem);
      return;
    }
    $('login-password').value = '';
    showSignedIn();
  });
  $('sign-out').addEventListener('click', async () => {
    await signOut();
    showLogin('');
  });
  // A session that ends mid-edit keeps the page filled in underneath:
  // signing in again brings it back.
  onSignedOut(showLogin);
  if (session()) showSignedIn();
  else showLogin('');
}
