//! The `[auth]` table: login sessions, the local admin token, passwords
//! over plain HTTP. `server::auth` and `server::logins` act on them.

use super::define::settings_table;

settings_table! {
    /// The `[auth]` table of quizbox.toml.
    pub struct AuthSettings in "auth" (data_dir) {
        /// How long a login on the host page lasts, in hours.
        session_hours: u32 = 12; env "QUIZBOX_AUTH_SESSION_HOURS";
        /// Keep a token for the first admin in <data dir>/admin.token
        /// (mode 0600), so `quizbox host` on this machine needs no login.
        local_token: bool = true; env "QUIZBOX_AUTH_LOCAL_TOKEN";
        /// Accept passwords over plain HTTP from other machines while HTTPS
        /// is on (they are refused by default: anyone on the Wi-Fi could
        /// read them). Plain HTTP from this machine is always accepted, and
        /// so is everything when HTTPS is off.
        allow_plaintext_login: bool = false; env "QUIZBOX_ALLOW_PLAINTEXT_LOGIN";
    }
}
