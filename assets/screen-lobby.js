// The big screen's roster: who is in the game, the chip beside each
// nickname in a team game, and how many play. The host's screen has a kick
// button on each player. Nicknames are placed with textContent only.

import { el } from '/assets/common.js';
import { t } from '/assets/i18n.js';

const $ = (id) => document.getElementById(id);

export class Roster {
  constructor({ isHost }) {
    this.isHost = isHost;
    this.players = new Map(); // id → nickname
    this.teams = new Map(); // id → what the chip says beside the nickname
    this.teamMode = null; // 'auto', 'pick' or 'device' in a team game
    this.count = 0;
  }

  /** Everyone at once, from a `welcome`. */
  welcome(msg) {
    this.players = new Map((msg.players || []).map((p) => [p.id, p.nickname]));
    this.teamMode = msg.team_mode || null;
    this.teams = new Map((msg.players || []).map((p) => [p.id, this.chip(p.team, p.members)])
      .filter(([, chip]) => chip));
    this.count = this.players.size;
    const items = [...this.players].map(([id, nickname]) => this.item(id, nickname));
    $('player-list').replaceChildren(...items);
    this.renderCount();
  }

  /**
   * What a player's chip says beside the nickname: the team, or on a shared
   * device, whose team is its nickname, who plays on it (once typed in).
   */
  chip(team, members) {
    if (this.teamMode === 'device') return (members || []).join(', ');
    return team || '';
  }

  item(id, nickname) {
    const team = this.teams.get(id);
    const item = el('li', { className: 'player-chip', dataset: { id: String(id) } },
      el('span', { className: 'nick', text: nickname }),
      team ? el('span', { className: 'chip-team', text: team }) : null);
    if (this.isHost) {
      item.append(el('button', {
        className: 'kick',
        type: 'button',
        text: t('kick'),
        attrs: { 'aria-label': t('kick-name', { name: nickname }) },
        dataset: { player: String(id) },
      }));
    }
    return item;
  }

  listed(id) {
    return $('player-list').querySelector(`li[data-id="${Number(id)}"]`);
  }

  renderCount() {
    $('player-count').textContent = String(this.count);
    $('player-noun').textContent = t('players-noun', { count: this.count });
    $('no-players').hidden = this.count > 0;
  }

  joined(msg) {
    this.players.set(msg.player.id, msg.player.nickname);
    const chip = this.chip(msg.player.team, msg.player.members);
    if (chip) this.teams.set(msg.player.id, chip);
    this.count = msg.count;
    const old = this.listed(msg.player.id);
    if (old) old.remove();
    $('player-list').append(this.item(msg.player.id, msg.player.nickname));
    this.renderCount();
  }

  /** A player placed in a team or choosing one: their chip says which. */
  team(msg) {
    if (typeof msg.player !== 'number' || !this.players.has(msg.player)) return;
    const chip = this.chip(msg.name, msg.members);
    if (chip) this.teams.set(msg.player, chip);
    else this.teams.delete(msg.player);
    const old = this.listed(msg.player);
    if (old) old.replaceWith(this.item(msg.player, this.players.get(msg.player)));
  }

  /** `player_left` (one) or `players_left` (several). */
  left(ids, count) {
    for (const id of ids) {
      this.players.delete(id);
      const item = this.listed(id);
      if (item) item.remove();
    }
    this.count = count;
    this.renderCount();
  }
}
