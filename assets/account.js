// The page a one-time link from a mail opens: /account/invite (choose a
// username and password for an invited account) or /account/reset (set a
// new password). The link's secret is after `#`, so it never reaches a
// server log; it is sent once, in the body of the request that uses it,
// and taken out of the address bar at once.

import { t, translate } from '/assets/i18n.js';

translate();

const kind = location.pathname.endsWith('/invite') ? 'invite' : 'reset';
const secret = decodeURIComponent(location.hash.slice(1));
history.replaceState(null, '', location.pathname);

const $ = (id) => document.getElementById(id);
const form = $('account-form');
const error = $('account-error');

if (kind === 'invite') {
  $('account-title').textContent = t('account-invite-title');
  $('account-intro').textContent = t('account-invite-intro');
  $('account-legend').textContent = t('account-invite-legend');
  $('username-row').hidden = false;
  $('account-username').required = true;
  $('account-submit').textContent = t('account-invite-submit');
} else {
  $('account-title').textContent = t('account-reset-title');
  $('account-legend').textContent = t('account-reset-legend');
  $('account-submit').textContent = t('account-reset-submit');
}

if (!secret) {
  error.textContent = t('account-no-secret');
} else {
  form.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const password = $('account-password').value;
  if (password !== $('account-again').value) {
    error.textContent = t('account-passwords-differ');
    return;
  }
  const body = kind === 'invite'
    ? { token: secret, username: $('account-username').value.trim(), password }
    : { token: secret, password };
  const path = kind === 'invite' ? '/api/invitations/accept' : '/api/password-reset/confirm';
  $('account-submit').disabled = true;
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const reply = await response.json().catch(() => ({}));
    if (!response.ok) {
      error.textContent = reply.error || t('account-server-said', { status: String(response.status) });
      $('account-submit').disabled = false;
      return;
    }
    form.hidden = true;
    const done = $('account-done');
    done.textContent = kind === 'invite'
      ? t('account-invite-done', { name: reply.username })
      : t('account-reset-done', { name: reply.username });
    done.hidden = false;
  } catch {
    error.textContent = t('account-unreachable');
    $('account-submit').disabled = false;
  }
});
