// Team mode on the phone: the player's team in the header, and, while the
// choice is open (the lobby, or a late joiner's wait), the host's teams to
// pick from or the names of who shares this device; after each question
// and at the podium, the team's place. The server's `team` message
// confirms every choice. Server text is placed with textContent.

import { el } from '/assets/common.js';
import { t } from '/assets/i18n.js';

const $ = (id) => document.getElementById(id);

const team = {
  mode: null, // 'auto', 'pick' or 'device'; null: no teams
  names: [], // the host's team names
  mine: null, // {team, name, members}
};

/** The team part of a `welcome`: everything is redrawn from it. */
export function teamWelcome(msg) {
  team.mode = typeof msg.team_mode === 'string' ? msg.team_mode : null;
  team.names = Array.isArray(msg.teams) ? msg.teams : [];
  team.mine = msg.team && typeof msg.team.name === 'string' ? msg.team : null;
  drawPicker();
}

/** A `team` message: the player's team, placed or chosen. */
export function onTeam(msg) {
  if (typeof msg.name !== 'string') return;
  team.mine = msg;
  drawPicker();
}

/**
 * Shows the team and, while `open`, the controls to choose; `send` sends
 * a message to the server.
 */
export function renderTeam(open, send) {
  const box = $('team-box');
  box.hidden = team.mode === null;
  if (team.mode === null) return;
  const mine = team.mine;
  $('me-team').hidden = !mine;
  $('me-team').textContent = mine ? mine.name : '';
  $('team-name').textContent = mine ? mine.name : t('team-none');
  const members = mine && Array.isArray(mine.members) ? mine.members : [];
  $('team-members-line').hidden = members.length === 0;
  $('team-members-line').textContent = members.length ? t('team-playing', { names: members.join(', ') }) : '';
  $('team-pick').hidden = !(open && team.mode === 'pick');
  $('team-members').hidden = !(open && team.mode === 'device');
  sender = send;
}

let sender = null;

/**
 * The team's place from a `result` or `final` (`final`: at the podium), as
 * one sentence; '' without one. A shared device gets none: its own place
 * is its team's.
 */
export function teamPlaceText(msg, final) {
  const place = msg && msg.team;
  if (!place || !team.mine || typeof place.rank !== 'number') return '';
  const args = { team: team.mine.name, rank: place.rank, teams: place.teams, score: place.score };
  return final ? t('team-final', args) : t('team-place', args);
}

function drawPicker() {
  const pick = $('team-pick');
  pick.replaceChildren();
  team.names.forEach((name, index) => {
    const chosen = team.mine !== null && team.mine.team === index;
    const button = el('button', { type: 'button', className: chosen ? 'team-choice chosen' : 'team-choice' }, name);
    button.setAttribute('aria-pressed', String(chosen));
    button.dataset.team = String(index);
    pick.append(button);
  });
}

function onPick(event) {
  const button = event.target.closest('button[data-team]');
  if (!button || !sender) return;
  sender({ type: 'pick_team', team: Number(button.dataset.team) });
}

function onMembers(event) {
  event.preventDefault();
  if (!sender) return;
  const members = $('members').value.split(',').map((n) => n.trim()).filter((n) => n !== '');
  sender({ type: 'pick_team', members });
}

$('team-pick').addEventListener('click', onPick);
$('team-members').addEventListener('submit', onMembers);
