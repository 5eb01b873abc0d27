//! quizbox: a self-hosted live quiz appliance. The library holds everything;
//! `main.rs` only parses the command line and maps errors to exit codes.
#![forbid(unsafe_code)]

pub mod game;
pub mod protocol;
pub mod quiz;
pub mod live;
pub mod store;
