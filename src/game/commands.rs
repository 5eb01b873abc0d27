//! Host commands: starting, moving on, skipping, pausing, extending,
//! kicking (one player, or all who joined lately or match a name), locking
//! joining (in the lobby and after the start), hiding an entry and ending,
//! phase by phase.

use super::*;

/// The longest look back of `kick_recent`: a day.
const MAX_KICK_RECENT_SECS: u32 = 86_400;

impl Game {
    pub(super) fn command(&mut self, cmd: HostCommand, now: u64) -> Result<Vec<Output>, GameError> {
        match (cmd, &self.phase) {
            (HostCommand::Start, Phase::Lobby) | (HostCommand::Next, Phase::Lobby) => {
                self.started_at = Some(now);
                self.place_unpicked();
                // Everyone's team comes before the first question.
                let mut outputs = Vec::new();
                if matches!(self.options.teams, TeamMode::Pick { .. }) {
                    for id in self.players().map(|p| p.id).collect::<Vec<_>>() {
                        outputs.extend(self.team_outputs(id));
                    }
                }
                outputs.extend(self.show_question(0, now));
                Ok(outputs)
            }
            (HostCommand::Start, _) => Err(GameError::WrongPhase("the game has already started")),
            (HostCommand::Next, Phase::Intro { .. }) => Ok(self.open_answers(now)),
            (HostCommand::Next | HostCommand::Skip, Phase::Answering { .. }) => {
                Ok(self.close_question(now))
            }
            (HostCommand::Skip, Phase::Intro { .. }) => Ok(self.close_question(now)),
            (HostCommand::Next, Phase::Reveal) => Ok(self.show_leaderboard(now)),
            (HostCommand::Next | HostCommand::Skip, Phase::Slide) => Ok(self.after_question(now)),
            (HostCommand::Hide { entry }, Phase::Reveal) => self.hide(entry),
            (HostCommand::Hide { .. }, _) => Err(GameError::WrongPhase(
                "entries can be hidden only while the answers are shown",
            )),
            (HostCommand::Next, Phase::Leaderboard) => Ok(self.after_question(now)),
            (HostCommand::Next, Phase::RoundSummary) => Ok(self.after_round(now)),
            (HostCommand::Next | HostCommand::Skip, Phase::Break) => Ok(self.after_break(now)),
            (HostCommand::Next | HostCommand::End, Phase::Podium) => Ok(self.end()),
            (HostCommand::End, Phase::Ended) | (HostCommand::Next, Phase::Ended) => {
                Err(GameError::WrongPhase("the game is over"))
            }
            (HostCommand::End, _) => Ok(self.show_podium(now)),
            (HostCommand::Skip, _) => Err(GameError::WrongPhase("no open question to skip")),
            (
                HostCommand::Pause,
                Phase::Answering {
                    time_limit_ms,
                    deadline: Some(deadline),
                    ..
                },
            ) => {
                let remaining_ms = deadline.saturating_sub(now);
                self.phase = Phase::Answering {
                    time_limit_ms: *time_limit_ms,
                    deadline: None,
                    remaining_ms,
                };
                Ok(vec![out(
                    Audience::Everyone,
                    ServerMsg::Paused {
                        index: self.question,
                        remaining_ms,
                    },
                )])
            }
            (HostCommand::Pause, _) => self.pause_advance(now).ok_or(GameError::WrongPhase(
                "only a running countdown can be paused",
            )),
            (
                HostCommand::Continue,
                Phase::Answering {
                    time_limit_ms,
                    deadline: None,
                    remaining_ms,
                },
            ) => {
                let (time_limit_ms, deadline) = (*time_limit_ms, now + remaining_ms);
                self.phase = Phase::Answering {
                    time_limit_ms,
                    deadline: Some(deadline),
                    remaining_ms: *remaining_ms,
                };
                Ok(vec![self.deadline_msg(deadline, time_limit_ms)])
            }
            (HostCommand::Continue, _) => self
                .continue_advance(now)
                .ok_or(GameError::WrongPhase("the game is not paused")),
            (
                HostCommand::Extend { seconds },
                Phase::Answering {
                    time_limit_ms,
                    deadline,
                    remaining_ms,
                },
            ) => {
                if !(1..=240).contains(&seconds) {
                    return Err(GameError::BadExtension);
                }
                let extra = u64::from(seconds) * 1000;
                let time_limit_ms = time_limit_ms + extra;
                let deadline = deadline.map(|d| d + extra);
                let remaining_ms = remaining_ms + extra;
                self.phase = Phase::Answering {
                    time_limit_ms,
                    deadline,
                    remaining_ms,
                };
                Ok(match deadline {
                    Some(d) => vec![self.deadline_msg(d, time_limit_ms)],
                    None => vec![out(
                        Audience::Everyone,
                        ServerMsg::Paused {
                            index: self.question,
                            remaining_ms,
                        },
                    )],
                })
            }
            (HostCommand::Extend { .. }, _) => {
                Err(GameError::WrongPhase("no open question to extend"))
            }
            (HostCommand::Kick { player }, _) => self.kick(player, now),
            (HostCommand::Lock | HostCommand::Unlock, Phase::Podium | Phase::Ended) => Err(
                GameError::WrongPhase("the game is over; nobody joins any more"),
            ),
            (HostCommand::Lock, _) => Ok(self.lock(true)),
            (HostCommand::Unlock, _) => Ok(self.lock(false)),
            (HostCommand::KickRecent { seconds }, _) => {
                if !(1..=MAX_KICK_RECENT_SECS).contains(&seconds) {
                    return Err(GameError::BadKick("kick_recent takes 1 to 86,400 seconds"));
                }
                let since = now.saturating_sub(u64::from(seconds) * 1000);
                self.kick_where(|p| p.joined_at >= since, now)
            }
            (HostCommand::KickMatching { pattern }, _) => {
                let pattern = nickname::look_alike(pattern.trim());
                if pattern.is_empty() {
                    return Err(GameError::BadKick("kick_matching needs a pattern"));
                }
                self.kick_where(
                    |p| nickname::look_alike(&p.nickname).contains(&pattern),
                    now,
                )
            }
        }
    }

    fn lock(&mut self, locked: bool) -> Vec<Output> {
        self.locked = locked;
        vec![out(Audience::Hosts, ServerMsg::Joining { open: !locked })]
    }

    /// Removes every current player `pick` chooses; hosts hear of them in
    /// one message, not one per player.
    fn kick_where(
        &mut self,
        pick: impl Fn(&Player) -> bool,
        now: u64,
    ) -> Result<Vec<Output>, GameError> {
        let ids: Vec<PlayerId> = self.players().filter(|p| pick(p)).map(|p| p.id).collect();
        if ids.is_empty() {
            return Err(GameError::NoneMatched);
        }
        let mut outputs = Vec::with_capacity(ids.len() + 1);
        for &id in &ids {
            self.remove(id);
            outputs.push(out(Audience::Player(id), ServerMsg::Kicked));
        }
        outputs.push(out(
            Audience::Hosts,
            ServerMsg::PlayersLeft {
                players: ids,
                count: self.player_count(),
            },
        ));
        self.close_if_all_answered(&mut outputs, now);
        Ok(outputs)
    }

    /// Takes a current player out of the game.
    fn remove(&mut self, player: PlayerId) {
        self.index.ensure(&self.players);
        self.index.remove(&self.players[player as usize]);
        self.players[player as usize].kicked = true;
        self.pending.remove(&player);
    }

    fn deadline_msg(&self, deadline: u64, time_limit_ms: u64) -> Output {
        out(
            Audience::Everyone,
            ServerMsg::Deadline {
                index: self.question,
                deadline,
                time_limit_ms,
            },
        )
    }

    pub(super) fn kick(&mut self, player: PlayerId, now: u64) -> Result<Vec<Output>, GameError> {
        if self.players.get(player as usize).is_none_or(|p| p.kicked) {
            return Err(GameError::NoSuchPlayer(player));
        }
        self.remove(player);
        let mut outputs = vec![
            out(Audience::Player(player), ServerMsg::Kicked),
            out(
                Audience::Hosts,
                ServerMsg::PlayerLeft {
                    player,
                    count: self.player_count(),
                },
            ),
        ];
        self.close_if_all_answered(&mut outputs, now);
        Ok(outputs)
    }

    /// The round summary after a round's last question, else the next
    /// question, or the podium after the last.
    pub(super) fn after_question(&mut self, now: u64) -> Vec<Output> {
        if self.quiz.ends_round(self.question) {
            return self.show_round_summary(now);
        }
        self.next_or_podium(now)
    }

    /// The next question, or the podium after the last.
    pub(super) fn next_or_podium(&mut self, now: u64) -> Vec<Output> {
        if self.question + 1 < self.quiz.questions.len() {
            self.show_question(self.question + 1, now)
        } else {
            self.show_podium(now)
        }
    }

    fn hide(&mut self, entry: String) -> Result<Vec<Output>, GameError> {
        let q = &self.quiz.questions[self.question];
        if !matches!(
            q.kind,
            QuestionKind::WordCloud { .. } | QuestionKind::TypeAnswer { .. }
        ) {
            return Err(GameError::WrongPhase(
                "this question has no entries to hide",
            ));
        }
        let entry = crate::quiz::text_match::display_form(&entry);
        let hidden = self.hidden.entry(self.question).or_default();
        if !hidden.contains(&entry) {
            hidden.push(entry);
        }
        Ok(self.phase_output())
    }
}
