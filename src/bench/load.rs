//! Where a run's players play: as tasks of the bench's own process, or
//! shared out over load processes (fleet.rs) whose reports a task of this
//! process gathers. Either way the run ends with every player's outcome in
//! player order, and a failed load process ends the run at once.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use tokio::sync::{watch, Semaphore};
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::fleet::{self, Fleet, Gather};
use super::player::{self, Outcome, PlayerSpec, Tally};
use super::worker::Job;
use super::{
    source_addresses, spread, time_limit, BenchError, Plan, INTRO_SECS, JOIN_CONCURRENCY,
    PLAYERS_FINISH_WITHIN, READ_BUFFER, WORKER_GRACE_SECS,
};
use crate::client::{Server, SocketOptions};

/// Where the players run: as tasks of this process, or in load processes
/// whose lines a task of this process gathers.
pub(super) enum Load {
    Here(Vec<JoinHandle<Outcome>>),
    Spread {
        fleet: Fleet,
        gathering: JoinHandle<Result<Gather, String>>,
        failed: watch::Receiver<Option<String>>,
    },
}

/// What the load processes used, summed (nothing when there are none).
#[derive(Default)]
pub(super) struct WorkerUsage {
    pub cpu_secs: f64,
    pub peak_rss_bytes: u64,
}

impl Load {
    pub(super) fn here(
        plan: &Plan,
        servers: &[Server],
        targets: &[SocketAddr],
        pin: &str,
        tally: &Arc<Tally>,
        stopped: &watch::Receiver<bool>,
    ) -> Load {
        let sources = source_addresses(targets[0].ip(), plan.players);
        let gate = Arc::new(Semaphore::new(JOIN_CONCURRENCY));
        let intro_ms = u64::from(INTRO_SECS) * 1000;
        Load::Here(
            (0..plan.players)
                .map(|index| {
                    tokio::spawn(player::play(
                        player_spec(index, servers, targets, &sources, pin, intro_ms),
                        Arc::clone(tally),
                        Arc::clone(&gate),
                        stopped.clone(),
                    ))
                })
                .collect(),
        )
    }

    pub(super) fn spread(
        plan: &Plan,
        processes: usize,
        servers: &[Server],
        pin: &str,
        tally: &Arc<Tally>,
    ) -> Result<Load, BenchError> {
        let jobs = jobs(
            &Job {
                servers: servers.iter().map(Server::base_url).collect(),
                token: plan.token.clone(),
                pin: pin.to_string(),
                intro_ms: u64::from(INTRO_SECS) * 1000,
                players: plan.players,
                first: 0,
                count: 0,
                join_concurrency: JOIN_CONCURRENCY.div_ceil(processes),
                time_limit_secs: time_limit(plan.players, plan.questions).as_secs()
                    + WORKER_GRACE_SECS,
            },
            processes,
        );
        let (fleet, events) = Fleet::start(&jobs)?;
        let (failure, failed) = watch::channel(None);
        let gather = Gather::new(plan.players, fleet.pids());
        let gathering = tokio::spawn(fleet::collect(events, gather, Arc::clone(tally), failure));
        Ok(Load::Spread {
            fleet,
            gathering,
            failed,
        })
    }

    /// Runs `work`, unless a load process fails first: then the run ends
    /// at once with that failure.
    pub(super) async fn watch<T>(
        &mut self,
        work: impl Future<Output = Result<T, BenchError>>,
    ) -> Result<T, BenchError> {
        let Load::Spread { failed, .. } = self else {
            return work.await;
        };
        let failure = async {
            match failed.wait_for(Option::is_some).await {
                Ok(message) => message.clone().unwrap_or_default(),
                // Gathering ended without a failure: nothing more to watch.
                Err(_) => std::future::pending().await,
            }
        };
        tokio::select! {
            result = work => result,
            message = failure => Err(BenchError::Worker(message)),
        }
    }

    /// Every player's outcome, in player order, once each has seen the end
    /// or, after `PLAYERS_FINISH_WITHIN`, been told to stop.
    pub(super) async fn finish(
        self,
        stop: &watch::Sender<bool>,
    ) -> Result<(Vec<Outcome>, WorkerUsage), BenchError> {
        let finish_by = Instant::now() + PLAYERS_FINISH_WITHIN;
        match self {
            Load::Here(handles) => {
                let mut outcomes = Vec::with_capacity(handles.len());
                for mut handle in handles {
                    match tokio::time::timeout_at(finish_by, &mut handle).await {
                        Ok(outcome) => outcomes.push(outcome.unwrap_or_default()),
                        Err(_) => {
                            // Whoever has not seen the end by now is told to stop.
                            let _ = stop.send(true);
                            outcomes.push(handle.await.unwrap_or_default());
                        }
                    }
                }
                Ok((outcomes, WorkerUsage::default()))
            }
            Load::Spread {
                mut fleet,
                mut gathering,
                ..
            } => {
                let gathered = match tokio::time::timeout_at(finish_by, &mut gathering).await {
                    Ok(gathered) => gathered,
                    Err(_) => {
                        fleet.stop();
                        gathering.await
                    }
                };
                let mut gather = gathered
                    .map_err(|e| BenchError::Worker(format!("gathering the reports: {e}")))?
                    .map_err(BenchError::Worker)?;
                fleet.wait().await?;
                let usage = WorkerUsage {
                    cpu_secs: gather.cpu_secs,
                    peak_rss_bytes: gather.peak_rss_bytes,
                };
                Ok((gather.outcomes(), usage))
            }
        }
    }
}

/// `template` with its players split into `processes` ranges in player
/// order, so each load process gets its share of every server (player `i`
/// goes to server `i` mod servers wherever it runs).
pub(super) fn jobs(template: &Job, processes: usize) -> Vec<Job> {
    let players = template.players;
    (0..processes)
        .map(|n| {
            let first = n * players / processes;
            let end = (n + 1) * players / processes;
            Job {
                first,
                count: end - first,
                ..template.clone()
            }
        })
        .collect()
}

/// How player `index` of the run connects, in whichever process it runs.
pub(super) fn player_spec(
    index: usize,
    servers: &[Server],
    targets: &[SocketAddr],
    sources: &[IpAddr],
    pin: &str,
    intro_ms: u64,
) -> PlayerSpec {
    let node = spread::server_of(index, servers.len());
    PlayerSpec {
        index,
        server: servers[node].clone(),
        options: SocketOptions {
            addr: targets[node],
            source: sources.get(index % sources.len().max(1)).copied(),
            read_buffer: READ_BUFFER,
        },
        pin: pin.to_string(),
        intro_ms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_process_gets_a_range_of_players_and_the_whole_run_between_them() {
        let template = Job {
            servers: vec!["http://127.0.0.1:1".into(), "http://127.0.0.1:2".into()],
            token: Some("secret".into()),
            pin: "123456".into(),
            intro_ms: 1000,
            players: 10,
            first: 0,
            count: 0,
            join_concurrency: 67,
            time_limit_secs: 300,
        };
        let jobs = jobs(&template, 3);
        let ranges: Vec<(usize, usize)> = jobs.iter().map(|j| (j.first, j.count)).collect();
        assert_eq!(ranges, vec![(0, 3), (3, 3), (6, 4)]);
        assert!(jobs
            .iter()
            .all(|j| j.players == 10 && j.servers == template.servers && j.pin == "123456"));
        // Player 7 runs in the third process and still goes to server 7 mod 2.
        assert_eq!(spread::server_of(7, 2), 1);
        let total: usize = jobs.iter().map(|j| j.count).sum();
        assert_eq!(total, 10);
        assert!(!format!("{:?}", jobs[0]).contains("secret"));
    }
}
