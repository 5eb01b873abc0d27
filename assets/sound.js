// Sound cues, synthesised here with the Web Audio API (oscillators and
// gains), so there are no sound files to download or license: a gentle
// lobby loop, a tick for each of a countdown's last five seconds, a cue
// when the answers are revealed and a podium fanfare. `Sound.follow(view)`
// plays what a game phase calls for. What is sounding is written to
// <body data-sound="locked|silent|playing:NAME" data-muted data-volume>,
// with data-sound-last and data-sound-count naming the last sound started,
// so the page (and its tests) can see the real audio state.

import { serverNow, storage } from '/assets/common.js';

// Notes as frequencies (Hz): a soft C major pentatonic phrase for the lobby.
const LOBBY = [[523.25, 0], [659.25, 0.5], [783.99, 1], [659.25, 1.5], [587.33, 2], [783.99, 2.5],
  [880, 3], [783.99, 3.5]];
const LOBBY_BAR = 4; // seconds before the phrase repeats
const REVEAL = [[659.25, 0], [830.61, 0.1], [987.77, 0.2], [1318.51, 0.3]];
const FANFARE = [[523.25, 0], [523.25, 0.18], [523.25, 0.36], [659.25, 0.54], [783.99, 0.9],
  [659.25, 1.2], [783.99, 1.38], [1046.5, 1.56]];

/** Keeps a value in 0…1; anything unreadable is the default. */
function unit(value, fallback) {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : fallback;
}

export class Sound {
  /**
   * `key`: where volume and mute are remembered (localStorage);
   * `music`: whether the lobby loop plays (the big screen), or only cues (phones);
   * `muted`: until the user says otherwise (phones start silent).
   */
  constructor({ key = 'quizbox.sound', music = true, muted = false } = {}) {
    this.key = key;
    this.music = music;
    const saved = storage.get(key) || {};
    this.volume = unit(saved.volume, 0.6);
    this.muted = typeof saved.muted === 'boolean' ? saved.muted : muted;
    this.ctx = null;
    this.master = null;
    this.voices = new Map(); // sounding oscillator → name of its sound
    this.lobbyTimer = 0;
    this.tickTimers = [];
    this.revealed = -1; // question whose reveal cue has played
    this.lastPhase = '';
    this.count = 0;
    this.last = '';
    this.onChange = null;
    const Context = window.AudioContext || window.webkitAudioContext;
    if (Context) {
      this.ctx = new Context();
      this.master = this.ctx.createGain();
      this.master.connect(this.ctx.destination);
      this.applyGain();
      this.ctx.addEventListener('statechange', () => this.publish());
    }
    this.publish();
  }

  /** Whether the browser still holds the sound back until a click or key. */
  get locked() {
    return !this.ctx || this.ctx.state !== 'running';
  }

  /** Starts the audio; browsers allow it only from a click or key press. */
  async enable() {
    if (!this.ctx) return;
    try {
      await this.ctx.resume();
    } catch {
      /* still locked: the affordance stays */
    }
    this.publish();
    if (this.lastPhase === 'lobby') this.startLobby();
  }

  setVolume(volume) {
    this.volume = unit(volume, this.volume);
    this.save();
    this.applyGain();
    this.publish();
  }

  setMuted(muted) {
    this.muted = Boolean(muted);
    this.save();
    this.applyGain();
    if (this.muted) {
      this.stopAll();
    } else if (this.lastPhase === 'lobby') {
      this.startLobby();
    }
    this.publish();
  }

  save() {
    storage.set(this.key, { volume: this.volume, muted: this.muted });
  }

  applyGain() {
    if (!this.master) return;
    // Perceived loudness grows roughly with the square of the slider.
    this.master.gain.value = this.muted ? 0 : this.volume * this.volume * 0.5;
  }

  /** Plays what a game phase (a `phase` message's state) calls for. */
  follow(view) {
    const phase = view ? view.phase : '';
    const entered = phase !== this.lastPhase;
    this.lastPhase = phase;
    this.clearTicks();
    if (phase === 'lobby') {
      if (entered) this.startLobby();
    } else {
      this.stopLobby();
    }
    if (phase === 'answering' && view.deadline !== undefined && view.deadline !== null) {
      this.countdown(view.deadline);
    } else if (phase === 'reveal' && view.index !== this.revealed) {
      this.revealed = view.index;
      this.cue('reveal', REVEAL, 'triangle', 0.35);
    } else if (phase === 'podium' && entered) {
      this.cue('fanfare', FANFARE, 'square', 0.3);
    }
  }

  /** Ticks at each of the last five seconds before `deadline` (server ms). */
  countdown(deadline) {
    this.clearTicks();
    for (let s = 5; s >= 1; s -= 1) {
      const wait = deadline - s * 1000 - serverNow();
      if (wait < -200) continue;
      this.tickTimers.push(setTimeout(() => this.cue('tick', [[s === 1 ? 1760 : 1320, 0]], 'sine', 0.06),
        Math.max(0, wait)));
    }
  }

  clearTicks() {
    this.tickTimers.forEach(clearTimeout);
    this.tickTimers = [];
  }

  startLobby() {
    this.stopLobby();
    if (!this.music || this.muted || this.locked) return;
    const bar = () => {
      this.cue('lobby', LOBBY, 'triangle', 0.45, 0.25);
      this.lobbyTimer = setTimeout(bar, LOBBY_BAR * 1000);
    };
    bar();
  }

  stopLobby() {
    clearTimeout(this.lobbyTimer);
    this.lobbyTimer = 0;
    this.stopVoices('lobby');
  }

  stopAll() {
    this.stopLobby();
    this.clearTicks();
    this.stopVoices(null);
  }

  stopVoices(name) {
    for (const [osc, of] of this.voices) {
      if (name === null || of === name) {
        try { osc.stop(); } catch { /* already stopped */ }
      }
    }
  }

  /**
   * Plays `notes` ([frequency, start offset in s]) as short enveloped
   * tones; nothing when muted or still locked.
   */
  cue(name, notes, type, length, level = 0.5) {
    if (!this.ctx || this.muted || this.locked) return;
    const start = this.ctx.currentTime + 0.02;
    for (const [frequency, offset] of notes) {
      const osc = this.ctx.createOscillator();
      const env = this.ctx.createGain();
      osc.type = type;
      osc.frequency.value = frequency;
      const t = start + offset;
      // A quick rise and an exponential fall, so no note clicks.
      env.gain.setValueAtTime(0.0001, t);
      env.gain.exponentialRampToValueAtTime(level, t + 0.015);
      env.gain.exponentialRampToValueAtTime(0.0001, t + length);
      osc.connect(env).connect(this.master);
      osc.addEventListener('ended', () => {
        this.voices.delete(osc);
        env.disconnect();
        this.publish();
      });
      this.voices.set(osc, name);
      osc.start(t);
      osc.stop(t + length + 0.02);
    }
    this.count += 1;
    this.last = name;
    this.publish();
  }

  /** Writes the audio state to <body data-…>, and tells `onChange`. */
  publish() {
    const names = new Set(this.voices.values());
    let playing = 'silent';
    if (this.lobbyTimer && !this.muted) playing = 'playing:lobby';
    else if (names.size > 0) playing = `playing:${[...names].pop()}`;
    const d = document.body.dataset;
    d.sound = this.locked ? 'locked' : playing;
    d.muted = String(this.muted);
    d.volume = String(this.volume);
    d.soundLast = this.last;
    d.soundCount = String(this.count);
    if (this.onChange) this.onChange(this);
  }
}
