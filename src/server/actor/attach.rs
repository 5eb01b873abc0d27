//! Letting a connection into the game: a new player's join (with the limit
//! of joins per address), a returning player's resume (closing the
//! connection it replaces), a host's key check and a screen's watch. The
//! connection's `welcome` goes first in its queue.

use super::*;

impl GameActor {
    pub(super) fn attach(&mut self, how: Attach, conn: Conn) -> Result<u64, Refusal> {
        let refuse = |e: GameError, close: u16| Refusal {
            code: e.code(),
            message: e.to_string(),
            close,
        };
        if self.stalled() && matches!(how, Attach::Join { .. }) {
            return Err(Refusal {
                code: ErrorCode::StorageUnavailable,
                message: "the server cannot save new players now; try again soon".into(),
                close: close::JOIN_REFUSED,
            });
        }
        let (role, player, token) = match how {
            Attach::Join {
                nickname,
                from,
                per_address,
            } => {
                let joined = self.joins_from.get(&from).copied().unwrap_or(0);
                if per_address > 0 && joined >= per_address {
                    return Err(Refusal {
                        code: ErrorCode::TooManyJoins,
                        message: format!(
                            "{joined} players have joined this game from your network, \
                             the most it allows; ask the host"
                        ),
                        close: close::JOIN_REFUSED,
                    });
                }
                let token = (self.tokens)();
                let at = now_ms();
                let (id, outputs) = self
                    .game
                    .join(&nickname, token.clone(), at)
                    .map_err(|e| refuse(e, close::JOIN_REFUSED))?;
                *self.joins_from.entry(from).or_default() += 1;
                self.log.push(LogEntry::Join {
                    at,
                    nickname,
                    token: token.clone(),
                });
                self.outbox.queue(outputs);
                (Role::Player, Some(id), Some(token))
            }
            Attach::Resume { token } => {
                let id = self
                    .game
                    .player_by_token(&token)
                    .map_err(|e| refuse(e, close::FORBIDDEN))?;
                let keeping = match &conn {
                    Conn::Remote(remote) => Some(remote.id),
                    Conn::Local(_) => None,
                };
                self.conns.replace(id, keeping);
                let _ = self.game.handle(Input::Connected { player: id }, now_ms());
                (Role::Player, Some(id), Some(token))
            }
            Attach::Host { key } => {
                if !constant_time_eq(key.as_bytes(), self.host_key.as_bytes()) {
                    return Err(Refusal {
                        code: ErrorCode::Forbidden,
                        message: "that host key does not control this game".into(),
                        close: close::FORBIDDEN,
                    });
                }
                (Role::Host, None, None)
            }
            Attach::Watch => (Role::Screen, None, None),
        };
        let position = self.outbox.position();
        let id = match conn {
            Conn::Local(tx) => self.conns.attach(role, player, tx, position),
            Conn::Remote(remote) => self.conns.attach_remote(role, player, remote, position),
        };
        let welcome = welcome::welcome(&self.game, role, player, token);
        match self.storage_notice() {
            // The batch's messages wait for the disk; this client is told now.
            Some(notice) => {
                self.send(id, welcome.to_json().into());
                self.send(id, notice.to_json().into());
            }
            None => self.outbox.for_conn(id, welcome),
        }
        Ok(id)
    }
}

/// Compares secrets without revealing where they differ through timing.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
