//! Fuzzes the moodle xml parser.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quizbox::quiz::formats::Format;

#[path = "shared.rs"]
mod shared;

fuzz_target!(|data: &[u8]| shared::check(Format::Moodle, data));
