// The server's `error` messages in the page's language. The server sends a
// code (docs/protocol.md, "Errors") with an English text; the page words
// the code from its catalog, with the values it knows (`pin`, `name`), and
// shows the server's text only for a code its catalog does not have yet.
// tests/i18n_errors.rs holds this table to the server's list of codes.

import { t } from '/assets/i18n.js';

const MESSAGES = {
  bad_message: (args) => t('error-bad-message', args),
  version: (args) => t('error-version', args),
  unknown_game: (args) => t('error-unknown-game', args),
  forbidden: (args) => t('error-forbidden', args),
  nickname_taken: (args) => t('error-nickname-taken', args),
  nickname_invalid: (args) => t('error-nickname-invalid', args),
  game_started: (args) => t('error-game-started', args),
  game_full: (args) => t('error-game-full', args),
  not_host: (args) => t('error-not-host', args),
  wrong_phase: (args) => t('error-wrong-phase', args),
  wrong_question: (args) => t('error-wrong-question', args),
  too_late: (args) => t('error-too-late', args),
  already_answered: (args) => t('error-already-answered', args),
  invalid_answer: (args) => t('error-invalid-answer', args),
  no_such_player: (args) => t('error-no-such-player', args),
  too_big: (args) => t('error-too-big', args),
  rate_limited: (args) => t('error-rate-limited', args),
  lobby_locked: (args) => t('error-lobby-locked', args),
  too_many_joins: (args) => t('error-too-many-joins', args),
  storage_unavailable: (args) => t('error-storage-unavailable', args),
  no_such_team: (args) => t('error-no-such-team', args),
};

/** The server's English text as a sentence: capital first, a full stop last. */
export function sentence(text) {
  const s = String(text);
  return s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?…]$/.test(s) ? '' : '.');
}

/**
 * The text of an `error` message `msg` ({code, message}) in the page's
 * language; `args` are the values its messages may name ({pin, name}).
 */
export function errorText(msg, args = {}) {
  const word = Object.hasOwn(MESSAGES, msg.code) ? MESSAGES[msg.code] : null;
  if (word) return word(args);
  return sentence(msg.message || String(msg.code).replace(/_/g, ' '));
}
