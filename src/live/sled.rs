//! The embedded `Live`: a sled directory holding each running game's latest
//! snapshot (tree `snapshots`, keyed by game id), its answer log (tree `log`:
//! one record per appended batch, keyed by game id, a 0x00 separator and the
//! big-endian sequence number of the batch's last entry, so one game's
//! records are contiguous and in order) and the scored answers of its closed
//! questions (tree `answers`, keyed the same way by question index). Writes
//! are flushed before they are acknowledged. It stores bytes and inputs; it
//! never interprets a game.

use std::ops::Bound;

use async_trait::async_trait;

use super::{Live, LiveError, LogEntry, Result};

/// sled's default cache is 1 GiB; live state is small and this runs on
/// appliances, so keep it modest.
const CACHE_BYTES: u64 = 8 * 1024 * 1024;

/// Ends a game id inside a log key. Ids may not contain it, which is what
/// keeps "ab" from reading "abc"'s entries.
const SEPARATOR: u8 = 0x00;

pub struct SledLive {
    db: sled::Db,
    snapshots: sled::Tree,
    log: sled::Tree,
    /// Scored answers per closed question, keyed like the log (game id,
    /// separator, big-endian question index).
    answers: sled::Tree,
}

impl SledLive {
    /// Opens (creating if needed) the sled directory at `path`.
    pub fn open(path: &str) -> Result<SledLive> {
        std::fs::create_dir_all(path)
            .map_err(|e| LiveError::Backend(format!("cannot create {path}: {e}")))?;
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(CACHE_BYTES)
            .open()?;
        Ok(SledLive {
            snapshots: db.open_tree("snapshots")?,
            log: db.open_tree("log")?,
            answers: db.open_tree("answers")?,
            db,
        })
    }

    async fn flush(&self) -> Result<()> {
        self.db.flush_async().await?;
        Ok(())
    }
}

impl From<sled::Error> for LiveError {
    fn from(e: sled::Error) -> Self {
        match e {
            sled::Error::Corruption { .. } => LiveError::Corrupt(e.to_string()),
            other => LiveError::Backend(other.to_string()),
        }
    }
}

fn check_id(game_id: &str) -> Result<()> {
    if game_id.as_bytes().contains(&SEPARATOR) {
        return Err(LiveError::Backend(format!(
            "game id {game_id:?} contains a NUL byte"
        )));
    }
    Ok(())
}

/// The first byte string of a game's log keys.
fn log_prefix(game_id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(game_id.len() + 9);
    key.extend_from_slice(game_id.as_bytes());
    key.push(SEPARATOR);
    key
}

fn log_key(game_id: &str, seq: u64) -> Vec<u8> {
    let mut key = log_prefix(game_id);
    key.extend_from_slice(&seq.to_be_bytes());
    key
}

/// Just past every log key of the game: the separator bumped by one.
fn log_end(game_id: &str) -> Vec<u8> {
    let mut key = game_id.as_bytes().to_vec();
    key.push(SEPARATOR + 1);
    key
}

/// A log record: a batch of entries, or a single entry as written by
/// earlier versions (one record per entry).
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Record {
    Batch(Vec<LogEntry>),
    Entry(LogEntry),
}

fn seq_of(game_id: &str, key: &[u8]) -> Result<u64> {
    key.get(game_id.len() + 1..)
        .and_then(|tail| <[u8; 8]>::try_from(tail).ok())
        .map(u64::from_be_bytes)
        .ok_or_else(|| LiveError::Corrupt(format!("malformed log key for game {game_id:?}")))
}

async fn blocking<T, F>(f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T> + Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| LiveError::Backend(format!("live store task failed: {e}")))?
}

#[async_trait]
impl Live for SledLive {
    async fn save_snapshot(&self, game_id: &str, snapshot: &[u8]) -> Result<()> {
        self.snapshots.insert(game_id.as_bytes(), snapshot)?;
        self.flush().await
    }

    async fn load_snapshot(&self, game_id: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.snapshots.get(game_id.as_bytes())?.map(|v| v.to_vec()))
    }

    async fn games(&self) -> Result<Vec<String>> {
        self.snapshots
            .iter()
            .keys()
            .map(|key| {
                let key = key?;
                String::from_utf8(key.to_vec())
                    .map_err(|_| LiveError::Corrupt("a snapshot key is not UTF-8".into()))
            })
            .collect()
    }

    async fn append(&self, game_id: &str, entries: &[LogEntry]) -> Result<u64> {
        check_id(game_id)?;
        // One actor owns each game's log, so numbering from the last key
        // cannot race. A batch is one record, keyed by the number of its
        // last entry: one tree insert per flush instead of one per answer
        // (a sled insert costs tens of microseconds), and it lands whole or
        // not at all.
        let last = match self.log.scan_prefix(log_prefix(game_id)).keys().next_back() {
            Some(key) => seq_of(game_id, &key?)?,
            None => 0,
        };
        if entries.is_empty() {
            return Ok(last);
        }
        let seq = last + entries.len() as u64;
        let value = serde_json::to_vec(entries)
            .map_err(|e| LiveError::Backend(format!("cannot encode log entries: {e}")))?;
        self.log.insert(log_key(game_id, seq), value)?;
        self.flush().await?;
        Ok(seq)
    }

    async fn log_since(&self, game_id: &str, after: u64) -> Result<Vec<(u64, LogEntry)>> {
        check_id(game_id)?;
        let Some(first) = after.checked_add(1) else {
            return Ok(Vec::new());
        };
        let log = self.log.clone();
        let game_id = game_id.to_string();
        // A resumed game may replay a long log; read it off the async threads.
        blocking(move || {
            // Records are keyed by their last entry's number, so the first
            // record wanted is the first whose key is at least `first`.
            let range = (
                Bound::Included(log_key(&game_id, first)),
                Bound::Excluded(log_end(&game_id)),
            );
            let mut entries = Vec::new();
            for record in log.range::<Vec<u8>, _>(range) {
                let (key, value) = record?;
                let last = seq_of(&game_id, &key)?;
                let batch = match serde_json::from_slice(&value) {
                    Ok(Record::Batch(batch)) => batch,
                    Ok(Record::Entry(entry)) => vec![entry],
                    Err(e) => {
                        return Err(LiveError::Corrupt(format!(
                            "log record {last} of game {game_id:?}: {e}"
                        )))
                    }
                };
                let start = (last + 1).checked_sub(batch.len() as u64).ok_or_else(|| {
                    LiveError::Corrupt(format!("log record {last} of game {game_id:?} is too long"))
                })?;
                entries.extend((start..).zip(batch).filter(|(seq, _)| *seq >= first));
            }
            Ok(entries)
        })
        .await
    }

    async fn save_answers(&self, game_id: &str, question: usize, answers: &[u8]) -> Result<()> {
        check_id(game_id)?;
        self.answers
            .insert(log_key(game_id, question as u64), answers)?;
        self.flush().await
    }

    async fn load_answers(&self, game_id: &str) -> Result<Vec<(usize, Vec<u8>)>> {
        check_id(game_id)?;
        self.answers
            .range(log_prefix(game_id)..log_end(game_id))
            .map(|entry| {
                let (key, value) = entry?;
                Ok((seq_of(game_id, &key)? as usize, value.to_vec()))
            })
            .collect()
    }

    async fn remove(&self, game_id: &str) -> Result<()> {
        check_id(game_id)?;
        // Snapshot first: if we stop half-way, a log without a snapshot is
        // only dead weight, whereas a snapshot without its log would resume
        // a game that has silently lost inputs.
        self.snapshots.remove(game_id.as_bytes())?;
        let (log, answers) = (self.log.clone(), self.answers.clone());
        let game_id = game_id.to_string();
        blocking(move || {
            for tree in [log, answers] {
                let mut batch = sled::Batch::default();
                for key in tree.range(log_prefix(&game_id)..log_end(&game_id)).keys() {
                    batch.remove(key?);
                }
                tree.apply_batch(batch)?;
            }
            Ok(())
        })
        .await?;
        self.flush().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::HostCommand;
    use crate::game::Input;
    use crate::quiz::AnswerValue;

    fn entry(input: Input) -> LogEntry {
        LogEntry::Input { at: 1_000, input }
    }

    fn answer(player: u32, question: usize, choice: usize) -> LogEntry {
        entry(Input::Answer {
            player,
            question,
            answer: AnswerValue::Choice(choice),
            id: Some(format!("a-{player}-{question}")),
        })
    }

    fn open(dir: &tempfile::TempDir) -> SledLive {
        SledLive::open(dir.path().join("live/sled").to_str().unwrap()).unwrap()
    }

    #[tokio::test]
    async fn snapshots_save_load_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let live = open(&dir);
        assert_eq!(live.load_snapshot("g1").await.unwrap(), None);
        live.save_snapshot("g1", b"{\"phase\":\"lobby\"}")
            .await
            .unwrap();
        assert_eq!(
            live.load_snapshot("g1").await.unwrap().as_deref(),
            Some(&b"{\"phase\":\"lobby\"}"[..])
        );
        live.save_snapshot("g1", b"second").await.unwrap();
        assert_eq!(
            live.load_snapshot("g1").await.unwrap(),
            Some(b"second".to_vec())
        );
    }

    #[tokio::test]
    async fn batches_are_numbered_per_entry_and_read_from_any_entry() {
        let dir = tempfile::tempdir().unwrap();
        let live = open(&dir);
        let first = [entry(Input::Host(HostCommand::Start)), answer(1, 0, 2)];
        let second = [answer(2, 0, 1), entry(Input::Tick), answer(3, 1, 0)];
        assert_eq!(live.append("g1", &first).await.unwrap(), 2);
        assert_eq!(live.append("g1", &second).await.unwrap(), 5);
        assert_eq!(live.append("g1", &[]).await.unwrap(), 5);
        // From the middle of the second batch.
        let tail = live.log_since("g1", 3).await.unwrap();
        assert_eq!(tail, vec![(4, second[1].clone()), (5, second[2].clone())]);
        let all = live.log_since("g1", 0).await.unwrap();
        assert_eq!(
            all.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        assert_eq!(all[1].1, first[1]);
    }

    #[tokio::test]
    async fn single_entry_records_of_earlier_versions_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let live = open(&dir);
        let old = answer(7, 0, 3);
        live.log
            .insert(log_key("g1", 1), serde_json::to_vec(&old).unwrap())
            .unwrap();
        let next = entry(Input::Tick);
        assert_eq!(
            live.append("g1", std::slice::from_ref(&next))
                .await
                .unwrap(),
            2
        );
        assert_eq!(
            live.log_since("g1", 0).await.unwrap(),
            vec![(1, old), (2, next)]
        );
    }

    #[tokio::test]
    async fn answers_are_kept_per_question_and_removed_with_the_game() {
        let dir = tempfile::tempdir().unwrap();
        let live = open(&dir);
        live.save_answers("g1", 1, b"[1]").await.unwrap();
        live.save_answers("g1", 0, b"[0]").await.unwrap();
        live.save_answers("g10", 0, b"[other game]").await.unwrap();
        // Saving a question again replaces it.
        live.save_answers("g1", 1, b"[1, again]").await.unwrap();
        assert_eq!(
            live.load_answers("g1").await.unwrap(),
            vec![(0, b"[0]".to_vec()), (1, b"[1, again]".to_vec())]
        );
        live.remove("g1").await.unwrap();
        assert!(live.load_answers("g1").await.unwrap().is_empty());
        assert_eq!(live.load_answers("g10").await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn append_numbers_and_log_since() {
        let dir = tempfile::tempdir().unwrap();
        let live = open(&dir);
        let inputs = [
            entry(Input::Host(HostCommand::Start)),
            answer(1, 0, 2),
            entry(Input::Tick),
        ];
        let mut seqs = Vec::new();
        for input in &inputs {
            seqs.push(
                live.append("g1", std::slice::from_ref(input))
                    .await
                    .unwrap(),
            );
        }
        assert_eq!(seqs, [1, 2, 3]);
        // A batch is numbered in order and returns its last number.
        assert_eq!(live.append("g2", &inputs).await.unwrap(), 3);
        assert_eq!(live.append("g2", &inputs[..1]).await.unwrap(), 4);
        assert_eq!(live.log_since("g2", 2).await.unwrap().len(), 2);

        let all = live.log_since("g1", 0).await.unwrap();
        assert_eq!(
            all,
            vec![
                (1, inputs[0].clone()),
                (2, inputs[1].clone()),
                (3, inputs[2].clone())
            ]
        );
        let rest = live.log_since("g1", 1).await.unwrap();
        assert_eq!(rest, vec![(2, inputs[1].clone()), (3, inputs[2].clone())]);
        assert_eq!(live.log_since("g1", 3).await.unwrap(), vec![]);
        assert_eq!(live.log_since("g1", u64::MAX).await.unwrap(), vec![]);
        assert_eq!(live.log_since("nope", 0).await.unwrap(), vec![]);
    }

    #[tokio::test]
    async fn logs_of_games_do_not_mix() {
        let dir = tempfile::tempdir().unwrap();
        let live = open(&dir);
        // "ab" is a prefix of "abc"; "a" sorts before both.
        for (game, player) in [
            ("ab", 1),
            ("abc", 2),
            ("ab", 3),
            ("a", 4),
            ("abc", 5),
            ("ab", 6),
        ] {
            live.append(game, &[answer(player, 0, 1)]).await.unwrap();
        }
        assert_eq!(
            live.log_since("ab", 0).await.unwrap(),
            vec![
                (1, answer(1, 0, 1)),
                (2, answer(3, 0, 1)),
                (3, answer(6, 0, 1))
            ]
        );
        assert_eq!(
            live.log_since("abc", 0).await.unwrap(),
            vec![(1, answer(2, 0, 1)), (2, answer(5, 0, 1))]
        );
        assert_eq!(
            live.log_since("a", 0).await.unwrap(),
            vec![(1, answer(4, 0, 1))]
        );

        live.remove("ab").await.unwrap();
        assert_eq!(live.log_since("ab", 0).await.unwrap(), vec![]);
        assert_eq!(live.log_since("abc", 0).await.unwrap().len(), 2);
        assert_eq!(live.log_since("a", 0).await.unwrap().len(), 1);
        assert_eq!(live.append("abc", &[entry(Input::Tick)]).await.unwrap(), 3);
    }

    #[tokio::test]
    async fn games_lists_and_remove_clears() {
        let dir = tempfile::tempdir().unwrap();
        let live = open(&dir);
        live.save_snapshot("g2", b"two").await.unwrap();
        live.save_snapshot("g1", b"one").await.unwrap();
        live.append("g1", &[entry(Input::Connected { player: 7 })])
            .await
            .unwrap();
        live.append("g2", &[entry(Input::Disconnected { player: 8 })])
            .await
            .unwrap();
        let mut games = live.games().await.unwrap();
        games.sort();
        assert_eq!(games, ["g1", "g2"]);

        live.remove("g1").await.unwrap();
        assert_eq!(live.games().await.unwrap(), ["g2"]);
        assert_eq!(live.load_snapshot("g1").await.unwrap(), None);
        assert_eq!(live.log_since("g1", 0).await.unwrap(), vec![]);
        // A fresh log for the same id starts again at 1.
        assert_eq!(live.append("g1", &[entry(Input::Tick)]).await.unwrap(), 1);
        assert_eq!(
            live.log_since("g2", 0).await.unwrap(),
            vec![(1, entry(Input::Disconnected { player: 8 }))]
        );
        assert!(live.append("bad\0id", &[entry(Input::Tick)]).await.is_err());
    }

    #[tokio::test]
    async fn reopening_keeps_data() {
        let dir = tempfile::tempdir().unwrap();
        {
            let live = open(&dir);
            live.save_snapshot("g1", b"snapshot").await.unwrap();
            live.append("g1", &[answer(1, 0, 0)]).await.unwrap();
            live.append(
                "g1",
                &[entry(Input::Host(HostCommand::Extend { seconds: 10 }))],
            )
            .await
            .unwrap();
        }
        let live = open(&dir);
        assert_eq!(live.games().await.unwrap(), ["g1"]);
        assert_eq!(
            live.load_snapshot("g1").await.unwrap(),
            Some(b"snapshot".to_vec())
        );
        assert_eq!(
            live.log_since("g1", 0).await.unwrap(),
            vec![
                (1, answer(1, 0, 0)),
                (2, entry(Input::Host(HostCommand::Extend { seconds: 10 })))
            ]
        );
        assert_eq!(live.append("g1", &[entry(Input::Tick)]).await.unwrap(), 3);
    }
}
