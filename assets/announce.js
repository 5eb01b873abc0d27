// What a screen reader hears without looking: one polite live region per
// page (#announce) that gets the new phase's heading when the view changes
// and the countdown's milestones (10 and 5 seconds left), and the big
// screen's optional read-aloud of each question through the browser's own
// speech synthesis (off by default, remembered; nothing leaves the device).
// Texts come from the page's own headings where they exist.

import { storage } from '/assets/common.js';
import { t } from '/assets/i18n.js';

const $ = (id) => document.getElementById(id);

let clearTimer = 0;

/**
 * Says `text` through the page's polite live region. The region is emptied
 * first, so the same text said twice is heard twice.
 */
export function announce(text) {
  const region = $('announce');
  if (!region || !text) return;
  region.textContent = '';
  clearTimeout(clearTimer);
  // A frame later, so assistive technology sees a change.
  clearTimer = setTimeout(() => { region.textContent = text; }, 50);
}

/** The heading of the section `id` as sentences: its meta line and its title. */
export function viewHeading(id) {
  const section = $(id);
  if (!section) return '';
  return [...section.querySelectorAll('.meta, h1')]
    .filter((e) => !e.hidden && e.textContent.trim())
    .map((e) => sentence(e.textContent.trim()))
    .join(' ');
}

function sentence(text) {
  return /[.!?:…。？！]$/u.test(text) ? text : `${text}.`;
}

let lastKey = null;

/**
 * Announces `text` for what just came on screen, once per `key` (the view
 * and question), so a re-render or the intro turning into the question is
 * not said twice.
 */
export function announceOnce(key, text) {
  if (lastKey === key) return;
  lastKey = key;
  announce(text);
}

/** The countdown's milestone text. */
export function secondsLeft(secs) {
  return t('seconds-left', { secs });
}

// ------------------------------------------------------------- read-aloud

const READ_ALOUD_KEY = 'quizbox.screen.readAloud';

/**
 * The big screen's read-aloud: a toggle button (aria-pressed) that is off
 * until the host turns it on, remembered on this browser. `read(key, text)`
 * speaks a question once (by `key`) while it is on; turning it off stops
 * speech at once.
 */
export class ReadAloud {
  constructor(button) {
    this.button = button;
    this.synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
    this.on = Boolean(this.synth) && storage.get(READ_ALOUD_KEY) === true;
    this.last = null;
    this.pending = null;
    if (!button) return;
    button.hidden = !this.synth;
    button.addEventListener('click', () => this.toggle());
    this.render();
  }

  render() {
    if (this.button) this.button.setAttribute('aria-pressed', String(this.on));
  }

  toggle() {
    this.on = !this.on;
    storage.set(READ_ALOUD_KEY, this.on);
    this.render();
    if (!this.on) {
      this.synth.cancel();
    } else if (this.pending) {
      // Turned on mid-question: read the question on screen now.
      const { key, text } = this.pending;
      this.last = null;
      this.read(key, text);
    }
  }

  /** Reads `text` aloud once for `key` (the question's index and phase), in the page's language. */
  read(key, text) {
    this.pending = { key, text };
    if (!this.on || !this.synth || !text || this.last === key) return;
    this.last = key;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    this.synth.speak(utterance);
  }

  /** Nothing to read any more (the question closed). */
  clear() {
    this.pending = null;
  }
}
