//! systemd's service notifications (sd_notify): readiness with a status
//! line, stopping, and the watchdog's keep-alive, each a datagram of
//! `KEY=value` lines sent to the socket systemd names in `$NOTIFY_SOCKET`.
//! Outside systemd (no such variable) every call does nothing.
//!
//! Written over std's Unix datagram socket rather than with a crate: the
//! protocol is one short datagram per message, and std already reaches
//! abstract socket names. This module must not decide when the server is
//! ready or stopping; `commands::serve` does.

use std::io;
use std::os::unix::net::{SocketAddr, UnixDatagram};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Where systemd listens, and how often it wants to hear from us.
#[derive(Debug, Default)]
pub struct Notifier {
    target: Option<Target>,
    watchdog: Option<Duration>,
}

#[derive(Debug)]
struct Target {
    socket: UnixDatagram,
    addr: SocketAddr,
    shown: String,
}

impl Notifier {
    /// Reads `$NOTIFY_SOCKET`, `$WATCHDOG_USEC` and `$WATCHDOG_PID`, and
    /// removes them from the environment so that no child process speaks
    /// for this service. Call it before other threads start: changing the
    /// environment races with threads that read it.
    pub fn take_from_env() -> Notifier {
        let socket = std::env::var_os("NOTIFY_SOCKET");
        let usec = std::env::var("WATCHDOG_USEC").ok();
        let pid = std::env::var("WATCHDOG_PID").ok();
        for name in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"] {
            std::env::remove_var(name);
        }
        let target = socket.and_then(|s| match Target::open(&s.to_string_lossy()) {
            Ok(target) => Some(target),
            Err(e) => {
                eprintln!("warning: cannot use NOTIFY_SOCKET={s:?}: {e}");
                None
            }
        });
        let ours = pid.is_none_or(|p| p.trim() == std::process::id().to_string());
        let watchdog = usec
            .and_then(|u| u.trim().parse::<u64>().ok())
            .filter(|&u| u > 0 && ours && target.is_some())
            .map(Duration::from_micros);
        Notifier { target, watchdog }
    }

    /// Whether systemd asked to be told (the service is `Type=notify`).
    pub fn enabled(&self) -> bool {
        self.target.is_some()
    }

    /// Sends one message (`READY=1`, `STATUS=…`, lines joined by `\n`).
    pub fn send(&self, message: &str) -> io::Result<()> {
        match &self.target {
            Some(t) => t.socket.send_to_addr(message.as_bytes(), &t.addr).map(drop),
            None => Ok(()),
        }
    }

    /// Sends `message`, logging a failure instead of returning it: the
    /// server runs on whether or not systemd hears it.
    pub fn tell(&self, message: &str) {
        if let Err(e) = self.send(message) {
            let to = self.target.as_ref().map_or("", |t| t.shown.as_str());
            tracing::warn!("cannot notify systemd at {to}: {e}");
        }
    }

    /// How often to send `WATCHDOG=1`: half of `$WATCHDOG_USEC`, as
    /// systemd recommends, so one late tick is not yet a failure.
    pub fn watchdog_interval(&self) -> Option<Duration> {
        self.watchdog.map(|w| w / 2)
    }

    /// Sends `WATCHDOG=1` from a task on the runtime at the watchdog's
    /// interval, until the process ends. The task shares the runtime's
    /// worker threads with the games and connections: when they are all
    /// stuck it stops ticking and systemd restarts the service.
    pub fn spawn_watchdog(self: &Arc<Self>) {
        let Some(every) = self.watchdog_interval() else {
            return;
        };
        let notifier = Arc::clone(self);
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                notifier.tell("WATCHDOG=1");
            }
        });
    }
}

impl Target {
    /// A path, or an abstract name written with a leading '@'.
    fn open(name: &str) -> io::Result<Target> {
        let addr = match name.strip_prefix('@') {
            Some(abstract_name) => abstract_addr(abstract_name.as_bytes())?,
            None if name.starts_with('/') => SocketAddr::from_pathname(PathBuf::from(name))?,
            None => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "neither an absolute path nor an abstract name (@…)",
                ))
            }
        };
        Ok(Target {
            socket: UnixDatagram::unbound()?,
            addr,
            shown: name.to_string(),
        })
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn abstract_addr(name: &[u8]) -> io::Result<SocketAddr> {
    #[cfg(target_os = "android")]
    use std::os::android::net::SocketAddrExt;
    #[cfg(target_os = "linux")]
    use std::os::linux::net::SocketAddrExt;
    SocketAddr::from_abstract_name(name)
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn abstract_addr(_name: &[u8]) -> io::Result<SocketAddr> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "abstract socket names exist only on Linux",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listening(addr: &str) -> Notifier {
        Notifier {
            target: Some(Target::open(addr).unwrap()),
            watchdog: Some(Duration::from_secs(10)),
        }
    }

    #[test]
    fn sends_to_a_path_and_an_abstract_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let receiver = UnixDatagram::bind(&path).unwrap();
        listening(path.to_str().unwrap())
            .send("READY=1\nSTATUS=up")
            .unwrap();
        let mut buf = [0u8; 64];
        let n = receiver.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"READY=1\nSTATUS=up");

        let name = format!("quizbox-notify-test-{}", std::process::id());
        let receiver = UnixDatagram::bind_addr(&abstract_addr(name.as_bytes()).unwrap()).unwrap();
        let notifier = listening(&format!("@{name}"));
        assert_eq!(notifier.watchdog_interval(), Some(Duration::from_secs(5)));
        notifier.send("STOPPING=1").unwrap();
        let n = receiver.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"STOPPING=1");
    }

    #[test]
    fn a_relative_name_is_refused_and_nothing_is_sent_without_one() {
        assert!(Target::open("notify").is_err());
        let off = Notifier::default();
        assert!(!off.enabled());
        off.send("READY=1").unwrap();
        assert_eq!(off.watchdog_interval(), None);
    }
}
