// The player page (`/` and `/join/PIN`): join form, then one view per game
// phase. The resume token is kept in localStorage: a reload goes straight
// back into the game, and a dropped connection is resumed on its own, with
// backoff, while #connection says "Reconnecting…". All server text is placed
// with textContent.

import { languagePicker, t, translate } from '/assets/i18n.js';
import { GameSocket, backoffDelay, keepAwake, storage } from '/assets/common.js';
import { errorText, sentence } from '/assets/errors.js';
import {
  SESSION_KEY, countdown, markLocked, onAnswerAck, onDeadline, onFinal, onKicked,
  onPaused, onResult, render, saveSession, sendAnswer, setConnection, showPanel,
  state, updateScore,
} from '/assets/player-game.js';
import { isAnswerValue, setControlsEnabled } from '/assets/player-kinds.js';
import { onTeam, renderTeam, teamWelcome } from '/assets/player-team.js';

const JOIN_TIMEOUT_MS = 10000;
/** After this many failed attempts the reconnect line says a little more. */
const PATIENCE = 3;

const $ = (id) => document.getElementById(id);

let joinTimer = 0;
let bannerTimer = 0;
let retryTimer = 0;

// -------------------------------------------------------------------- sound

// Phones stay silent unless the player turns sound on. The sound module is
// fetched only then, so the page's first load stays small.
const SOUND_KEY = 'quizbox.sound.phone';
let sound = null;

async function loadSound() {
  if (!sound) {
    const { Sound } = await import('/assets/sound.js');
    sound ||= new Sound({ key: SOUND_KEY, music: false, muted: true });
    sound.onChange = renderSoundToggle;
  }
  return sound;
}

function renderSoundToggle() {
  $('sound-toggle').setAttribute('aria-pressed', String(Boolean(sound && !sound.muted)));
}

async function toggleSound() {
  const s = await loadSound();
  s.setMuted(!s.muted);
  if (!s.muted) {
    await s.enable();
    if (state.view) s.follow(state.view);
  }
}

/** Lets the sound module play what the phase calls for, once it is loaded. */
function followSound() {
  if (sound && state.view) sound.follow(state.view);
}

function initSound() {
  renderSoundToggle();
  $('sound-toggle').addEventListener('click', toggleSound);
  const saved = storage.get(SOUND_KEY);
  if (saved && saved.muted === false) {
    // Turned on before a reload: the first tap lets it play again.
    loadSound().then(() => {
      const unlock = () => { if (sound.locked) sound.enable(); };
      document.addEventListener('click', unlock);
      document.addEventListener('keydown', unlock);
    });
  }
}

// ---------------------------------------------------------------- join form

function init() {
  translate();
  languagePicker($('lang-picker'));
  initSound();
  const match = location.pathname.match(/^\/join\/(\d{1,6})\/?$/);
  const pathPin = match ? match[1] : '';
  $('pin').addEventListener('input', () => {
    const digits = $('pin').value.replace(/\D/g, '').slice(0, 6);
    if (digits !== $('pin').value) $('pin').value = digits;
  });
  $('join-form').addEventListener('submit', onJoinSubmit);
  $('resume').addEventListener('click', () => {
    const s = storage.get(SESSION_KEY);
    if (s && s.pin && s.token) startResume(s);
  });
  $('forget').addEventListener('click', () => {
    storage.remove(SESSION_KEY);
    $('resume-offer').hidden = true;
    $('pin').focus();
  });
  $('leave').addEventListener('click', leave);
  $('rejoin').addEventListener('click', onRejoinClick);
  // Phones drop Wi-Fi when the screen locks. When the page is back, do not
  // wait for the backoff to run out, and check that an open connection
  // survived the nap (a dead one is noticed and replaced).
  const retryNow = () => {
    if (retryTimer) reconnectNow();
    else if (state.socket && !state.connecting) state.socket.probe();
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') retryNow();
  });
  window.addEventListener('online', retryNow);

  const saved = storage.get(SESSION_KEY);
  const ours = saved && saved.pin && saved.token && (!pathPin || saved.pin === pathPin);
  if (ours && !saved.left) {
    // A reload (or the QR code of the game we are in): straight back in.
    startResume(saved);
    return;
  }
  if (ours) showResumeOffer(saved);
  // Join tapped before this script ran (it waits for its catalog): the
  // browser sent the form itself, as ?pin=…&nickname=…. Finish that join.
  const early = new URLSearchParams(location.search);
  if (early.has('nickname')) {
    history.replaceState(null, '', location.pathname);
    $('pin').value = (early.get('pin') || pathPin).replace(/\D/g, '').slice(0, 6);
    $('nickname').value = early.get('nickname');
    $('join-form').requestSubmit();
    return;
  }
  if (pathPin) {
    $('pin').value = pathPin;
    $('nickname').focus();
  } else {
    $('pin').focus();
  }
}

function showResumeOffer(session) {
  $('resume-pin').textContent = session.pin;
  $('resume-name').textContent = session.nickname || 'a player';
  $('resume-offer').hidden = false;
}

function onJoinSubmit(event) {
  event.preventDefault();
  if (state.connecting) return;
  const pin = $('pin').value.trim();
  const nickname = $('nickname').value.trim().replace(/\s+/g, ' ');
  setInvalid(null);
  $('join-error').textContent = '';
  if (!/^\d{6}$/.test(pin)) return joinError(t('error-pin'), 'pin');
  if (!nickname) return joinError(t('error-nickname'), 'nickname');
  if ([...nickname].length > 20) return joinError(t('error-nickname-long', { max: 20 }), 'nickname');
  state.nickname = nickname;
  state.typed = nickname;
  connect({ type: 'join', v: 1, pin, nickname }, 'join', pin);
}

/** Goes back into a game we hold a token for (after a reload, or "Rejoin"). */
function startResume(session) {
  const a = session.answer;
  Object.assign(state, {
    pin: String(session.pin),
    token: String(session.token),
    nickname: session.nickname ? String(session.nickname) : '',
    score: Number(session.score) || 0,
    playerId: null,
    answer: a && Number.isInteger(a.index) && isAnswerValue(a.value) && a.id
      ? { index: a.index, value: a.value, id: String(a.id), acked: Boolean(a.acked) }
      : null,
    result: null,
    final: null,
    over: false,
    replaced: false,
    view: null,
    retries: 0,
  });
  $('resume-offer').hidden = true;
  showGameShell();
  $('rejoining-text').textContent = state.nickname
    ? t('rejoining-as', { pin: state.pin, name: state.nickname })
    : t('rejoining-game', { pin: state.pin });
  showPanel('rejoining');
  resume();
}

function resume() {
  connect({ type: 'resume', v: 1, pin: state.pin, token: state.token }, 'resume', state.pin);
}

/** "Leave": back to the join form; the game can still be rejoined from there. */
function leave() {
  cancelRetry();
  clearTimeout(joinTimer);
  const socket = state.socket;
  state.socket = null;
  if (socket) socket.close();
  countdown.stop();
  state.connecting = false;
  setBusy(false);
  setConnection('');
  if (state.token && !state.over) {
    const session = { pin: state.pin, token: state.token, nickname: state.nickname, score: state.score, left: true };
    storage.set(SESSION_KEY, session);
    showResumeOffer(session);
  }
  Object.assign(state, {
    token: '', playerId: null, answer: null, result: null, final: null, over: false, replaced: false, view: null,
  });
  $('game-view').hidden = true;
  $('lost').hidden = true;
  $('me').hidden = true;
  $('leave').hidden = true;
  $('join-view').hidden = false;
  $('pin').focus();
}

function onRejoinClick() {
  if (state.connecting) return;
  if (!state.token) {
    location.href = '/';
    return;
  }
  resume();
}

function connect(hello, mode, pin) {
  cancelRetry();
  if (state.socket) state.socket.close();
  state.mode = mode;
  state.pin = pin;
  state.connecting = true;
  state.helloError = null;
  state.refused = false;
  state.errorField = null;
  state.errorCode = null;
  state.replaced = false;
  if (mode === 'join') {
    Object.assign(state, {
      token: '', playerId: null, score: 0, answer: null, result: null, final: null, over: false, view: null, retries: 0,
    });
  }
  setBusy(true);
  const socket = new GameSocket(hello, { onMessage, onClose: (info) => onClose(socket, info) });
  state.socket = socket;
  socket.open();
  clearTimeout(joinTimer);
  joinTimer = setTimeout(() => {
    if (state.socket !== socket || !state.connecting) return;
    socket.close();
    state.connecting = false;
    setBusy(false);
    if (mode === 'resume') {
      scheduleReconnect();
      return;
    }
    state.helloError = t('error-no-answer');
    connectFailed(socket);
  }, JOIN_TIMEOUT_MS);
}

function setBusy(busy) {
  $('join').disabled = busy;
  $('join').textContent = busy && state.mode === 'join' ? t('joining') : t('join');
  $('resume').disabled = busy;
  $('rejoin').disabled = busy;
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

function showGameShell() {
  $('join-error').textContent = '';
  $('join-view').hidden = true;
  $('lost').hidden = true;
  $('game-view').hidden = false;
  $('me').hidden = false;
  $('leave').hidden = false;
  $('me-name').textContent = state.nickname;
  $('lobby-name').textContent = state.nickname;
  updateScore(state.score);
}

// ------------------------------------------------------------ reconnecting

function scheduleReconnect() {
  if (!state.token || state.over) return;
  const attempt = state.retries;
  state.retries += 1;
  setConnection(attempt < PATIENCE ? t('reconnecting') : t('reconnecting-kept'));
  clearTimeout(retryTimer);
  retryTimer = setTimeout(reconnectNow, backoffDelay(attempt));
}

function reconnectNow() {
  cancelRetry();
  if (state.over || state.connecting || !state.token) return;
  resume();
}

function cancelRetry() {
  clearTimeout(retryTimer);
  retryTimer = 0;
}

// ----------------------------------------------------------- socket events

function onMessage(msg) {
  switch (msg.type) {
    case 'welcome': return onWelcome(msg);
    case 'phase': render(msg.state); followTeam(); return followSound();
    case 'team': onTeam(msg); return followTeam();
    case 'paused': onPaused(msg); return followSound();
    case 'deadline': onDeadline(msg); return followSound();
    case 'answer_ack': return onAnswerAck(msg);
    case 'storage': return onStorage(msg);
    case 'result': return onResult(msg);
    case 'final': return onFinal(msg);
    case 'kicked': return onKicked();
    case 'error': return onServerError(msg);
    default: return undefined; // messages for hosts and screens
  }
}

/**
 * A welcome: after join or resume, or again at any time when the server
 * resynchronises a client that fell behind. Everything is redrawn from it.
 */
function onWelcome(msg) {
  clearTimeout(joinTimer);
  cancelRetry();
  state.retries = 0;
  state.connecting = false;
  setBusy(false);
  setConnection('');
  if (msg.pin) state.pin = msg.pin;
  if (msg.player) {
    state.playerId = msg.player.id;
    state.nickname = msg.player.nickname;
    // A game with generated nicknames ignores the typed one: say which name
    // the player now has, as that is what the big screen shows.
    if (state.typed !== null) {
      $('nick-note').hidden = state.nickname === state.typed;
      state.typed = null;
    }
  }
  if (msg.token) state.token = msg.token; // a resync may come without one
  state.playsFrom = typeof msg.plays_from === 'number' ? msg.plays_from : 0;
  if (typeof msg.score === 'number') state.score = msg.score;

  showGameShell();
  keepAwake();

  const view = msg.state;
  const pending = state.answer;
  const open = view.phase === 'intro' || view.phase === 'answering';
  if (open && msg.answered && (!pending || pending.index !== view.index)) {
    // Answered, but this page no longer knows which one (it was reloaded).
    state.answer = { index: view.index, value: null, id: null, acked: true };
  } else if (pending && pending.index === view.index && msg.answered) {
    pending.acked = true;
  } else if (view.phase === 'answering' && pending && pending.index === view.index && pending.value !== null) {
    // Sent (or tapped) while the connection was down, never acknowledged:
    // the same answer with the same id, so it can never count twice.
    pending.acked = false;
    sendAnswer();
  }
  saveSession();
  state.resumedInto = true;
  teamWelcome(msg);
  render(view);
  followTeam();
}

/** The team box: choosing is open in the lobby, and while a late joiner
 * waits for their first question. */
function followTeam() {
  const v = state.view;
  const open = Boolean(v) && (v.phase === 'lobby'
    || (state.playsFrom > 0 && typeof v.index === 'number' && v.index < state.playsFrom));
  renderTeam(open, (msg) => { if (state.socket) state.socket.send(msg); });
}

function onClose(socket, info) {
  if (socket !== state.socket || info.intentional) return;
  clearTimeout(joinTimer);
  state.connecting = false;
  setBusy(false);
  if (info.code === 4010) {
    if (!state.view || state.view.phase !== 'kicked') onKicked();
    return;
  }
  if (state.over) return; // ended, kicked or refused is already on screen
  if (info.code === 4011) {
    render({ phase: 'ended' });
    return;
  }
  if (info.code === 4013) {
    state.replaced = true;
    return showLost(t('lost-title'), t('lost-text'), t('play-here'));
  }
  if (state.mode === 'join' && !info.welcomed) return connectFailed(socket);
  if (!info.welcomed && (state.refused || isRefusal(info.code))) return showGone(info.code);
  // Server restarting (1001), too slow (4012), Wi-Fi gone (1006): come back.
  scheduleReconnect();
}

/** Close codes after which resuming with the same token cannot work. */
function isRefusal(code) {
  return code === 4000 || code === 4001 || code === 4003 || code === 4004 || code === 4009;
}

/** The join was refused or the server could not be reached. */
function connectFailed(socket) {
  if (socket !== state.socket) return;
  state.connecting = false;
  setBusy(false);
  const text = state.helloError || t('error-unreachable');
  joinError(text, state.errorField);
}

/** The resume was refused: the game is over, or this player is no longer in it. */
function showGone(code) {
  cancelRetry();
  countdown.stop();
  setConnection('');
  storage.remove(SESSION_KEY);
  const ended = code === 4004 || state.errorCode === 'unknown_game';
  $('gone-title').textContent = ended ? t('gone-title') : t('gone-refused-title');
  $('gone-text').textContent = ended
    ? t('gone-text', { pin: state.pin })
    : t('gone-refused-text');
  Object.assign(state, { over: true, token: '', view: { phase: 'gone' } });
  showGameShell();
  $('leave').hidden = true;
  showPanel('gone');
}

function showLost(title, text, buttonText) {
  countdown.stop();
  setConnection('');
  $('lost-title').textContent = title;
  $('lost-text').textContent = text;
  $('rejoin').textContent = buttonText;
  $('lost').hidden = false;
  setControlsEnabled($('answers'), false);
}

const FIELD_FOR_CODE = {
  unknown_game: 'pin', game_started: 'pin', game_full: 'pin', lobby_locked: 'pin', too_many_joins: 'pin',
  nickname_taken: 'nickname', nickname_invalid: 'nickname',
};

function onServerError(msg) {
  const text = errorText(msg, { pin: state.pin, name: state.nickname });
  if (state.connecting) {
    // Refusal of join/resume; the server closes the socket next.
    state.helloError = text;
    state.refused = true;
    state.errorCode = msg.code;
    state.errorField = FIELD_FOR_CODE[msg.code];
    return;
  }
  const view = state.view;
  if (msg.code === 'already_answered' && view && view.phase === 'answering') {
    if (!state.answer || state.answer.index !== view.index) {
      state.answer = { index: view.index, value: null, id: null, acked: true };
    }
    state.answer.acked = true;
    saveSession();
    return markLocked();
  }
  if (msg.code === 'storage_unavailable' && state.answer && !state.answer.acked) {
    $('locked').textContent = t('not-saved-yet');
    $('locked').hidden = false;
  }
  if (msg.code === 'too_late' && state.answer && !state.answer.acked) {
    $('locked').textContent = t('too-late');
    $('locked').hidden = false;
  }
  showBanner(text);
}

/**
 * The server cannot save (`problem`: the game is paused) or saves again
 * (null): an answer it could not save is sent again, with the same id, so
 * it counts once.
 */
function onStorage(msg) {
  if (msg.problem) {
    showBanner(sentence(msg.problem), 24 * 3600 * 1000);
    return;
  }
  showBanner(t('saving-again'), 3000);
  const a = state.answer;
  const view = state.view;
  if (a && !a.acked && view && view.phase === 'answering' && view.index === a.index) sendAnswer();
}

function showBanner(text, ms = 4000) {
  const banner = $('banner');
  banner.textContent = text;
  banner.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => { banner.hidden = true; }, ms);
}

init();
