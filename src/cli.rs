//! Command-line definitions (clap). Every flag that is a setting has a
//! `QUIZBOX_*` environment twin: the variable its setting declares in
//! `config` (the test below holds each flag to its declaration).

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "quizbox",
    version = env!("STAMPED_VERSION"),
    about = "Self-hosted live quiz appliance: run a game, players join from any browser with a PIN",
    long_about = "Self-hosted live quiz appliance. `quizbox serve` runs the server; players open it \
in a browser on the same network, enter the game PIN and a nickname, and play.\n\n\
Settings come from built-in defaults, then one config file, then QUIZBOX_* environment \
variables, then flags; each later one wins. The config file is the one --config (QUIZBOX_CONFIG) \
names, which must exist; else the first that exists of <data dir>/quizbox.toml and \
$XDG_CONFIG_HOME/quizbox/quizbox.toml (~/.config/quizbox/quizbox.toml). The data directory is \
--data (QUIZBOX_DATA), else $STATE_DIRECTORY (set by systemd), else ~/.local/share/quizbox. \
QUIZBOX_DATABASE, QUIZBOX_LIVE and QUIZBOX_TOKEN may instead be read from a file named by \
QUIZBOX_DATABASE_FILE, QUIZBOX_LIVE_FILE and QUIZBOX_TOKEN_FILE (a trailing newline is \
dropped).\n\n\
Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 invalid input."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Data directory for the database, live state and generated files
    /// [default: $STATE_DIRECTORY when systemd sets it, else ~/.local/share/quizbox]
    #[arg(long = "data", global = true, env = "QUIZBOX_DATA", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Config file; it must exist [default: the first that exists of
    /// <data dir>/quizbox.toml and ~/.config/quizbox/quizbox.toml]
    #[arg(long, global = true, env = "QUIZBOX_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Relational store URL (or from the file QUIZBOX_DATABASE_FILE names)
    /// [default: sqlite://<data dir>/quizbox.db]
    #[arg(long, global = true, env = "QUIZBOX_DATABASE", value_name = "URL")]
    pub database: Option<String>,
    /// Live game state URL (or from the file QUIZBOX_LIVE_FILE names)
    /// [default: files://<data dir>/live]
    #[arg(long, global = true, env = "QUIZBOX_LIVE", value_name = "URL")]
    pub live: Option<String>,
    /// More log output (-v debug, -vv trace)
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,
    /// Less log output (warnings and errors only)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server: web pages for players, host and projector, the API and WebSockets
    #[command(
        long_about = "Run the server: web pages for players, host and projector, the API and \
WebSockets. It runs until Ctrl-C or SIGTERM, then saves every live game and closes its \
connections (within about 5 s).\n\n\
Settings: built-in defaults < the config file < QUIZBOX_* environment < flags. The config file \
is --config FILE (QUIZBOX_CONFIG), which must exist; else the first that exists of \
<data dir>/quizbox.toml and $XDG_CONFIG_HOME/quizbox/quizbox.toml. The data directory is --data \
(QUIZBOX_DATA), else $STATE_DIRECTORY, else ~/.local/share/quizbox.\n\n\
Under systemd (systemd/quizbox.service, Type=notify) it reports READY=1 once its listeners are \
bound and its storage is open, with the join address as its status, STOPPING=1 when it stops, \
and sends WATCHDOG=1 at half of WatchdogSec=."
    )]
    Serve(ServeArgs),
    /// Apply database migrations, or show their status
    Migrate(MigrateArgs),
    /// Check the data directory: database migrations, live games' files, games set aside as damaged
    #[command(
        long_about = "Check the data directory without changing the games in it: whether database \
migrations are pending, whether each live game's files (snapshot, stored answers, answer log) read \
whole, and which games were set aside as damaged. (Live state an earlier version kept in sled is \
moved to files first, as `serve` does, by a build with the `sled-migrate` feature; other builds \
refuse it and say how to move it.)\n\n\
On start, `quizbox serve` moves a game whose live files are damaged to \
<data dir>/live/quarantine/<game>-<UTC time>/, with a reason.txt, and resumes the others. Look at \
what is there, then delete it (or move it back to live/games/ once repaired).\n\n\
Exits 0 when all is well, 1 when a migration is pending, a live game's files are damaged or \
unreadable, or games are set aside in quarantine."
    )]
    Doctor(DoctorArgs),
    /// Write the database, live games and data directory files to one archive, even while serving
    #[command(
        long_about = "Write a backup of the data directory to FILE, one gzip-compressed tar \
archive: a consistent copy of the database, the live games' files (a game in play resumes from \
it), the local admin token, the automatic TLS certificate, quizbox.toml and the pictures in \
media/, with a manifest \
(quizbox version, database schema version, time, each file's size and SHA-256). It may run while \
`quizbox serve` runs on the same data directory, and changes nothing there.\n\n\
The archive is written under a temporary name beside FILE and renamed when complete; an \
existing FILE is kept unless --force. It holds password hashes, tokens and the TLS key, and is \
made readable by its owner only. Restore it with `quizbox restore FILE --data DIR`.\n\n\
Exits 0 when written, 1 when it cannot be (FILE exists, the disk is full, there is no database)."
    )]
    Backup(BackupArgs),
    /// Restore a backup into an empty data directory
    #[command(
        long_about = "Restore an archive written by `quizbox backup` into the data directory \
(--data DIR), which must be empty or missing (and the database file and live directory, when \
--database or --live put them elsewhere). Every file is checked against the manifest's size and \
SHA-256 before anything is put in place; a damaged archive leaves the directory as it was.\n\n\
An archive written by a newer quizbox whose database is newer than this one understands is \
refused: restore it with that version or a later one. An older one is fine: `quizbox serve` \
migrates the database when it starts on it.\n\n\
Exits 0 when restored, 1 when the directory is not empty or a file cannot be written, 3 when the \
archive is damaged, not a backup, or from a newer quizbox."
    )]
    Restore(RestoreArgs),
    /// Print the effective configuration (secrets redacted), or a commented default file
    Config(ConfigArgs),
    /// Import quizzes from files, directories or stdin, all in one transaction
    Import(ImportArgs),
    /// Export quizzes as TOML, JSON, CSV, a Kahoot! spreadsheet or GIFT
    Export(ExportArgs),
    /// Stored quizzes: list, show, delete, copy
    #[command(
        long_about = "Stored quizzes, read from and written straight into the database of the \
data directory (the server need not be running, and may be): list them, show one in the native \
format, delete one (the results of games played with it are kept), copy one under a new id.\n\n\
Exit codes: 0 ok, 1 runtime failure (such as no quiz with that id), 2 usage error, 3 invalid \
input (a copy's title that is not valid)."
    )]
    Quiz(QuizArgs),
    /// Reports of finished games: list them, summarise one, write one as CSV, JSON or xlsx
    #[command(
        long_about = "Reports of finished games, read straight from the database of the data \
directory (the server need not be running, and may be). `--list` lists the finished games, \
newest first. `quizbox report GAME` prints a summary for people: the game's figures, each \
question's accuracy and times, each player's score and best streak. With --format or -o it \
writes the report as CSV (one row per player and question), JSON (as GET \
/api/games/GAME/report) or an xlsx workbook; the format follows -o's extension when --format \
is not given. An xlsx workbook is not written to a terminal.\n\n\
Exit codes: 0 ok, 1 runtime failure (such as no finished game with that id), 2 usage error."
    )]
    Report(ReportArgs),
    /// Uploaded pictures, sounds and videos: list them, remove those nothing uses
    #[command(
        long_about = "Uploaded pictures, sounds and videos (POST /api/media), kept in the \
database once per content under their SHA-256. A quiz uses one when a question's media is \
/media/<sha256>.<ext>.\n\n\
A blob is in use while a quiz, an assignment's own copy of a quiz (closed assignments \
too) or a running game's quiz (read from the live state) names it.\n\n\
`list` shows each with its type, size and how many quizzes, assignments and running games use \
it. `gc` removes those nothing uses and that were stored longer ago than --min-age (24h by \
default, so media just uploaded for a quiz that is not saved yet stays), with their copies in \
<data dir>/media-cache/, and prints what it removed; --dry-run prints the same and removes \
nothing. Files copied by hand into <data dir>/media/ are never touched.\n\n\
Both may run while `quizbox serve` runs on the same data directory. Exits 0 when done, 1 when \
the database or the live state cannot be read (gc then removes nothing) or written."
    )]
    Media(MediaArgs),
    /// Terminal host dashboard: pick a quiz, run the lobby and the game from the keyboard
    #[command(
        long_about = "Terminal host dashboard: pick a quiz, show the lobby (PIN, QR code, join \
links), then start and run the game from the keyboard. Press ? in the dashboard for its keys.\n\n\
Without --server it starts the server in this process on the same data directory (one command \
runs a whole event; the server's log goes to <data dir>/host.log). With --server it controls a \
running server over the same protocol as the browser host page."
    )]
    Host(HostArgs),
    /// Load test: one game with simulated players over real WebSockets
    #[command(
        long_about = "Load test: one game with a host and simulated players over real WebSockets; \
reports join rate, question fan-out and answer acknowledgement latency, dropped connections, \
acknowledged answers missing from the saved results, and the server's CPU time and memory.\n\n\
Without --server it starts `quizbox serve` in a child process on a temporary data directory and \
a free 127.0.0.1 port, and stops it at the end. With --server given more than once (nodes \
sharing Postgres and Redis) the game and its host go to the first, the players round-robin over \
all, and the report gives each server's share. Players connect from several 127.0.0.0/8 \
addresses so ephemeral ports do not run out.\n\n\
Each player needs an open file. When one process may not open that many (the hard limit, \
`ulimit -Hn`), or with --processes, the players are shared out over several child processes \
of this binary: this one creates the game, runs the host and merges what every process \
measured (latency percentiles over all the players' samples, every acknowledged answer checked \
against the saved results); the report says how many processes ran. Exits 1 if a connection \
dropped or an answer was lost."
    )]
    Bench(BenchArgs),
    /// Accounts and API tokens: add, list, change passwords, delete; create and revoke tokens
    #[command(
        long_about = "Accounts and API tokens, written straight into the database of the data \
directory (the server need not be running). Roles: admin (everything) and host (their own \
quizzes and games, and the shared ones). Passwords are read from the terminal, from standard \
input with --password-stdin, or made up and printed when neither is available.\n\n\
Tokens are printed once and stored only as a hash. Send one as `Authorization: Bearer TOKEN`; \
its scopes say what it may do: import (POST /api/quizzes/import, and writing quizzes), export \
(read quizzes and results), host (writing quizzes, creating and running games)."
    )]
    User(UserArgs),
    /// Mail: send a test message, show the queue of outgoing mail
    #[command(
        long_about = "Mail through the SMTP server of the [mail] table (docs/operations.md, \
\"Mail\"). `mail test ADDRESS` sends one message at once and exits 1 with the server's answer \
if it was not accepted. `mail queue` lists the messages a running server has yet to send \
(reports, invitations, password resets), with their attempts and last error."
    )]
    Mail(MailArgs),
    /// Self-paced assignments on a running server: create, list, show, close
    #[command(
        long_about = "Self-paced assignments, asked of a running server over its API (--server, \
default this machine; --token, default the data directory's admin token for a server on this \
machine): publish a quiz as an assignment open for a while, list them, show one's results, close \
one early. Players open the link and answer at their own pace. See docs/hosting.md.\n\n\
Exit codes: 0 ok, 1 runtime failure (no server, no such quiz or assignment, refused), 2 usage \
error (a duration that is not one)."
    )]
    Assignment(AssignmentArgs),
    /// Webhooks: add, list, remove; the log of deliveries to them
    #[command(
        long_about = "Webhooks: URLs that game events (game.created, game.started, \
question.closed, game.finished) are POSTed to as JSON signed with HMAC-SHA256, written straight \
into the database of the data directory (the server need not be running, and may be). A running \
server delivers each event from its outbox, retrying with backoff (see [webhooks] in \
`quizbox config --default`), and logs every attempt: `deliveries` shows them. See \
docs/webhooks.md.\n\n\
Exits 0 when done, 1 when the database cannot be read or written or there is no such webhook, \
2 for a URL or event name that is not valid."
    )]
    Webhook(WebhookArgs),
    /// Print a shell completion script on standard output
    #[command(
        long_about = "Print a completion script for SHELL on standard output. Load it in the \
shell's startup file, for instance `source <(quizbox completions bash)` in ~/.bashrc, or save it \
where the shell looks for completions; docs/operations.md says where for each shell."
    )]
    Completions(CompletionsArgs),
    /// Print the manual page, or write one page per command into a directory
    #[command(
        long_about = "Print the manual page of quizbox (roff) on standard output, for instance \
`quizbox man | man -l -`. With --dir, write one page per command instead (quizbox.1, \
quizbox-serve.1, quizbox-user-token-create.1, …), creating the directory if needed; put them in \
a section 1 directory of the manual path, such as /usr/local/share/man/man1."
    )]
    Man(ManArgs),
    /// Ask a running server whether it is healthy: exit 0 if so, 1 otherwise
    #[command(
        long_about = "Ask a running server whether it is healthy, for scripts and container \
health checks. It asks GET /healthz (the process answers) and then GET /readyz (the database \
and the live store can write), each within --timeout seconds.\n\n\
Exits 0 and prints `healthy` when both answer 200; exits 1 with a one-line reason otherwise \
(not reachable, timed out, or the reason /readyz gives)."
    )]
    Healthcheck(HealthcheckArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command into this directory instead of printing
    /// the main page
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// An age as `quizbox media gc --min-age` takes it: a whole number with
/// `s`, `m`, `h` or `d` after it (a bare number counts seconds).
pub fn parse_age(text: &str) -> Result<std::time::Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let seconds: u64 = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => {
            return Err(format!(
                "{text:?} is not an age: give a number with s, m, h or d"
            ))
        }
    };
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not an age: give a number with s, m, h or d"))?;
    number
        .checked_mul(seconds)
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| format!("{text:?} is too long an age"))
}

#[derive(Debug, Args)]
pub struct MediaArgs {
    #[command(subcommand)]
    pub command: MediaCommand,
}

#[derive(Debug, Subcommand)]
pub enum MediaCommand {
    /// List stored media: hash, type, size, and how many quizzes use each
    List {
        /// Machine-readable output on stdout
        #[arg(long)]
        json: bool,
    },
    /// Remove stored media that nothing uses, and print what was removed
    Gc {
        /// Print what would be removed, and remove nothing
        #[arg(long)]
        dry_run: bool,
        /// Keep unused media stored (or uploaded again) more recently than this (e.g. 30m, 24h,
        /// 7d; 0 removes all unused media): an editor's upload is unused
        /// until the quiz is saved
        #[arg(long, value_name = "AGE", default_value = "24h", value_parser = parse_age)]
        min_age: std::time::Duration,
        /// Machine-readable output on stdout
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Load a running server at this address (http://HOST:PORT) instead of
    /// starting one. Give it more than once (or a comma list) for nodes
    /// sharing Postgres and Redis: the game and the host go to the first,
    /// the players round-robin over all
    #[arg(
        long,
        env = "QUIZBOX_SERVER",
        value_name = "URL",
        value_delimiter = ','
    )]
    pub server: Vec<String>,
    /// Token sent to the server as `Authorization: Bearer` (or from the
    /// file QUIZBOX_TOKEN_FILE names)
    #[arg(
        long,
        env = "QUIZBOX_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    /// Simulated players (1-100000)
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub players: usize,
    /// Questions in the game (1-50)
    #[arg(long, default_value_t = 10, value_name = "Q")]
    pub questions: usize,
    /// Processes to spread the players over (1-64): with 1 they run in
    /// this process, with more in that many child processes, each with its
    /// share [default: as few as the open-file limit allows]
    #[arg(long, value_name = "N")]
    pub processes: Option<usize>,
    /// Print the machine-readable summary on stdout
    #[arg(long)]
    pub json: bool,
    /// Run one share of the players for another `quizbox bench`, which
    /// sends the job on stdin and reads JSON lines from stdout
    #[arg(long, hide = true)]
    pub worker: bool,
}

#[derive(Debug, Args)]
pub struct HostArgs {
    /// Quiz to open straight away, by id or title [default: choose from the list]
    #[arg(value_name = "QUIZ")]
    pub quiz: Option<String>,
    /// Control a running server at this address (http://HOST:PORT or
    /// https://HOST:PORT) instead of starting one in this process
    #[arg(long, env = "QUIZBOX_SERVER", value_name = "URL")]
    pub server: Option<String>,
    /// Token sent to the server as `Authorization: Bearer` (an API token with
    /// the host scope, or a session; or from the file QUIZBOX_TOKEN_FILE
    /// names) [default: <data dir>/admin.token for a server on this machine]
    #[arg(
        long,
        env = "QUIZBOX_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,
    /// SHA-256 fingerprint of an https server's certificate key to accept,
    /// instead of asking on first connection and pinning it
    #[arg(long, env = "QUIZBOX_TLS_FINGERPRINT", value_name = "SHA256")]
    pub tls_fingerprint: Option<String>,
    /// Address the embedded server listens on (not used with --server) [default: 0.0.0.0:8080]
    #[arg(long, env = "QUIZBOX_LISTEN", value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// Base URL players reach the embedded server at, for join links and the
    /// QR code (not used with --server) [default: guessed from the LAN address]
    #[arg(long, env = "QUIZBOX_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Language of the dashboard: en, es, fr, de, pt, it, nl, pl, tr, ar,
    /// he, ja or zh-CN [default: from the terminal's locale, LC_ALL, then
    /// LC_MESSAGES, then LANG; English for C, POSIX or another language]
    #[arg(long, env = "QUIZBOX_HOST_LANG", value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<&'static crate::i18n::Language>,
}

/// A language with catalogs, by its tag (any case).
fn parse_language(tag: &str) -> Result<&'static crate::i18n::Language, String> {
    crate::i18n::language(tag).ok_or_else(|| {
        let tags: Vec<&str> = crate::i18n::LANGUAGES.iter().map(|l| l.tag).collect();
        format!("no such language; one of {}", tags.join(", "))
    })
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on for HTTP and WebSocket [default: 0.0.0.0:8080]
    #[arg(long, env = "QUIZBOX_LISTEN", value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// Base URL players reach this server at, for join links and QR codes
    /// [default: guessed from the LAN address]
    #[arg(long, env = "QUIZBOX_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Most players one game accepts [default: 10000]
    #[arg(long, env = "QUIZBOX_MAX_PLAYERS", value_name = "N")]
    pub max_players: Option<usize>,
    /// HTTPS beside HTTP: off, auto (a self-signed certificate kept in
    /// <data dir>/tls for this machine's names and addresses) or on (the
    /// --tls-cert and --tls-key files) [default: off, or on when both files are given]
    #[arg(long, env = "QUIZBOX_TLS", value_enum, value_name = "MODE")]
    pub tls: Option<crate::config::TlsMode>,
    /// PEM certificate chain for --tls on
    #[arg(long, env = "QUIZBOX_TLS_CERT", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for --tls on
    #[arg(long, env = "QUIZBOX_TLS_KEY", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,
    /// Address to listen on for HTTPS [default: 0.0.0.0:8443]
    #[arg(long, env = "QUIZBOX_TLS_LISTEN", value_name = "ADDR")]
    pub tls_listen: Option<SocketAddr>,
    /// Answer plain HTTP with a redirect to HTTPS (health checks and /metrics excepted)
    #[arg(long, env = "QUIZBOX_TLS_REDIRECT", value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub tls_redirect: Option<bool>,
    /// Do not draw a QR code of the join address under the banner (it is
    /// drawn only when standard output is a terminal)
    #[arg(long)]
    pub no_qr: bool,
    /// Log line format: text (for people) or json (one object per line, for
    /// a log collector) [default: text]
    #[arg(long, env = "QUIZBOX_LOG_FORMAT", value_enum, value_name = "FORMAT")]
    pub log_format: Option<crate::config::LogFormat>,
    /// Log one line per HTTP request (method, route, status, duration,
    /// client address) under the log target `access` [default: false]
    #[arg(long, env = "QUIZBOX_ACCESS_LOG", value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub access_log: Option<bool>,
    /// Serve /metrics on this address of its own (e.g. 127.0.0.1:9090)
    /// instead of on the HTTP listen address
    #[arg(long, env = "QUIZBOX_METRICS_LISTEN", value_name = "ADDR")]
    pub metrics_listen: Option<SocketAddr>,
}

#[derive(Debug, Args)]
pub struct HealthcheckArgs {
    /// The server to ask [default: this machine, on the configured listen
    /// port]; https:// is accepted, its certificate is not checked
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// How long to wait for each answer, in seconds
    #[arg(long, default_value_t = 3, value_name = "SECS")]
    pub timeout: u64,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// List every migration and whether it is applied; change nothing
    #[arg(long, conflicts_with = "to")]
    pub status: bool,
    /// Copy the embedded (SQLite) database into this empty Postgres
    /// database (postgres://…), migrating both first; stop the server first
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,
    /// Machine-readable output on stdout
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The archive to write (e.g. quizbox-2026-12-03.tar.gz)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
    /// Machine-readable summary (the manifest) on stdout
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The archive `quizbox backup` wrote
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Machine-readable summary (the manifest) on stdout
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Machine-readable report on stdout
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print a commented config file with every default instead
    #[arg(long)]
    pub default: bool,
}

#[derive(Debug, Args)]
#[command(after_help = crate::quiz::formats::import_after_help())]
pub struct ImportArgs {
    /// Files or directories (searched recursively) to import; - reads standard input
    #[arg(required = true, value_name = "FILE|DIR|-")]
    pub inputs: Vec<PathBuf>,
    /// Format of every input [default: detected from the extension and content]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<crate::quiz::formats::Format>,
    /// Validate only; write nothing
    #[arg(long)]
    pub check: bool,
    /// Print a machine-readable summary on stdout
    #[arg(long)]
    pub json: bool,
    /// Treat warnings (such as skipped questions) as errors
    #[arg(long)]
    pub strict: bool,
    /// File name to report standard input under; its stem names quizzes that have no id [default: stdin]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Ids of the quizzes to export
    #[arg(
        value_name = "QUIZ",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub quizzes: Vec<String>,
    /// Export every stored quiz
    #[arg(long)]
    pub all: bool,
    /// Output format [default: from the -o extension, else toml]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<crate::quiz::formats::ExportFormat>,
    /// Write to this file, or one file per quiz into this directory [default: standard output]
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

mod assignment;
mod mail;
mod quiz;
mod report;
mod user;
mod webhook;
pub use assignment::{AssignmentArgs, AssignmentCommand};
pub use mail::{MailArgs, MailCommand};
pub use quiz::{QuizArgs, QuizCommand, ShowFormat};
pub use report::ReportArgs;
pub use user::{TokenCommand, UserArgs, UserCommand};
pub use webhook::{WebhookArgs, WebhookCommand};

#[cfg(test)]
mod tests;
