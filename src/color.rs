//! Whether output may be coloured. `NO_COLOR` set to anything but the empty
//! string turns colour off everywhere (see no-color.org), and colour is only
//! ever written to a terminal. The log, `quizbox serve`'s banner and the
//! dashboard ask here. clap's help asks the same of `NO_COLOR` on its own
//! (through anstream), and the progress bars' templates (`bench`, `import`)
//! name no colour at all.

use std::ffi::OsStr;

/// `NO_COLOR` is set and not empty.
pub fn no_color() -> bool {
    no_color_in(std::env::var_os("NO_COLOR").as_deref())
}

/// Whether a `NO_COLOR` of this value asks for no colour.
pub fn no_color_in(value: Option<&OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

/// Colour for a stream: only on a terminal, and not under `NO_COLOR`.
pub fn allowed_on(is_terminal: bool) -> bool {
    is_terminal && !no_color()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_non_empty_no_color_turns_colour_off() {
        assert!(!no_color_in(None));
        assert!(!no_color_in(Some(OsStr::new(""))));
        assert!(no_color_in(Some(OsStr::new("1"))));
        assert!(no_color_in(Some(OsStr::new("0"))), "any value counts");
        assert!(no_color_in(Some(OsStr::new("false"))));
    }
}
