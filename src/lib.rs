//! quizbox: a self-hosted live quiz appliance. The library holds everything;
//! `main.rs` only parses the command line and maps errors to exit codes.
// No unsafe code outside `os`, whose calls into the C library each say why
// they are sound.
#![deny(unsafe_code)]

pub mod backup;
pub mod bench;
pub mod cli;
pub mod client;
pub mod clock;
pub mod color;
pub mod commands;
pub mod config;
pub mod game;
pub mod i18n;
pub mod live;
pub mod media;
pub mod notify;
pub mod os;
pub mod protocol;
pub mod qr;
pub mod quiz;
pub mod report;
pub mod server;
pub mod store;
pub mod tui;
