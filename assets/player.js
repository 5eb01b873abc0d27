// The player page (`/` and `/join/PIN`): join form, then one view per game
// phase. Holds the resume token in localStorage so a dropped connection or a
// reload can rejoin. All server text is placed with textContent.

import { GameSocket, keepAwake, storage } from '/assets/common.js';
import {
  SESSION_KEY, countdown, markLocked, onAnswerAck, onDeadline, onFinal, onKicked,
  onPaused, onResult, render, choose, sendAnswer, state, updateScore,
} from '/assets/player-game.js';

const JOIN_TIMEOUT_MS = 10000;

const $ = (id) => document.getElementById(id);

let joinTimer = 0;
let bannerTimer = 0;

// ---------------------------------------------------------------- join form

function init() {
  const match = location.pathname.match(/^\/join\/(\d{1,6})\/?$/);
  const pathPin = match ? match[1] : '';
  const saved = storage.get(SESSION_KEY);
  if (saved && saved.pin && saved.token && (!pathPin || saved.pin === pathPin)) {
    $('resume-pin').textContent = saved.pin;
    $('resume-name').textContent = saved.nickname || 'a player';
    $('resume-offer').hidden = false;
  }
  if (pathPin) {
    $('pin').value = pathPin;
    $('nickname').focus();
  } else {
    $('pin').focus();
  }
  $('pin').addEventListener('input', () => {
    const digits = $('pin').value.replace(/\D/g, '').slice(0, 6);
    if (digits !== $('pin').value) $('pin').value = digits;
  });
  $('join-form').addEventListener('submit', onJoinSubmit);
  $('resume').addEventListener('click', () => {
    const s = storage.get(SESSION_KEY);
    if (s) resume(s.pin, s.token, s.nickname);
  });
  $('forget').addEventListener('click', () => {
    storage.remove(SESSION_KEY);
    $('resume-offer').hidden = true;
    $('pin').focus();
  });
  $('rejoin').addEventListener('click', onRejoinClick);
  $('answers').addEventListener('click', (event) => {
    const button = event.target.closest('button.answer');
    if (button) choose(Number(button.dataset.index));
  });
  // Phones drop Wi-Fi when the screen locks: try to come back on our own.
  const autoRejoin = () => {
    if (!$('lost').hidden && !state.connecting && !state.replaced && state.token) onRejoinClick();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') autoRejoin();
  });
  window.addEventListener('online', autoRejoin);
}

function onJoinSubmit(event) {
  event.preventDefault();
  if (state.connecting) return;
  const pin = $('pin').value.trim();
  const nickname = $('nickname').value.trim().replace(/\s+/g, ' ');
  setInvalid(null);
  $('join-error').textContent = '';
  if (!/^\d{6}$/.test(pin)) return joinError('Enter the 6-digit game PIN shown on the screen.', 'pin');
  if (!nickname) return joinError('Enter a nickname.', 'nickname');
  if ([...nickname].length > 20) return joinError('Nicknames can be at most 20 characters.', 'nickname');
  state.nickname = nickname;
  connect({ type: 'join', v: 1, pin, nickname }, 'join', pin);
}

function resume(pin, token, nickname) {
  state.token = token;
  state.nickname = nickname || state.nickname;
  connect({ type: 'resume', v: 1, pin, token }, 'resume', pin);
}

function onRejoinClick() {
  if (state.connecting) return;
  if (!state.token) {
    location.href = '/';
    return;
  }
  resume(state.pin, state.token, state.nickname);
}

function connect(hello, mode, pin) {
  if (state.socket) state.socket.close();
  state.mode = mode;
  state.pin = pin;
  state.connecting = true;
  state.helloError = null;
  state.refused = false;
  state.errorField = null;
  state.replaced = false;
  if (mode === 'join') {
    Object.assign(state, { token: '', playerId: null, answer: null, result: null, final: null, over: false, view: null });
  }
  setBusy(true);
  const socket = new GameSocket(hello, { onMessage, onClose: (info) => onClose(socket, info) });
  state.socket = socket;
  socket.open();
  clearTimeout(joinTimer);
  joinTimer = setTimeout(() => {
    if (state.socket === socket && state.connecting) {
      state.helloError = 'The game server did not answer. Check your connection and try again.';
      socket.close();
      connectFailed(socket);
    }
  }, JOIN_TIMEOUT_MS);
}

function setBusy(busy) {
  $('join').disabled = busy;
  $('join').textContent = busy && state.mode === 'join' ? 'Joining…' : 'Join';
  $('resume').disabled = busy;
  $('rejoin').disabled = busy;
  $('rejoin').textContent = busy ? 'Rejoining…' : 'Rejoin';
}

function setInvalid(field) {
  for (const id of ['pin', 'nickname']) {
    if (id === field) $(id).setAttribute('aria-invalid', 'true');
    else $(id).removeAttribute('aria-invalid');
  }
}

function joinError(text, field) {
  $('join-error').textContent = text;
  setInvalid(field || null);
  if (field) {
    $(field).focus();
    $(field).select();
  }
}

// ----------------------------------------------------------- socket events

function onMessage(msg) {
  switch (msg.type) {
    case 'welcome': return onWelcome(msg);
    case 'phase': return render(msg.state);
    case 'paused': return onPaused(msg);
    case 'deadline': return onDeadline(msg);
    case 'answer_ack': return onAnswerAck(msg);
    case 'result': return onResult(msg);
    case 'final': return onFinal(msg);
    case 'kicked': return onKicked();
    case 'error': return onServerError(msg);
    default: return undefined; // messages for hosts and screens
  }
}

function onWelcome(msg) {
  clearTimeout(joinTimer);
  state.connecting = false;
  setBusy(false);
  const resumed = state.mode === 'resume';
  state.pin = msg.pin;
  state.playerId = msg.player ? msg.player.id : state.playerId;
  state.nickname = msg.player ? msg.player.nickname : state.nickname;
  if (msg.token) state.token = msg.token;
  state.score = msg.score || 0;
  storage.set(SESSION_KEY, { pin: state.pin, token: state.token, nickname: state.nickname });

  $('join-error').textContent = '';
  $('join-view').hidden = true;
  $('lost').hidden = true;
  $('game-view').hidden = false;
  $('me').hidden = false;
  $('me-name').textContent = state.nickname;
  $('lobby-name').textContent = state.nickname;
  updateScore(state.score);
  keepAwake();

  const view = msg.state;
  const pending = state.answer;
  if (view.phase === 'answering' && msg.answered && (!pending || pending.index !== view.index)) {
    // Answered before a reload: we no longer know which one.
    state.answer = { index: view.index, choice: null, id: null, acked: true };
  } else if (view.phase === 'answering' && pending && pending.index === view.index && !msg.answered) {
    sendAnswer(); // lost on the way before the connection dropped
  } else if (pending && pending.index === view.index && msg.answered) {
    pending.acked = true;
  }
  state.resumedInto = resumed;
  render(view);
}

function onClose(socket, info) {
  if (socket !== state.socket || info.intentional) return;
  clearTimeout(joinTimer);
  state.connecting = false;
  setBusy(false);
  if (!info.welcomed) return connectFailed(socket);
  if (info.code === 4010) {
    if (!state.view || state.view.phase !== 'kicked') onKicked();
    return;
  }
  if (state.over) return; // ended or kicked is already on screen
  if (info.code === 4011) {
    render({ phase: 'ended' });
    return;
  }
  if (info.code === 4013) {
    state.replaced = true;
    return showLost('Playing somewhere else', 'You joined this game from another tab or device.', 'Play here instead');
  }
  showLost('Connection lost', 'Check your Wi-Fi, then rejoin. Your score is kept.', 'Rejoin');
}

/** The socket closed before `welcome`: a refused join or resume, or no server. */
function connectFailed(socket) {
  if (socket !== state.socket) return;
  state.connecting = false;
  setBusy(false);
  const text = state.helloError || 'Could not reach the game server. Check your connection and try again.';
  const refused = state.refused;
  if (state.mode === 'resume' && refused) {
    storage.remove(SESSION_KEY);
    $('resume-offer').hidden = true;
  }
  if (!$('game-view').hidden && state.mode === 'resume') {
    if (refused) {
      state.token = '';
      return showLost('Could not rejoin', text, 'Join again');
    }
    return showLost('Connection lost', text, 'Rejoin');
  }
  joinError(text, state.errorField);
}

function showLost(title, text, buttonText) {
  countdown.stop();
  $('lost-title').textContent = title;
  $('lost-text').textContent = text;
  $('rejoin').textContent = buttonText;
  $('lost').hidden = false;
  for (const b of document.querySelectorAll('#answers button')) b.disabled = true;
}

const FIELD_FOR_CODE = {
  unknown_game: 'pin', game_started: 'pin', game_full: 'pin',
  nickname_taken: 'nickname', nickname_invalid: 'nickname',
};

function onServerError(msg) {
  const text = sentence(msg.message || String(msg.code).replace(/_/g, ' '));
  if (state.connecting) {
    // Refusal of join/resume; the server closes the socket next.
    state.helloError = text;
    state.refused = true;
    state.errorField = FIELD_FOR_CODE[msg.code];
    return;
  }
  const view = state.view;
  if (msg.code === 'already_answered' && view && view.phase === 'answering') {
    if (!state.answer || state.answer.index !== view.index) {
      state.answer = { index: view.index, choice: null, id: null, acked: true };
    }
    state.answer.acked = true;
    return markLocked();
  }
  if (msg.code === 'too_late' && state.answer && !state.answer.acked) {
    $('locked').textContent = "Too late – time's up!";
    $('locked').hidden = false;
  }
  showBanner(text);
}

function sentence(text) {
  const s = String(text);
  return s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?…]$/.test(s) ? '' : '.');
}

function showBanner(text, ms = 4000) {
  const banner = $('banner');
  banner.textContent = text;
  banner.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => { banner.hidden = true; }, ms);
}

init();
