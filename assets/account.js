// The page a one-time link from a mail opens: /account/invite (choose a
// username and password for an invited account) or /account/reset (set a
// new password). The link's secret is after `#`, so it never reaches a
// server log; it is sent once, in the body of the request that uses it,
// and taken out of the address bar at once.

const kind = location.pathname.endsWith('/invite') ? 'invite' : 'reset';
const secret = decodeURIComponent(location.hash.slice(1));
history.replaceState(null, '', location.pathname);

const $ = (id) => document.getElementById(id);
const form = $('account-form');
const error = $('account-error');

if (kind === 'invite') {
  $('account-title').textContent = 'Welcome to quizbox';
  $('account-intro').textContent = 'Choose the username and password you will sign in with.';
  $('account-legend').textContent = 'Your new account';
  $('username-row').hidden = false;
  $('account-username').required = true;
  $('account-submit').textContent = 'Create my account';
} else {
  $('account-title').textContent = 'Set a new password';
  $('account-legend').textContent = 'New password';
  $('account-submit').textContent = 'Set the password';
}

if (!secret) {
  error.textContent = 'This address lacks its secret: open the link from the mail again.';
} else {
  form.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const password = $('account-password').value;
  if (password !== $('account-again').value) {
    error.textContent = 'The two passwords differ.';
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
      error.textContent = reply.error || `The server said ${response.status}.`;
      $('account-submit').disabled = false;
      return;
    }
    form.hidden = true;
    const done = $('account-done');
    done.textContent = kind === 'invite'
      ? `Your account ${reply.username} is ready. Sign in with it now.`
      : `The password of ${reply.username} is set. Sign in with it now.`;
    done.hidden = false;
  } catch {
    error.textContent = 'The server cannot be reached. Try again.';
    $('account-submit').disabled = false;
  }
});
