// The presenter screen (`/screen/PIN`, `#key=HOSTKEY` for host controls):
// lobby with PIN, join URL, QR and players; the question with a locally
// animated countdown; reveal, leaderboard and podium. Reconnects on its own
// with backoff (#connection says "Reconnecting…" meanwhile); after a server
// restart the host is welcomed back with the paused countdown and Continue.
// Nicknames and quiz text are placed with textContent only.

import {
  Countdown, GameSocket, backoffDelay, colourClass, el, keepAwake, preloadMedia, serverNow,
  shapeBadge, showOnly, textSize,
} from '/assets/common.js';
import { t, translate, useLanguage } from '/assets/i18n.js';
import { errorText } from '/assets/errors.js';
import {
  mediaNodes, playMedia, renderLeaderboard, renderPodium, renderReveal, renderSlide, screenHint,
} from '/assets/screen-views.js';
import { Roster } from '/assets/screen-lobby.js';
import { Sound } from '/assets/sound.js';
import {
  renderBreak, renderRoundBanner, renderRoundSummary, stopBreak,
} from '/assets/screen-rounds.js';
import {
  ReadAloud, announce, announceOnce, secondsLeft, viewHeading,
} from '/assets/announce.js';

const $ = (id) => document.getElementById(id);

const VIEWS = ['connecting-view', 'lobby-view', 'question-view', 'slide-view', 'reveal-view',
  'leaderboard-view', 'round-view', 'break-view', 'podium-view', 'ended-view', 'failed-view'];
const BUTTONS = ['start', 'next', 'skip', 'pause', 'extend', 'join-lock', 'end'];

const pin = (location.pathname.match(/^\/screen\/(\d+)\/?$/) || [])[1] || '';
const key = takeHostKey();
const isHost = key !== '';

const state = {
  socket: null,
  view: null,
  locked: false, // the host locked joining: nobody can join
  lateJoin: false, // the game lets players join after the start
  paused: false,
  answeredIndex: -1, // question whose "N of M answered" line is current
  welcomed: false,
  retries: 0,
  refusal: null, // error message sent before a refused hello
  over: false,
};

const roster = new Roster({ isHost });
const countdown = new Countdown({
  bar: $('q-bar'), seconds: $('q-seconds'), onMilestone: (secs) => announce(secondsLeft(secs)),
});
const readAloud = new ReadAloud($('read-aloud'));
const sound = new Sound({ key: 'quizbox.sound.screen', music: true });
let noticeTimer = 0;
let advanceTimer = 0;

/**
 * The host key from `#key=…`. It is moved to sessionStorage and dropped from
 * the address bar, so it is not on show to the room; a reload still finds it.
 */
function takeHostKey() {
  const storeKey = `quizbox.hostkey.${pin}`;
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('key');
  try {
    if (fromHash) {
      sessionStorage.setItem(storeKey, fromHash);
      history.replaceState(null, '', location.pathname + location.search);
      return fromHash;
    }
    return sessionStorage.getItem(storeKey) || '';
  } catch {
    return fromHash || '';
  }
}

// ------------------------------------------------------------ connection

function connect() {
  const hello = isHost ? { type: 'host', v: 1, pin, key } : { type: 'watch', v: 1, pin };
  state.refusal = null;
  state.welcomed = false;
  const socket = new GameSocket(hello, { onMessage, onClose: (info) => onClose(socket, info) });
  state.socket = socket;
  socket.open();
}

// A welcome may first switch the page to the game's language (a catalog to
// fetch); the messages after it wait their turn.
let inbox = Promise.resolve();

function onMessage(msg) {
  inbox = inbox.then(() => handle(msg)).catch((e) => console.error('quizbox:', e));
}

function handle(msg) {
  switch (msg.type) {
    case 'welcome': return onWelcome(msg);
    case 'phase': return render(msg.state);
    case 'player_joined': return roster.joined(msg);
    case 'player_left': return roster.left([msg.player], msg.count);
    case 'players_left': return roster.left(msg.players || [], msg.count);
    case 'team': return roster.team(msg);
    case 'joining': return setLocked(!msg.open);
    case 'answer_count': return onAnswerCount(msg);
    case 'paused': return onPaused(msg);
    case 'deadline': return onDeadline(msg);
    case 'storage': return onStorage(msg);
    case 'error': return onServerError(msg);
    default: return undefined;
  }
}

/**
 * The host's language for this game's big screen wins over the browser's;
 * the page's own texts are put in again and the sound controls redrawn (the
 * rest is drawn from the welcome next).
 */
async function followGameLanguage(tag) {
  if (!tag || !(await useLanguage(tag))) return;
  translate(document);
  renderSound();
  updateControls();
}

async function onWelcome(msg) {
  await followGameLanguage(msg.screen_language);
  state.retries = 0;
  state.welcomed = true;
  setConnection('');
  $('quiz-title').textContent = msg.quiz_title;
  document.title = `${msg.quiz_title} – quizbox`;
  roster.welcome(msg);
  state.lateJoin = Boolean(msg.late_join);
  setLocked(Boolean(msg.locked));
  keepAwake();
  render(msg.state);
}

function onClose(socket, info) {
  if (socket !== state.socket || info.intentional) return;
  if (info.code === 4011 || state.over) {
    if (!state.view || state.view.phase !== 'ended') render({ phase: 'ended' });
    return;
  }
  if (!info.welcomed && state.refusal) return fail(state.refusal);
  if (info.code === 4003) return fail(t('screen-bad-key'));
  if (info.code === 4004) return fail(t('screen-no-game', { pin }));
  const delay = backoffDelay(state.retries);
  state.retries += 1;
  setConnection(state.retries > 3 ? t('screen-reconnecting-kept') : t('reconnecting'));
  setTimeout(connect, delay);
}

/** The "Reconnecting…" line (#connection, a status region); '' hides it. */
function setConnection(text) {
  if ($('connection').textContent !== text) $('connection').textContent = text;
}

function fail(text) {
  countdown.stop();
  $('failed-text').textContent = text.charAt(0).toUpperCase() + text.slice(1);
  showOnly(VIEWS, 'failed-view');
  $('controls').hidden = true;
  setConnection('');
}

function onServerError(msg) {
  if (!state.welcomed) {
    state.refusal = errorText(msg, { pin }); // refused hello; a close follows
    return;
  }
  showNotice(errorText(msg, { pin }), 4000);
}

/**
 * The server cannot save (`problem`: the game is paused, said until it
 * saves again) or saves again (null: the game goes on by itself).
 */
function onStorage(msg) {
  if (msg.problem) {
    showNotice(t('storage-paused', { problem: msg.problem }), 24 * 3600 * 1000);
    $('q-paused').hidden = false;
  } else {
    showNotice(t('storage-ok'), 4000);
  }
}

/** A short-lived message at the top, such as a refused command. */
function showNotice(text, ms) {
  $('notice').textContent = text;
  $('notice').hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { $('notice').hidden = true; }, ms);
}

function send(type, extra = {}) {
  if (!state.socket || !state.socket.send({ type, ...extra })) {
    showNotice(t('not-connected'), 3000);
  }
}

// ----------------------------------------------------------------- lobby

/** Shows whether joining is open, on the big screen and on the host's button. */
function setLocked(locked) {
  state.locked = locked;
  $('joining').textContent = locked ? t('joining-closed') : t('joining-open');
  $('joining').dataset.open = String(!locked);
  $('lock').textContent = locked ? t('unlock-lobby') : t('lock-lobby');
  $('lock').setAttribute('aria-pressed', String(locked));
  $('join-lock').setAttribute('aria-pressed', String(locked));
  renderJoining();
  updateControls();
}

/**
 * During the game the top bar says whether players can still join: the
 * host has not locked joining and the game lets players join late.
 */
function renderJoining() {
  const phase = state.view ? state.view.phase : 'lobby';
  const playing = !['lobby', 'podium', 'ended'].includes(phase);
  const open = !state.locked && state.lateJoin;
  $('top-joining').hidden = !playing;
  $('top-joining').dataset.open = String(open);
  $('top-joining').textContent = open ? t('joining-open') : t('joining-closed');
}

/**
 * The auto-advance countdown of a reveal or leaderboard, from the server's
 * deadline (or the time left while the host has paused it).
 */
function renderAdvance(view) {
  clearInterval(advanceTimer);
  const advance = ['reveal', 'leaderboard', 'round_summary'].includes(view.phase) ? view.advance : null;
  $('advance').hidden = !advance;
  if (!advance) return;
  const draw = () => {
    if (advance.deadline === undefined || advance.deadline === null) {
      $('advance').textContent = t('advance-paused', { secs: Math.ceil((advance.remaining_ms || 0) / 1000) });
      $('advance').dataset.paused = 'true';
      return;
    }
    $('advance').dataset.paused = 'false';
    $('advance').textContent = t('advance-next', { secs: Math.max(0, Math.ceil((advance.deadline - serverNow()) / 1000)) });
  };
  draw();
  if (advance.deadline !== undefined && advance.deadline !== null) advanceTimer = setInterval(draw, 250);
}

function renderLobby() {
  $('lobby-tools').hidden = !isHost;
  const joinUrl = `${location.origin}/join/${pin}`;
  $('join-url').textContent = joinUrl;
  $('pin-display').textContent = pin;
  const qr = `/api/games/${pin}/qr.svg`;
  if ($('qr').getAttribute('src') !== qr) $('qr').src = qr;
  roster.renderCount();
}

// -------------------------------------------------------------- question

function renderQuestionHead(view) {
  $('q-meta').textContent = t('question-of', { index: view.index + 1, total: view.total });
  $('q-text').textContent = view.text;
  // Long questions get a smaller type, so the answers keep their room.
  $('q-text').dataset.size = view.text.length > 90 ? 'long' : 'short';
  $('question-view').dataset.phase = view.phase;
  $('q-hint').textContent = screenHint(view);
  const shown = $('q-media').dataset.src || '';
  if (shown !== (view.media || '')) {
    // Redrawn only when it changes, so the picture does not flicker each phase.
    $('q-media').replaceChildren(...mediaNodes(view.media, view.text));
    $('q-media').dataset.src = view.media || '';
  }
  $('q-paused').hidden = true;
}

function renderIntro(view) {
  renderQuestionHead(view);
  $('q-label').textContent = t('answers-open-in');
  $('q-answers').replaceChildren();
  $('answered').textContent = '';
  state.answeredIndex = -1;
  countdown.run(view.opens_at, Math.max(1000, view.opens_at - serverNow()), false);
}

function renderAnswering(view, previous) {
  renderQuestionHead(view);
  $('q-label').textContent = t('time-left');
  // Choices, or the items to put in order (slider and typed answers have none).
  const items = view.answers.map((text, i) => el('li', { className: `answer ${colourClass(i)}` },
    shapeBadge(i), el('span', { className: 'answer-text', text })));
  $('q-answers').replaceChildren(...items);
  $('q-answers').dataset.count = String(items.length);
  $('q-answers').dataset.size = textSize(view.answers);
  $('q-answers').hidden = items.length === 0;
  // Answers just opened (not a welcome back into the same question): the
  // question's sound or video starts by itself.
  if (previous && !(previous.phase === 'answering' && previous.index === view.index)) playMedia($('q-media'));
  if (state.answeredIndex !== view.index) {
    // Answers just opened: nobody yet. Joining mid-question, the count is
    // unknown until the next `answer_count`.
    state.answeredIndex = view.index;
    $('answered').textContent = previous
      ? t('answered-of', { answered: 0, players: roster.count })
      : t('players-playing', { count: roster.count });
  }
  if (view.deadline !== undefined && view.deadline !== null) {
    state.paused = false;
    countdown.run(view.deadline, view.time_limit_ms);
  } else {
    state.paused = true;
    countdown.freeze(view.remaining_ms || 0, view.time_limit_ms);
    $('q-paused').hidden = false;
  }
}

function onAnswerCount(msg) {
  const view = state.view;
  if (!view || view.index !== msg.index) return;
  state.answeredIndex = msg.index;
  roster.count = msg.players;
  $('answered').textContent = t('answered-of', { answered: msg.answered, players: msg.players });
}

function onPaused(msg) {
  const view = state.view;
  if (!view || view.phase !== 'answering' || view.index !== msg.index) return;
  state.paused = true;
  view.deadline = undefined;
  view.remaining_ms = msg.remaining_ms;
  countdown.freeze(msg.remaining_ms, view.time_limit_ms);
  $('q-paused').hidden = false;
  sound.follow(view);
  updateControls();
}

function onDeadline(msg) {
  const view = state.view;
  if (!view || view.phase !== 'answering' || view.index !== msg.index) return;
  state.paused = false;
  view.deadline = msg.deadline;
  view.time_limit_ms = msg.time_limit_ms;
  $('q-paused').hidden = true;
  countdown.run(msg.deadline, msg.time_limit_ms);
  sound.follow(view);
  updateControls();
}

// ---------------------------------------------------------------- phases

const VIEW_OF_PHASE = {
  lobby: 'lobby-view', intro: 'question-view', answering: 'question-view', slide: 'slide-view', reveal: 'reveal-view',
  leaderboard: 'leaderboard-view', round_summary: 'round-view', break: 'break-view',
  podium: 'podium-view', ended: 'ended-view',
};

function render(view) {
  const previous = state.view;
  state.view = view;
  countdown.stop();
  stopBreak();
  switch (view.phase) {
    case 'lobby': renderLobby(); break;
    case 'intro': renderIntro(view); break;
    case 'answering': renderAnswering(view, previous); break;
    case 'slide': renderSlide(view); break;
    case 'reveal': renderReveal(view, isHost); break;
    case 'leaderboard': renderLeaderboard(view); break;
    case 'round_summary': renderRoundSummary(view); break;
    case 'break': renderBreak(view, serverNow); break;
    case 'podium': renderPodium(view); break;
    case 'ended':
      state.over = true;
      $('host-again').hidden = !isHost;
      break;
    default: return;
  }
  // The round's name where it starts: from the intro on, or with answers
  // when the game has no intro.
  if (view.phase === 'intro' || view.round) renderRoundBanner('q-round', view);
  else if (view.phase === 'answering' && view.index !== (previous && previous.index)) $('q-round').hidden = true;
  if (view.phase === 'slide') renderRoundBanner('sl-round', view);
  if (view.phase === 'break') {
    state.paused = view.countdown.deadline === undefined || view.countdown.deadline === null;
  } else if (['reveal', 'leaderboard', 'round_summary'].includes(view.phase)) {
    state.paused = Boolean(view.advance && (view.advance.deadline === undefined || view.advance.deadline === null));
  } else if (view.phase !== 'answering') {
    state.paused = false;
  }
  renderAdvance(view);
  // After drawing, which may already show what was loaded ahead.
  preloadMedia(view.next_media);
  sound.follow(view);
  showOnly(VIEWS, VIEW_OF_PHASE[view.phase]);
  announceOnce(`${VIEW_OF_PHASE[view.phase]}:${view.index}`, viewHeading(VIEW_OF_PHASE[view.phase]));
  if (view.phase === 'intro' || view.phase === 'answering') {
    readAloud.read(`question:${view.index}`, view.text);
  } else {
    readAloud.clear();
  }
  $('top-pin-value').textContent = pin;
  $('top-pin').hidden = view.phase === 'lobby' || view.phase === 'ended';
  renderJoining();
  updateControls();
}

/** Which host buttons make sense in each phase, and what Next does there. */
function controlsFor(view) {
  const last = view.index !== undefined && view.index + 1 >= view.total;
  const lock = { 'join-lock': state.locked ? t('unlock-joining') : t('lock-joining') };
  // With auto-advance the reveal and leaderboard have a countdown to pause.
  const pause = view.advance ? { pause: state.paused ? t('continue') : t('pause') } : {};
  // End (ending early, after a confirmation) sits apart from Next. On the
  // podium the game has ended and its results are saved: Finish closes it,
  // which is all End would do there, so End is not offered twice.
  const end = { end: t('end-game-ask') };
  const next = last ? t('next-podium') : t('next-question');
  switch (view.phase) {
    case 'lobby': return { start: t('start'), ...end };
    case 'intro': return { next: t('show-answers'), skip: t('skip'), ...lock, ...end };
    case 'answering': return {
      next: t('close-answers'), skip: t('skip'), pause: state.paused ? t('continue') : t('pause'), extend: t('extend'), ...lock, ...end,
    };
    case 'slide': return { next, ...lock, ...end };
    case 'reveal': return { next: t('next-leaderboard'), ...pause, ...lock, ...end };
    case 'leaderboard': return { next, ...pause, ...lock, ...end };
    case 'round_summary': return { next: last ? t('next-podium') : t('next-break'), ...pause, ...lock, ...end };
    case 'break': return {
      next: t('next-round'), pause: state.paused ? t('continue') : t('pause'), ...lock, ...end,
    };
    case 'podium': return { next: t('finish') };
    default: return {};
  }
}

/** Asks before ending the game early; Cancel (or Escape) keeps it going. */
function confirmEnd() {
  const dialog = $('end-dialog');
  if (dialog.open || !state.view) return;
  $('end-text').textContent = state.view.phase === 'lobby'
    ? t('end-text-lobby')
    : t('end-text-playing');
  dialog.returnValue = '';
  dialog.showModal();
  $('end-cancel').focus();
}

function onEndDialogClose() {
  if ($('end-dialog').returnValue === 'end') send('end');
  else if (!$('end').hidden) $('end').focus();
}

function updateControls() {
  if (!isHost || !state.view) return;
  const shown = controlsFor(state.view);
  for (const id of BUTTONS) {
    const button = $(id);
    button.hidden = !(id in shown);
    if (shown[id]) button.textContent = shown[id];
  }
  $('pause').setAttribute('aria-pressed', String(state.paused));
  const podium = state.view.phase === 'podium';
  $('control-hint').textContent = podium ? t('hint-finish') : t('hint-next');
  if (podium) $('next').setAttribute('aria-describedby', 'control-hint');
  else $('next').removeAttribute('aria-describedby');
  // The game moved on past where ending early means anything.
  if (!('end' in shown) && $('end-dialog').open) $('end-dialog').close('cancel');
  $('controls').hidden = Object.keys(shown).length === 0;
}

function initControls() {
  if (!isHost) return;
  $('start').addEventListener('click', () => send('start'));
  $('next').addEventListener('click', () => send('next'));
  $('skip').addEventListener('click', () => send('skip'));
  $('pause').addEventListener('click', () => send(state.paused ? 'continue' : 'pause'));
  $('extend').addEventListener('click', () => send('extend', { seconds: 10 }));
  $('end').addEventListener('click', confirmEnd);
  $('end-dialog').addEventListener('close', onEndDialogClose);
  $('lock').addEventListener('click', () => send(state.locked ? 'unlock' : 'lock'));
  $('join-lock').addEventListener('click', () => send(state.locked ? 'unlock' : 'lock'));
  $('kick-recent').addEventListener('click', () => {
    const seconds = Number($('kick-recent-secs').value);
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86400) {
      showNotice(t('kick-recent-range', { max: 86400 }), 4000);
      return;
    }
    send('kick_recent', { seconds });
  });
  $('kick-matching').addEventListener('click', () => {
    const pattern = $('kick-pattern').value.trim();
    if (pattern === '') {
      showNotice(t('kick-pattern-empty'), 4000);
      return;
    }
    send('kick_matching', { pattern });
  });
  $('lobby-tools').addEventListener('submit', (event) => event.preventDefault());
  $('player-list').addEventListener('click', (event) => {
    const button = event.target.closest('button.kick');
    if (button) send('kick', { player: Number(button.dataset.player) });
  });
  // Word cloud and typed answers: take an entry off the big screen.
  $('reveal-view').addEventListener('click', (event) => {
    const button = event.target.closest('button.hide-entry');
    if (button) send('hide', { entry: button.dataset.entry });
  });
  document.addEventListener('keydown', (event) => {
    // Space/Enter, and what presentation clickers send.
    if (![' ', 'Enter', 'PageDown', 'ArrowRight'].includes(event.key)) return;
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // A focused control handles its own Space/Enter.
    const target = event.target instanceof Element ? event.target : null;
    if (target && target.closest('button, a, input, select, textarea, [contenteditable]')) return;
    if (!state.view || state.view.phase === 'ended' || $('end-dialog').open) return;
    event.preventDefault();
    send('next');
  });
}

// ----------------------------------------------------------------- sound

/** The sound controls show what the sound module does, and steer it. */
function renderSound() {
  $('sound-enable').hidden = !sound.locked;
  $('sound-mute').textContent = sound.muted ? t('unmute') : t('mute');
  $('sound-mute').setAttribute('aria-pressed', String(sound.muted));
  const volume = String(Math.round(sound.volume * 100));
  if ($('sound-volume').value !== volume) $('sound-volume').value = volume;
  $('sound-volume').setAttribute('aria-valuetext', `${volume} %`);
}

function initSound() {
  sound.onChange = renderSound;
  renderSound();
  $('sound-enable').addEventListener('click', () => sound.enable());
  $('sound-mute').addEventListener('click', () => sound.setMuted(!sound.muted));
  $('sound-volume').addEventListener('input', () => sound.setVolume(Number($('sound-volume').value) / 100));
  // Browsers hold sound back until the first click or key press on the page:
  // any of them (Start, Next, Space) lets it play. On click rather than on
  // press: the enable button goes away then, and the layout must not move
  // between the press and the release of the button being clicked.
  const unlock = () => { if (sound.locked) sound.enable(); };
  document.addEventListener('click', unlock);
  document.addEventListener('keydown', unlock);
}

function init() {
  translate(document);
  initSound();
  if (!/^\d{4,10}$/.test(pin)) {
    fail(t('screen-no-pin'));
    return;
  }
  $('pin-display').textContent = pin;
  initControls();
  connect();
}

init();
