//! A question while it is open (intro countdown, what players answer with
//! for its kind, the countdown bar computed locally from the server's
//! deadline, "answered N/M") and a content slide. The reveal is `reveal`.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::columns::pad_left;
use super::theme::shape;
use super::{fit, Theme};
use crate::protocol::{PhaseView, SliderView};
use crate::tui::state::{App, LiveGame};
use crate::tui::text::{number, t, tr, Arg};

/// Seconds shown for `ms` left: rounded up, so "0 s" means time is up.
pub(super) fn secs(ms: u64) -> u64 {
    ms.div_ceil(1000)
}

/// A bar of `width` cells, `filled` of them solid.
pub(super) fn bar(filled: usize, width: usize) -> String {
    let filled = filled.min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

pub(super) fn heading(index: usize, total: usize, extra: &str) -> String {
    format!(
        " {}{extra}",
        tr(
            "question-heading",
            &[("index", (index + 1).into()), ("total", total.into())]
        )
    )
}

pub fn draw_question(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    game: &LiveGame,
    theme: &Theme,
    now: u64,
) {
    let server_now = app.server_now(now);
    let width = area.width as usize;
    let mut lines = Vec::new();
    match &game.phase {
        PhaseView::Intro {
            index,
            total,
            text,
            kind,
            points,
            time_limit_ms,
            opens_at,
            media,
            ..
        } => {
            let extra = format!("  ·  {}{}", kind_label(kind), points_label(*points));
            lines.push(Line::from(Span::styled(
                heading(*index, *total, &extra),
                theme.title(),
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(format!(" {text}"), theme.strong())));
            push_media(&mut lines, media, theme);
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(
                format!(
                    " {}",
                    tr(
                        "question-opens-in",
                        &[
                            ("seconds", secs(opens_at.saturating_sub(server_now)).into()),
                            ("limit", secs(*time_limit_ms).into()),
                        ]
                    )
                ),
                theme.warn(),
            )));
        }
        PhaseView::Answering {
            index,
            total,
            text,
            answers,
            kind,
            time_limit_ms,
            points,
            deadline,
            remaining_ms,
            slider,
            max_length,
            media,
            ..
        } => {
            let left = match (deadline, remaining_ms) {
                (_, Some(frozen)) => *frozen,
                (Some(deadline), None) => deadline.saturating_sub(server_now),
                (None, None) => 0,
            };
            let paused = remaining_ms.is_some();
            let extra = format!(
                "  ·  {}{}{}",
                kind_label(kind),
                points_label(*points),
                if paused {
                    format!("  ·  {}", t("question-paused"))
                } else {
                    String::new()
                }
            );
            lines.push(Line::from(Span::styled(
                heading(*index, *total, &extra),
                theme.title(),
            )));
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(format!(" {text}"), theme.strong())));
            push_media(&mut lines, media, theme);
            lines.push(Line::from(""));
            push_answer_form(
                &mut lines,
                AnswerForm {
                    kind,
                    answers,
                    slider: slider.as_ref(),
                    max_length: *max_length,
                },
                width,
                theme,
            );
            lines.push(Line::from(""));
            let bar_width = width.saturating_sub(14).min(60);
            let filled = if *time_limit_ms == 0 {
                0
            } else {
                (left as u128 * bar_width as u128).div_ceil(*time_limit_ms as u128) as usize
            };
            let seconds = pad_left(&number(secs(left) as i64), 3);
            let state = if paused {
                tr("question-seconds-paused", &[("seconds", (&seconds).into())])
            } else {
                tr("question-seconds-left", &[("seconds", (&seconds).into())])
            };
            lines.push(Line::from(vec![
                Span::raw(" "),
                Span::styled(bar(filled, bar_width), theme.bar()),
                Span::styled(format!(" {state}"), theme.strong()),
            ]));
            let answered = game
                .answered
                .map_or_else(|| "?".to_string(), |n| number(n as i64));
            lines.push(Line::from(""));
            lines.push(Line::from(vec![
                Span::styled(format!(" {} ", t("question-answered")), theme.plain()),
                Span::styled(
                    format!("{answered}/{}", number(game.player_count as i64)),
                    theme.strong(),
                ),
            ]));
        }
        _ => {}
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn points_label(points: u32) -> String {
    match points {
        0 => format!("  ·  {}", t("question-no-points")),
        p => format!("  ·  {}", tr("question-points", &[("count", p.into())])),
    }
}

/// What a kind is called on screen (the wire name when unknown).
pub(super) fn kind_label(kind: &str) -> String {
    match kind {
        "single" | "" => t("kind-single"),
        "multi" => t("kind-multi"),
        "true_false" => t("kind-true-false"),
        "type_answer" => t("kind-type-answer"),
        "slider" => t("kind-slider"),
        "ordering" => t("kind-ordering"),
        "poll" => t("kind-poll"),
        "word_cloud" => t("kind-word-cloud"),
        "slide" => t("kind-slide"),
        other => other.to_string(),
    }
}

pub(super) fn push_media(lines: &mut Vec<Line<'static>>, media: &Option<String>, theme: &Theme) {
    if let Some(media) = media {
        lines.push(Line::from(Span::styled(
            format!(" {}", media_label(media)),
            theme.dim(),
        )));
    }
}

/// Extensions the pages play as sounds and as videos (assets/common.js);
/// any other media is shown as a picture.
const SOUNDS: [&str; 7] = ["mp3", "ogg", "oga", "opus", "m4a", "aac", "wav"];
const VIDEOS: [&str; 5] = ["mp4", "m4v", "webm", "ogv", "mov"];

/// Longest media name shown, in columns: the line stays within 80.
const MEDIA_NAME_MAX: usize = 40;

/// A question's media as the host needs to know it: what kind it is and a
/// short name. Stored media is named by its SHA-256, of which the first 8
/// digits are enough to tell one from another; other media by its file name.
pub(super) fn media_label(media: &str) -> String {
    let path = media.split(['?', '#']).next().unwrap_or_default();
    let file = path
        .rsplit('/')
        .next()
        .filter(|f| !f.is_empty())
        .unwrap_or(media);
    let (stem, ext) = file.rsplit_once('.').unwrap_or((file, ""));
    let ext = ext.to_ascii_lowercase();
    let name = if crate::media::is_hash(stem) && !ext.is_empty() {
        format!("{}.{ext}", &stem[..8])
    } else {
        fit(file, MEDIA_NAME_MAX)
    };
    let args = [("name", Arg::from(&name))];
    if SOUNDS.contains(&ext.as_str()) {
        tr("question-media-sound", &args)
    } else if VIDEOS.contains(&ext.as_str()) {
        tr("question-media-video", &args)
    } else {
        tr("question-media-picture", &args)
    }
}

/// What an open question asks players for.
struct AnswerForm<'a> {
    kind: &'a str,
    answers: &'a [String],
    slider: Option<&'a SliderView>,
    max_length: Option<u32>,
}

/// The choices to pick, the items to arrange, or what players type or set.
fn push_answer_form(lines: &mut Vec<Line<'static>>, form: AnswerForm, width: usize, theme: &Theme) {
    let note = |text: String| Line::from(Span::styled(format!(" {text}"), theme.dim()));
    match form.kind {
        "type_answer" => lines.push(note(tr(
            "form-type-answer",
            &[("count", form.max_length.unwrap_or(100).into())],
        ))),
        "word_cloud" => lines.push(note(tr(
            "form-word-cloud",
            &[("count", form.max_length.unwrap_or(20).into())],
        ))),
        "slider" => {
            if let Some(s) = form.slider {
                let unit = s
                    .unit
                    .as_deref()
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default();
                let (min, max, step) = (s.min.to_string(), s.max.to_string(), s.step.to_string());
                lines.push(note(tr(
                    "form-slider",
                    &[
                        ("min", (&min).into()),
                        ("max", (&max).into()),
                        ("unit", (&unit).into()),
                        ("step", (&step).into()),
                    ],
                )));
            }
        }
        "ordering" => {
            lines.push(note(t("form-ordering")));
            for (i, item) in form.answers.iter().enumerate() {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {}. ", number(i as i64 + 1)), theme.strong()),
                    Span::raw(fit(item, width.saturating_sub(7))),
                ]));
            }
        }
        kind => {
            for (i, answer) in form.answers.iter().enumerate() {
                lines.push(Line::from(vec![
                    Span::styled(format!("   {} ", shape(i)), theme.answer(i)),
                    Span::raw(fit(answer, width.saturating_sub(6))),
                ]));
            }
            match kind {
                "multi" => lines.push(note(t("form-multi"))),
                "poll" => lines.push(note(t("form-poll"))),
                _ => {}
            }
        }
    }
}

pub fn draw_slide(frame: &mut Frame, area: Rect, game: &LiveGame, theme: &Theme) {
    let PhaseView::Slide {
        index,
        total,
        text,
        body,
        media,
        ..
    } = &game.phase
    else {
        return;
    };
    let mut lines = vec![
        Line::from(Span::styled(
            heading(*index, *total, &format!("  ·  {}", t("kind-slide"))),
            theme.title(),
        )),
        Line::from(""),
        Line::from(Span::styled(format!(" {text}"), theme.strong())),
        Line::from(""),
    ];
    for line in body.as_deref().unwrap_or_default().lines() {
        lines.push(Line::from(format!(" {line}")));
    }
    if media.is_some() {
        lines.push(Line::from(""));
        push_media(&mut lines, media, theme);
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        format!(" {}", t("slide-hint")),
        theme.dim(),
    )));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_seconds_round_the_way_a_viewer_expects() {
        assert_eq!(bar(3, 5), "███░░");
        assert_eq!(bar(9, 4), "████");
        assert_eq!(secs(0), 0);
        assert_eq!(secs(1), 1);
        assert_eq!(secs(12_000), 12);
        assert_eq!(secs(12_001), 13);
    }

    #[test]
    fn media_is_named_by_its_kind_and_a_short_name() {
        let _english = crate::tui::text::speak(crate::i18n::language("en").unwrap());
        let hash = "9b1e3c0d5a7f42e8b6c1d3f5a7e9b2c4d6f8a1e3c5b7d9f2a4c6e8b1d3f5a7c9";
        for (media, label) in [
            (format!("/media/{hash}.png"), "picture: 9b1e3c0d.png"),
            (format!("/media/{hash}.mp3"), "sound: 9b1e3c0d.mp3"),
            (format!("/media/{hash}.webm"), "video: 9b1e3c0d.webm"),
            ("/media/sun.jpg".into(), "picture: sun.jpg"),
            ("/media/Anthem.OGG".into(), "sound: Anthem.OGG"),
            (
                "https://example.org/clips/moon.mp4?t=3".into(),
                "video: moon.mp4",
            ),
            (
                "https://example.org/".into(),
                "picture: https://example.org/",
            ),
        ] {
            assert_eq!(media_label(&media), label, "{media}");
        }
        let long = format!("/media/{}.png", "very-long-name-".repeat(10));
        assert!(
            media_label(&long).chars().count() <= 60,
            "{}",
            media_label(&long)
        );
    }
}
