//! Fuzzes the bundle reader (a zip of a quiz file and its media).
#![no_main]

use libfuzzer_sys::fuzz_target;
use quizbox::quiz::formats::Format;

#[path = "shared.rs"]
mod shared;

fuzz_target!(|data: &[u8]| shared::check(Format::Bundle, data));
