//! The `[limits]` table: abuse limits, timeouts, connection caps, the
//! lifetime of idle games, request sizes and blocked nicknames. The server
//! enforces them (`server::limits`, `server::connections`, …); this file
//! only declares them.

use super::define::settings_table;

settings_table! {
    /// The `[limits]` table of quizbox.toml. A rate of 0 turns that limit
    /// off. See docs/security.md.
    pub struct LimitSettings in "limits" (data_dir) {
        /// Wrong PINs, host keys and resume tokens an address may send per
        /// minute once its burst is used up.
        pin_guesses_per_minute: u32 = 10; env "QUIZBOX_LIMIT_PIN_GUESSES_PER_MINUTE";
        /// Wrong PINs, host keys and resume tokens an address may send at once.
        pin_guesses_burst: u32 = 20; env "QUIZBOX_LIMIT_PIN_GUESSES_BURST";
        /// Login attempts per address and minute, counted before the password
        /// is checked.
        logins_per_minute: u32 = 10; env "QUIZBOX_LIMIT_LOGINS_PER_MINUTE";
        /// Login attempts an address may make at once.
        logins_burst: u32 = 10; env "QUIZBOX_LIMIT_LOGINS_BURST";
        /// Failed logins on one account, from anywhere, forgotten per minute
        /// (and all at once when someone signs in). An account is slowed
        /// down, never locked.
        account_logins_per_minute: u32 = 5; env "QUIZBOX_LIMIT_ACCOUNT_LOGINS_PER_MINUTE";
        /// Failed logins on one account that cost no wait; past them each
        /// attempt on the account waits twice as long as the one before,
        /// from 1 s up to account_login_max_delay_secs.
        account_logins_burst: u32 = 10; env "QUIZBOX_LIMIT_ACCOUNT_LOGINS_BURST";
        /// The longest wait, in seconds, of a login on a slowed-down account.
        account_login_max_delay_secs: u32 = 8; env "QUIZBOX_LIMIT_ACCOUNT_LOGIN_MAX_DELAY_SECS";
        /// Login attempts on one account that may wait their turn (they are
        /// checked one at a time); more get 503 with Retry-After.
        account_login_queue: u32 = 4; env "QUIZBOX_LIMIT_ACCOUNT_LOGIN_QUEUE";
        /// Passwords hashed at once. Each argon2 hash holds 19 MiB while it
        /// runs, so this bounds login memory.
        password_hashes: u32 = 4; env "QUIZBOX_LIMIT_PASSWORD_HASHES";
        /// Logins that may wait for a free hash; more get 503 with Retry-After.
        password_hash_queue: u32 = 32; env "QUIZBOX_LIMIT_PASSWORD_HASH_QUEUE";
        /// Seconds a client has to send a request's headers; a kept-alive
        /// connection that sends no new request within it is closed too.
        header_timeout_secs: u32 = 10; env "QUIZBOX_LIMIT_HEADER_TIMEOUT_SECS";
        /// Seconds a client has to finish its TLS handshake.
        tls_handshake_secs: u32 = 10; env "QUIZBOX_LIMIT_TLS_HANDSHAKE_SECS";
        /// Seconds a client has to send a request's body, counted from its
        /// headers (a 16 MiB import needs about a minute at 2 Mbit/s).
        body_timeout_secs: u32 = 120; env "QUIZBOX_LIMIT_BODY_TIMEOUT_SECS";
        /// Open connections from one address that are not game sockets
        /// (0: no cap). Game sockets are not counted: a class behind one NAT
        /// address plays from one address.
        connections_per_address: u32 = 256; env "QUIZBOX_LIMIT_CONNECTIONS_PER_ADDRESS";
        /// Open connections in all, game sockets included; those that are
        /// not game sockets may use half. 0: the open-file limit minus
        /// reserved_files.
        max_connections: u32 = 0; env "QUIZBOX_LIMIT_MAX_CONNECTIONS";
        /// Files kept free for the database, live logs and snapshots when
        /// max_connections is derived from the open-file limit.
        reserved_files: u32 = 256; env "QUIZBOX_LIMIT_RESERVED_FILES";
        /// WebSocket messages one connection may send per second.
        messages_per_second: u32 = 20; env "QUIZBOX_LIMIT_MESSAGES_PER_SECOND";
        /// WebSocket messages one connection may send in a burst.
        messages_burst: u32 = 60; env "QUIZBOX_LIMIT_MESSAGES_BURST";
        /// Live games one account may run at once.
        games_per_account: usize = 10; env "QUIZBOX_LIMIT_GAMES_PER_ACCOUNT";
        /// Live games on the whole server (each holds an actor, its players
        /// and a log file grown 4 MiB at a time).
        live_games: usize = 100; env "QUIZBOX_LIMIT_LIVE_GAMES";
        /// Seconds a lobby may see no activity (joins, connections, messages)
        /// before it is closed and its live files removed.
        lobby_idle_secs: u64 = 2 * 3600; env "QUIZBOX_LIMIT_LOBBY_IDLE_SECS";
        /// Seconds a finished game's podium stays up; then the game is
        /// closed (its results are in the database).
        podium_secs: u64 = 30 * 60; env "QUIZBOX_LIMIT_PODIUM_SECS";
        /// Seconds a game in play may see no activity before it is ended
        /// (results saved). On start, a game whose live files have not
        /// changed for longer than its phase's limit is not restored.
        idle_game_secs: u64 = 24 * 3600; env "QUIZBOX_LIMIT_IDLE_GAME_SECS";
        /// Largest request body, except imports.
        body_bytes: usize = 1024 * 1024; env "QUIZBOX_LIMIT_BODY_BYTES";
        /// Largest quiz file POST /api/quizzes/import accepts.
        import_bytes: usize = 16 * 1024 * 1024; env "QUIZBOX_LIMIT_IMPORT_BYTES";
        /// Largest picture, sound or video POST /api/media accepts.
        media_bytes: usize = 20 * 1024 * 1024; env "QUIZBOX_LIMIT_MEDIA_BYTES";
        /// Most pixels (width x height, as the picture's header declares
        /// them) of an uploaded picture; phones decode every pixel.
        media_pixels: u64 = 40_000_000; env "QUIZBOX_LIMIT_MEDIA_PIXELS";
        /// Words no nickname may contain, compared ignoring case, width,
        /// spaces and punctuation (comma-separated in the environment).
        blocked_nicknames: Vec<String> = Vec::new(); env "QUIZBOX_BLOCKED_NICKNAMES";
        /// Combining marks (accents, vowel signs) a nickname may stack on
        /// one letter; more is Zalgo text.
        nickname_marks: u8 = crate::game::nickname::DEFAULT_MARKS_PER_LETTER;
            env "QUIZBOX_LIMIT_NICKNAME_MARKS";
        /// Players one address (an IPv4 host, an IPv6 /64) may join to one
        /// game; 0 for no limit. A class behind one NAT address is one address.
        joins_per_address: u32 = 200; env "QUIZBOX_LIMIT_JOINS_PER_ADDRESS";
    }
}

impl LimitSettings {
    /// The blocked words in the form the engine compares (see
    /// `game::nickname::skeleton`).
    pub fn blocked_skeletons(&self) -> Vec<String> {
        let mut words: Vec<String> = self
            .blocked_nicknames
            .iter()
            .map(|w| crate::game::nickname::skeleton(w))
            .filter(|w| !w.is_empty())
            .collect();
        words.sort();
        words.dedup();
        words
    }
}
