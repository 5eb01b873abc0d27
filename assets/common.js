// Shared by the player, host and screen pages: the WebSocket connection with
// its clock-offset handshake, the locally animated countdown, and small DOM
// helpers. Text from the server (nicknames, quiz text) is only ever placed
// with textContent or createTextNode, never parsed as HTML.

/** Answer decorations: colour and shape together, so colour is never the only cue. */
export const SHAPES = ['▲', '◆', '●', '■', '★', '⬟', '⬢', '✚'];
export const COLOURS = ['red', 'blue', 'yellow', 'green', 'purple', 'teal', 'orange', 'pink'];

/**
 * Builds an element. `props`: className, text (textContent), attrs (an object
 * of attributes), dataset, hidden, type, disabled. Children may be nodes or
 * strings (added as text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = String(props.text);
  if (props.type) node.type = props.type;
  if (props.hidden) node.hidden = true;
  if (props.disabled) node.disabled = true;
  for (const [name, value] of Object.entries(props.attrs || {})) {
    node.setAttribute(name, String(value));
  }
  Object.assign(node.dataset, props.dataset || {});
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** The coloured shape badge shown next to answer `index` (hidden from screen readers). */
export function shapeBadge(index) {
  return el('span', { className: 'shape', text: SHAPES[index % SHAPES.length], attrs: { 'aria-hidden': 'true' } });
}

/**
 * How long the longest of `texts` is, as a size name for the CSS: "short"
 * (up to 20 characters), "medium" (up to 50) or "long". Long answers get
 * one per row and a smaller type so that they never spill out of their box.
 */
export function textSize(texts) {
  const longest = Math.max(0, ...texts.map((t) => [...String(t || '')].length));
  if (longest > 50) return 'long';
  return longest > 20 ? 'medium' : 'short';
}

/** Extensions of the sounds and videos a question's media may be. */
const SOUNDS = ['mp3', 'ogg', 'oga', 'opus', 'm4a', 'aac', 'wav'];
const VIDEOS = ['mp4', 'm4v', 'webm', 'ogv', 'mov'];

/**
 * What plays a question's media kept on this server (`/media/…`): a
 * picture, or a sound or a video (with controls) by its extension. Null for
 * any other reference: pages load nothing from other hosts.
 */
const MEDIA_LABELS = {
  sound: (about) => `Sound for ${about}`,
  video: (about) => `Video for ${about}`,
  picture: 'Picture for this question',
  question: 'this question',
};

/** `labels` names the media for screen readers (a translated page passes its own). */
export function mediaElement(media, alt, labels = MEDIA_LABELS) {
  if (!ownMedia(media)) return null;
  const ext = (media.split('.').pop() || '').toLowerCase();
  const about = alt || labels.question;
  let node;
  if (SOUNDS.includes(ext)) {
    node = el('audio', { className: 'q-audio', attrs: { src: media, controls: '', preload: 'metadata', 'aria-label': labels.sound(about) } });
  } else if (VIDEOS.includes(ext)) {
    node = el('video', {
      className: 'q-video',
      attrs: { src: media, controls: '', preload: 'metadata', playsinline: '', 'aria-label': labels.video(about) },
    });
  } else {
    node = el('img', { className: 'q-image', attrs: { src: media, alt: alt || labels.picture } });
  }
  return adoptAhead(media, node);
}

function ownMedia(media) {
  return typeof media === 'string' && /^\/media\/[^/]+$/.test(media);
}

// The next question's media, loading while the phase before it is shown.
let ahead = null; // { media, node }

/**
 * Starts loading the next question's media (`next_media`) so that it is
 * there when the question opens: a picture as an image, a sound or video
 * into a media element that buffers ahead (`preload="auto"`) and is then
 * the one shown, so nothing is fetched twice.
 */
export function preloadMedia(media) {
  if (!ownMedia(media) || (ahead && ahead.media === media)) return;
  dropAhead();
  const node = mediaElement(media, '');
  if (node.localName !== 'img') {
    node.preload = 'auto';
    node.load();
  }
  ahead = { media, node };
}

function dropAhead() {
  if (!ahead) return;
  const { node } = ahead;
  ahead = null;
  // A sound or video that will not be shown stops downloading.
  if (node.localName !== 'img' && !node.isConnected) {
    node.removeAttribute('src');
    node.load();
  }
}

/** `fresh`, or the same element loaded ahead with `fresh`'s attributes. */
function adoptAhead(media, fresh) {
  if (!ahead || ahead.media !== media) return fresh;
  const { node } = ahead;
  ahead = null;
  if (node.localName !== fresh.localName || node.isConnected) return fresh;
  node.className = fresh.className;
  for (const { name, value } of fresh.attributes) {
    // It keeps buffering all of it: the question is about to play it.
    if (name !== 'preload' && name !== 'src') node.setAttribute(name, value);
  }
  return node;
}

export function colourClass(index) {
  return `c-${COLOURS[index % COLOURS.length]}`;
}

/** Shows exactly the element with id `visibleId` among the ids listed. */
export function showOnly(ids, visibleId) {
  for (const id of ids) {
    const node = document.getElementById(id);
    if (node) node.hidden = id !== visibleId;
  }
}

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
export function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return n + ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th');
}

/** Plain digits ("1000"): the same on every locale, and what players type when they compare. */
export function formatNumber(n) {
  return String(Number(n));
}

export function plural(n, one, many) {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** A random id; crypto.randomUUID is missing on plain-HTTP LAN pages, getRandomValues is not. */
export function randomId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** localStorage that never throws (private browsing, storage disabled). */
export const storage = {
  get(key) {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null');
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      /* not fatal: resume after a reload just won't be offered */
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      /* ignore */
    }
  },
};

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): 0.5 s
 * doubling to 8 s, each spread by ±25 % so that a room full of phones does not
 * come back to a restarted server in the same instant.
 */
export function backoffDelay(attempt) {
  const base = Math.min(8000, 500 * 2 ** Math.min(Math.max(0, attempt), 4));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

export function prefersReducedMotion() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Asks the phone not to dim the screen mid-game; only works on HTTPS, silently ignored elsewhere. */
export async function keepAwake() {
  try {
    if ('wakeLock' in navigator && document.visibilityState === 'visible') {
      await navigator.wakeLock.request('screen');
    }
  } catch {
    /* not available: the game still works */
  }
}

// ---------------------------------------------------------------------------
// Server clock. Deadlines are server timestamps (ms since the epoch); the
// offset turns them into local time. Each ping gives one sample; the one
// with the smallest round trip has the smallest error, so it is kept.

const clock = { offset: 0, bestRtt: Infinity };

export function serverNow() {
  return Date.now() + clock.offset;
}

function resetClock(serverTime) {
  // First guess from the welcome, refined by pings.
  clock.bestRtt = Infinity;
  clock.offset = serverTime - Date.now();
}

function clockSample(sentAt, serverTime) {
  const now = Date.now();
  const rtt = now - sentAt;
  if (rtt < 0 || rtt >= clock.bestRtt) return;
  clock.bestRtt = rtt;
  clock.offset = serverTime - (sentAt + rtt / 2);
}

const PINGS = 5;
const PING_GAP_MS = 150;

export function wsUrl() {
  return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
}

/**
 * One WebSocket to a game. Sends `hello` when open, runs the clock handshake
 * after `welcome` (pongs are consumed here), and passes every other message
 * to `onMessage(msg)`. `onClose({code, reason, welcomed, intentional})` is
 * called once when the socket closes. Call open() again to reconnect.
 */
export class GameSocket {
  constructor(hello, { onMessage, onClose }) {
    this.hello = hello;
    this.onMessage = onMessage;
    this.onClose = onClose;
    this.ws = null;
    this.pingTimer = 0;
  }

  open() {
    const ws = new WebSocket(wsUrl());
    const session = { welcomed: false, pings: 0, intentional: false, dropped: false, probe: null };
    this.ws = ws;
    this.session = session;
    ws.addEventListener('open', () => ws.send(JSON.stringify(this.hello)));
    ws.addEventListener('message', (event) => {
      let msg;
      try {
        msg = JSON.parse(event.data);
      } catch {
        return;
      }
      if (msg.type === 'pong') {
        if (msg.t === session.probe) session.probe = null;
        clockSample(msg.t, msg.server_time);
        this.schedulePing(session, PING_GAP_MS);
        return;
      }
      if (msg.type === 'welcome' && !session.welcomed) {
        // A later welcome on the same connection is a resync: the clock
        // offset measured by the pings is still good.
        session.welcomed = true;
        resetClock(msg.server_time);
        this.schedulePing(session, 0);
      }
      this.onMessage(msg);
    });
    ws.addEventListener('close', (event) => {
      if (session.dropped) return; // already reported by probe()
      if (this.ws === ws) this.ws = null;
      clearTimeout(this.pingTimer);
      this.onClose({
        code: event.code,
        reason: event.reason,
        welcomed: session.welcomed,
        intentional: session.intentional,
      });
    });
  }

  schedulePing(session, delay) {
    if (session.pings >= PINGS || session !== this.session) return;
    session.pings += 1;
    clearTimeout(this.pingTimer);
    this.pingTimer = setTimeout(() => this.send({ type: 'ping', t: Date.now() }), delay);
  }

  /**
   * Checks that an open connection still works (after the phone slept, or the
   * network came back): if the answer to this very ping does not arrive within
   * `ms`, the connection is given up and reported closed (1006) so the caller
   * reconnects. Only that answer counts: messages the server sent before it
   * went quiet may still be arriving and prove nothing.
   */
  probe(ms = 4000) {
    const ws = this.ws;
    const session = this.session;
    if (!ws || ws.readyState !== WebSocket.OPEN || !session.welcomed) return;
    if (session.probe != null) return; // one probe at a time
    // Scheduled pings carry whole milliseconds; the half makes this one's
    // pong recognisable.
    const t = Date.now() + 0.5;
    session.probe = t;
    ws.send(JSON.stringify({ type: 'ping', t }));
    setTimeout(() => {
      if (this.ws !== ws || session.intentional) return;
      if (session.probe !== t) return; // answered
      session.probe = null;
      session.dropped = true;
      this.ws = null;
      clearTimeout(this.pingTimer);
      ws.close();
      this.onClose({ code: 1006, reason: 'no answer', welcomed: true, intentional: false });
    }, ms);
  }

  get isOpen() {
    return this.ws !== null && this.ws.readyState === WebSocket.OPEN;
  }

  send(msg) {
    if (!this.isOpen) return false;
    this.ws.send(JSON.stringify(msg));
    return true;
  }

  close() {
    if (!this.ws) return;
    this.session.intentional = true;
    this.ws.close(1000);
  }
}

// ---------------------------------------------------------------------------

/** Seconds left at which a countdown says so in a live region. */
export const COUNTDOWN_MILESTONES = [10, 5];

/**
 * A countdown drawn locally every animation frame from a server deadline:
 * `seconds` shows whole seconds left, `bar` shrinks (transform: scaleX). With
 * reduced motion the bar moves in whole-second steps instead of gliding.
 */
export class Countdown {
  constructor({ bar, seconds, onEnd, onMilestone }) {
    this.bar = bar;
    this.seconds = seconds;
    this.onEnd = onEnd;
    // Called with 10 and then 5 as those seconds are reached, for a live
    // region: once each, not every second, and not for a milestone the
    // countdown started below or skipped (after a pause or a reconnect).
    this.onMilestone = onMilestone;
    this.milestones = [];
    this.frame = 0;
    this.deadline = 0;
    this.total = 1;
    this.ended = false;
    this.warn = true;
    this.tick = this.tick.bind(this);
  }

  /**
   * Runs towards `deadline` (server ms); `totalMs` is the full length, for the
   * bar; `warn` turns the bar red in the last five seconds.
   */
  run(deadline, totalMs, warn = true) {
    this.stop();
    this.warn = warn;
    this.deadline = deadline;
    this.total = Math.max(1, totalMs || 1);
    this.ended = false;
    const startSecs = Math.ceil(Math.max(0, deadline - serverNow()) / 1000);
    this.milestones = warn ? COUNTDOWN_MILESTONES.filter((m) => m < startSecs) : [];
    this.tick();
  }

  /** Stops and shows `remainingMs` left (paused). */
  freeze(remainingMs, totalMs) {
    this.stop();
    if (totalMs) this.total = Math.max(1, totalMs);
    this.ended = false;
    this.draw(remainingMs);
  }

  stop() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  tick() {
    const left = Math.max(0, this.deadline - serverNow());
    this.draw(left);
    const secs = Math.ceil(left / 1000);
    while (this.milestones.length && secs <= this.milestones[0]) {
      const m = this.milestones.shift();
      if (secs === m && this.onMilestone) this.onMilestone(m);
    }
    if (left > 0) {
      this.frame = requestAnimationFrame(this.tick);
    } else if (!this.ended) {
      this.ended = true;
      this.frame = 0;
      if (this.onEnd) this.onEnd();
    }
  }

  draw(leftMs) {
    const secs = Math.ceil(leftMs / 1000);
    if (this.seconds) {
      const text = String(secs);
      if (this.seconds.textContent !== text) this.seconds.textContent = text;
    }
    if (this.bar) {
      const shown = prefersReducedMotion() ? secs * 1000 : leftMs;
      const fraction = Math.min(1, Math.max(0, shown / this.total));
      this.bar.style.transform = `scaleX(${fraction})`;
      this.bar.classList.toggle('low', this.warn && leftMs <= 5000);
    }
  }
}
