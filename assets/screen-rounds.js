// Presenter views of a quiz in rounds: the round's name where it starts,
// the round summary (players ranked by the round's points) and the break
// with its countdown to the next round. Draws what the phase message says;
// the countdown runs from the server's deadline, with no tick from it.

import { el, ordinal } from '/assets/common.js';
import { t } from '/assets/i18n.js';

const $ = (id) => document.getElementById(id);

let breakTimer = 0;

/** "Round 2 of 3 · Music" */
export function roundTitle(round) {
  return t('round-title', { number: round.number + 1, rounds: round.rounds, name: round.name });
}

/** The round banner above a question or slide that starts a round. */
export function renderRoundBanner(id, view) {
  $(id).hidden = !view.round;
  $(id).textContent = view.round ? roundTitle(view.round) : '';
}

export function renderRoundSummary(view) {
  $('rs-meta').textContent = t('round-end', { number: view.round.number + 1, rounds: view.round.rounds });
  $('rs-title').textContent = view.round.name;
  const rows = view.top.map((s) => el('li', { className: 'standing' },
    el('span', { className: 'rank', text: ordinal(s.rank) }),
    el('span', { className: 'nick', text: s.nickname }),
    el('span', { className: 'score', text: t('round-points', { points: s.points }) }),
    el('span', { className: 'change members', text: t('round-total', { score: s.score }) })));
  if (rows.length === 0) rows.push(el('li', { className: 'muted', text: t('no-players-yet') }));
  $('round-board').replaceChildren(...rows);
}

/** m:ss */
export function clock(ms) {
  const secs = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
}

/** The break; `serverNow` reads the server's clock through the offset. */
export function renderBreak(view, serverNow) {
  stopBreak();
  const r = view.round;
  $('b-next').textContent = t('break-next', { number: r.number + 1, rounds: r.rounds, name: r.name });
  const countdown = view.countdown;
  const running = countdown.deadline !== undefined && countdown.deadline !== null;
  $('break-view').dataset.paused = String(!running);
  const draw = () => {
    const left = running ? countdown.deadline - serverNow() : (countdown.remaining_ms || 0);
    $('b-clock').textContent = clock(left);
    if (!running) {
      $('b-status').textContent = t('break-paused');
    } else if (left > 0) {
      $('b-status').textContent = view.auto ? t('break-auto') : '';
    } else {
      $('b-status').textContent = view.auto ? t('break-starting') : t('break-text');
      stopBreak();
    }
  };
  draw();
  if (running) breakTimer = setInterval(draw, 250);
}

export function stopBreak() {
  clearInterval(breakTimer);
  breakTimer = 0;
}
