//! One connection's outgoing queue: the game actor puts messages in without
//! ever waiting, the connection's task takes them out and writes them.
//!
//! A bounded `tokio::sync::mpsc` channel would do, but it keeps blocks of
//! 32 slots per channel (one to two of them, over 1 KiB each, however few
//! messages are waiting), and a game holds one channel per player. This
//! queue holds only what is waiting, in a `VecDeque` that is given back once
//! a burst has been written. It also carries the actor's "close at once",
//! which skips whatever is queued.

use std::collections::VecDeque;
use std::future::poll_fn;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::Poll;

use futures_util::task::AtomicWaker;

use super::actor::Outbound;

/// Room kept once a queue has drained; a burst grows it, and it is given
/// back when empty again.
const KEEP: usize = 4;

/// Creates a queue that holds at most `capacity` messages.
pub fn channel(capacity: usize) -> (Sender, Receiver) {
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            queue: VecDeque::new(),
            kill: None,
            sender_gone: false,
            receiver_gone: false,
        }),
        waker: AtomicWaker::new(),
        capacity,
    });
    (
        Sender {
            shared: Arc::clone(&shared),
        },
        Receiver { shared },
    )
}

struct Shared {
    state: Mutex<State>,
    waker: AtomicWaker,
    capacity: usize,
}

struct State {
    queue: VecDeque<Outbound>,
    /// Close at once with this code and reason, before anything queued.
    kill: Option<(u16, &'static str)>,
    sender_gone: bool,
    receiver_gone: bool,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding the lock; a poisoned one is still sound.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Why `try_send` did not queue the message.
#[derive(Debug, PartialEq, Eq)]
pub enum TrySendError {
    /// The queue holds `capacity` messages already.
    Full,
    /// The connection is gone.
    Closed,
}

/// The actor's end.
pub struct Sender {
    shared: Arc<Shared>,
}

impl Sender {
    /// Queues `msg` unless the queue is full or the connection gone.
    pub fn try_send(&self, msg: Outbound) -> Result<(), TrySendError> {
        {
            let mut state = self.shared.lock();
            if state.receiver_gone {
                return Err(TrySendError::Closed);
            }
            if state.queue.len() >= self.shared.capacity {
                return Err(TrySendError::Full);
            }
            state.queue.push_back(msg);
        }
        self.shared.waker.wake();
        Ok(())
    }

    /// How many more messages fit.
    pub fn capacity(&self) -> usize {
        let state = self.shared.lock();
        self.shared.capacity.saturating_sub(state.queue.len())
    }

    /// Closes the connection with `code` at once, ahead of anything queued
    /// (for a client that stopped reading).
    pub fn kill(&self, code: u16, reason: &'static str) {
        self.shared.lock().kill.get_or_insert((code, reason));
        self.shared.waker.wake();
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        self.shared.lock().sender_gone = true;
        self.shared.waker.wake();
    }
}

/// What the connection's task takes out next.
#[derive(Debug)]
pub enum Next {
    Msg(Outbound),
    /// Close now with this code and reason; anything queued is dropped.
    Kill(u16, &'static str),
    /// The sender is gone and nothing is left to write.
    Closed,
}

/// The connection's end.
pub struct Receiver {
    shared: Arc<Shared>,
}

impl Receiver {
    /// Waits for the next message (or the order to close).
    pub async fn recv(&mut self) -> Next {
        poll_fn(|cx| {
            let mut state = self.shared.lock();
            if let Some((code, reason)) = state.kill.take() {
                return Poll::Ready(Next::Kill(code, reason));
            }
            if let Some(msg) = state.queue.pop_front() {
                return Poll::Ready(Next::Msg(msg));
            }
            if state.sender_gone {
                return Poll::Ready(Next::Closed);
            }
            // Registered under the lock: a sender queues under it too and
            // wakes after, so no message can slip in unseen.
            self.shared.waker.register(cx.waker());
            Poll::Pending
        })
        .await
    }

    /// The next queued message, if one is waiting. A drained queue gives back
    /// the room a burst took.
    pub fn try_recv(&mut self) -> Option<Outbound> {
        let mut state = self.shared.lock();
        let msg = state.queue.pop_front();
        if state.queue.is_empty() && state.queue.capacity() > KEEP {
            state.queue.shrink_to(KEEP);
        }
        msg
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.receiver_gone = true;
        state.queue = VecDeque::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &'static str) -> Outbound {
        Outbound::Text(s.into())
    }

    fn is_text(next: Next, want: &str) -> bool {
        matches!(next, Next::Msg(Outbound::Text(t)) if t.as_str() == want)
    }

    #[tokio::test]
    async fn messages_come_out_in_order_and_the_queue_is_bounded() {
        let (tx, mut rx) = channel(2);
        tx.try_send(text("a")).unwrap();
        tx.try_send(text("b")).unwrap();
        assert_eq!(tx.capacity(), 0);
        assert_eq!(tx.try_send(text("c")), Err(TrySendError::Full));
        assert!(is_text(rx.recv().await, "a"));
        assert_eq!(tx.capacity(), 1);
        assert!(matches!(rx.try_recv(), Some(Outbound::Text(t)) if t.as_str() == "b"));
        assert!(rx.try_recv().is_none());
    }

    #[tokio::test]
    async fn a_kill_skips_the_queue() {
        let (tx, mut rx) = channel(8);
        tx.try_send(text("a")).unwrap();
        tx.kill(4008, "not reading");
        assert!(matches!(rx.recv().await, Next::Kill(4008, "not reading")));
        assert!(is_text(rx.recv().await, "a"));
    }

    #[tokio::test]
    async fn the_receiver_ends_once_the_sender_is_gone_and_the_queue_is_empty() {
        let (tx, mut rx) = channel(8);
        tx.try_send(text("last")).unwrap();
        let waiting = tokio::spawn(async move {
            let first = rx.recv().await;
            let second = rx.recv().await;
            (first, second, rx.recv().await)
        });
        tokio::task::yield_now().await;
        tx.try_send(text("later")).unwrap();
        drop(tx);
        let (first, second, third) = waiting.await.unwrap();
        assert!(is_text(first, "last"));
        assert!(is_text(second, "later"));
        assert!(matches!(third, Next::Closed));
    }

    #[tokio::test]
    async fn a_waiting_receiver_is_woken_by_a_send() {
        let (tx, mut rx) = channel(8);
        let waiting = tokio::spawn(async move { rx.recv().await });
        tokio::task::yield_now().await;
        tx.try_send(text("hello")).unwrap();
        assert!(is_text(waiting.await.unwrap(), "hello"));
    }

    #[test]
    fn sending_to_a_closed_connection_fails_and_a_drained_queue_gives_room_back() {
        let (tx, mut rx) = channel(64);
        for _ in 0..40 {
            tx.try_send(text("x")).unwrap();
        }
        while rx.try_recv().is_some() {}
        assert!(rx.shared.lock().queue.capacity() <= KEEP);
        drop(rx);
        assert_eq!(tx.try_send(text("x")), Err(TrySendError::Closed));
    }
}
