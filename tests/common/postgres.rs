//! A Postgres database of its own for one test, created on the server that
//! `QUIZBOX_TEST_POSTGRES` names and dropped when the test is done, so
//! tests run in parallel without seeing each other's rows. Unset, the test
//! is skipped with a notice; under `CI=true` the variable defaults to the
//! CI service (postgres://postgres@127.0.0.1:5432/test) and a server that
//! does not answer fails the test instead.
#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use tokio_postgres::{Client, NoTls};

/// Where CI runs its Postgres service.
const CI_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

fn under_ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

/// The server to create databases on, or `None` (after a notice) when
/// this machine has none configured.
fn server_url(test: &str) -> Option<String> {
    match std::env::var("QUIZBOX_TEST_POSTGRES") {
        Ok(url) if !url.trim().is_empty() => Some(url.trim().to_string()),
        _ if under_ci() => Some(CI_URL.to_string()),
        _ => {
            eprintln!(
                "skipped {test}: QUIZBOX_TEST_POSTGRES is not set (e.g. {CI_URL}); \
                 under CI=true this test runs against {CI_URL}"
            );
            None
        }
    }
}

/// `url` with its database name replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(slash) => &base[..scheme_end + slash],
        None => base,
    };
    format!("{host_part}/{name}{query}")
}

async fn connect(url: &str) -> Result<Client, tokio_postgres::Error> {
    let mut config: tokio_postgres::Config = url.parse()?;
    config.connect_timeout(Duration::from_secs(5));
    let (client, connection) = config.connect(NoTls).await?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    Ok(client)
}

/// One test's database; dropped (with any connection still on it) when
/// this is dropped.
pub struct TestDatabase {
    server: String,
    name: String,
    url: String,
}

impl TestDatabase {
    /// A new, empty database, or `None` (after a notice) when no server is
    /// configured or, outside CI, the configured one does not answer.
    pub async fn create_or_skip(test: &str) -> Option<TestDatabase> {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let server = server_url(test)?;
        let admin = match connect(&server).await {
            Ok(client) => client,
            Err(e) if under_ci() => panic!("Postgres at {server} does not answer under CI: {e}"),
            Err(e) => {
                eprintln!("skipped {test}: Postgres at {server} does not answer: {e}");
                return None;
            }
        };
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        // Only digits, letters and underscores: safe as an identifier.
        let name = format!(
            "quizbox_test_{}_{}_{nanos}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap_or_else(|e| panic!("cannot create database {name} on {server}: {e}"));
        let url = with_database(&server, &name);
        Some(TestDatabase { server, name, url })
    }

    /// The `postgres://` URL of this database.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Makes the database refuse writes (as a standby does) or accept them
    /// again: new sessions start read-only, and every session open on it
    /// now is ended, so no connection of a pool keeps the old setting.
    pub async fn set_read_only(&self, read_only: bool) {
        let admin = connect(&self.server).await.unwrap();
        let name = &self.name;
        let setting = if read_only {
            format!("ALTER DATABASE {name} SET default_transaction_read_only = on")
        } else {
            format!("ALTER DATABASE {name} RESET default_transaction_read_only")
        };
        admin.batch_execute(&setting).await.unwrap();
        admin
            .execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                 WHERE datname = $1 AND pid <> pg_backend_pid()",
                &[&self.name],
            )
            .await
            .unwrap();
        // Ended sessions leave pg_stat_activity once their processes exit.
        for _ in 0..100 {
            let left: i64 = admin
                .query_one(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = $1",
                    &[&self.name],
                )
                .await
                .unwrap()
                .get(0);
            if left == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("sessions on {name} did not end");
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (server, name) = (self.server.clone(), self.name.clone());
        // Drop may run inside a runtime, which cannot be blocked on: the
        // database is dropped from a thread with a runtime of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                let admin = connect(&server).await?;
                admin
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
            })
        })
        .join();
        if let Ok(Err(e)) = dropped {
            eprintln!("could not drop test database {}: {e}", self.name);
        }
    }
}
