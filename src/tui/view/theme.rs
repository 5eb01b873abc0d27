//! Styles for every part of the dashboard, in one place so `NO_COLOR` can
//! turn all colour off. Without colour only modifiers (bold, reverse) are
//! used; meaning is always carried by text or shape as well.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

/// Answer colours, matching the web pages (red, blue, yellow, green, …).
const ANSWER_COLORS: [Color; 6] = [
    Color::Red,
    Color::Blue,
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::Cyan,
];

/// Shapes shown with every answer, so colour is never the only cue.
pub const SHAPES: [&str; 6] = ["▲", "◆", "●", "■", "★", "⬟"];

impl Theme {
    /// Colour unless `NO_COLOR` is set and not empty (see no-color.org).
    pub fn from_env() -> Theme {
        Theme {
            color: !crate::color::no_color(),
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn plain(&self) -> Style {
        Style::new()
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn strong(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn good(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn bad(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn warn(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn pin(&self) -> Style {
        self.fg(Color::White).add_modifier(Modifier::BOLD)
    }

    pub fn answer(&self, index: usize) -> Style {
        self.fg(ANSWER_COLORS[index % ANSWER_COLORS.len()])
            .add_modifier(Modifier::BOLD)
    }

    pub fn bar(&self) -> Style {
        self.fg(Color::Cyan)
    }

    /// Light modules as ink on a dark ground: explicit colours when allowed,
    /// else the terminal's own (usually light-on-dark) pair.
    pub fn qr(&self) -> Style {
        if self.color {
            Style::new().fg(Color::White).bg(Color::Black)
        } else {
            Style::new()
        }
    }
}

/// The shape for answer `index`.
pub fn shape(index: usize) -> &'static str {
    SHAPES[index % SHAPES.len()]
}
