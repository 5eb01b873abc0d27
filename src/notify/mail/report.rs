//! The report mail a host gets when a game they ran is over and its
//! results are stored, if they asked for it (`report_mail` on their
//! account) and have an address: the quiz's title and the date in the
//! subject, the winners and each question's accuracy in plain text, and
//! the full report (`crate::report`) attached as a workbook. The game actor only hands over the game's
//! id (`game_saved`); everything here runs in a task of its own.

use super::{MailError, Outbox};
use crate::report::{Report, ReportFormat};
use crate::store::mail::Attachment;
use crate::store::FinishedGame;

/// How many of the best players the body names.
const WINNERS: usize = 3;

/// Queues the report of a saved game in a task of its own, so the caller
/// (the game actor) never waits for it. Failures are logged.
pub fn game_saved(outbox: &Outbox, game_id: &str) {
    let (outbox, game_id) = (outbox.clone(), game_id.to_string());
    tokio::spawn(async move {
        match queue_report(&outbox, &game_id).await {
            Ok(Some(_)) | Ok(None) => {}
            Err(e) => tracing::error!(game = %game_id, "report mail not queued: {e}"),
        }
    });
}

/// Queues the report of a stored game to its host, if they asked for it;
/// returns the queued message's id.
pub async fn queue_report(outbox: &Outbox, game_id: &str) -> Result<Option<i64>, MailError> {
    let store = outbox.store();
    let Some(host) = store.game_host(game_id).await? else {
        return Ok(None);
    };
    let Some(contact) = store.contact(host).await? else {
        return Ok(None);
    };
    let email = match (&contact.email, contact.report_mail, contact.pending) {
        (Some(email), true, false) => email.clone(),
        _ => return Ok(None),
    };
    let Some(game) = store.finished_game(game_id).await? else {
        return Ok(None);
    };
    let report = ReportMail::of(&game);
    let id = outbox
        .queue(
            "report",
            Some(game_id),
            &email,
            &report.subject,
            report.body,
            report.attachments,
        )
        .await?;
    Ok(Some(id))
}

/// What the report mail says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportMail {
    pub subject: String,
    pub body: String,
    pub attachments: Vec<Attachment>,
}

impl ReportMail {
    /// The mail for a finished game: figures from `report::Report`, the
    /// workbook download attached (the CSV one if the workbook cannot be
    /// written).
    pub fn of(game: &FinishedGame) -> ReportMail {
        let report = Report::from_finished(game);
        let date = day(game.ended_at);
        let subject = format!("Quiz report: {} ({date})", one_line(&game.quiz_title));
        let mut body = format!(
            "{title}\nGame {pin}, ended {ended} UTC.\n{players} players, {questions} questions.\n",
            title = one_line(&game.quiz_title),
            pin = game.pin,
            ended = minute(game.ended_at),
            players = report.game.players,
            questions = report.game.questions,
        );
        body.push_str("\nWinners\n");
        if report.players.is_empty() {
            body.push_str("  nobody played\n");
        }
        for p in report.players.iter().take(WINNERS) {
            body.push_str(&format!(
                "  {}. {} - {} points, {} correct\n",
                p.rank,
                one_line(&p.nickname),
                p.score,
                p.correct
            ));
        }
        body.push_str("\nQuestions (share of answers that were right)\n");
        for q in &report.questions {
            let line = match (q.kind.as_str(), q.accuracy) {
                ("slide", _) => "slide".to_string(),
                ("poll" | "word_cloud", _) => format!("not scored, {} answers", q.answered),
                (_, None) => "no answers".to_string(),
                (_, Some(accuracy)) => format!(
                    "{}% ({} of {} answers)",
                    (accuracy * 100.0).round(),
                    q.correct,
                    q.answered
                ),
            };
            body.push_str(&format!(
                "  {}. {} - {line}\n",
                q.index + 1,
                one_line(&q.text)
            ));
        }
        let file = attachment(&report);
        body.push_str(&format!("\nThe full report is attached ({}).\n", file.name));
        ReportMail {
            subject,
            body,
            attachments: vec![file],
        }
    }
}

/// The workbook; the CSV if the workbook cannot be written.
fn attachment(report: &Report) -> Attachment {
    let file = |format: ReportFormat| -> Result<Attachment, crate::report::ReportError> {
        Ok(Attachment {
            name: report.file_name(format),
            content_type: format.content_type().to_string(),
            bytes: crate::report::write(report, format)?,
        })
    };
    file(ReportFormat::Xlsx)
        .or_else(|e| {
            tracing::warn!(game = %report.game.id, "report mail attaches the CSV: {e}");
            file(ReportFormat::Csv)
        })
        .unwrap_or_else(|e| Attachment {
            name: "report.txt".into(),
            content_type: "text/plain; charset=utf-8".into(),
            bytes: e.to_string().into_bytes(),
        })
}

/// A title or nickname on one line of a subject or body.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `YYYY-MM-DD` (UTC) of a Unix-ms time.
fn day(ms: u64) -> String {
    let (y, m, d, _, _, _) = crate::clock::utc_parts((ms / 1000) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD HH:MM` (UTC) of a Unix-ms time.
fn minute(ms: u64) -> String {
    let (_, _, _, h, min, _) = crate::clock::utc_parts((ms / 1000) as i64);
    format!("{} {h:02}:{min:02}", day(ms))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::game::AnswerRecord;
    use crate::quiz::AnswerValue;
    use crate::store::{PlayedQuestion, PlayerOutcome};
    use calamine::{Data, Reader};

    fn answer(player: u32, question: usize, correct: bool) -> AnswerRecord {
        AnswerRecord {
            player,
            question,
            answer: AnswerValue::Choice(0),
            client_id: None,
            elapsed_ms: 1200,
            time_limit_ms: 20_000,
            correct,
            points: if correct { 900 } else { 0 },
            streak_bonus: 0,
        }
    }

    fn game() -> FinishedGame {
        let question = |text: &str, kind: &str| PlayedQuestion {
            text: text.into(),
            kind: kind.into(),
            choices: vec!["a".into(), "b".into()],
            correct_text: match kind {
                "poll" => vec![],
                _ => vec!["a".into()],
            },
            time_limit: 20,
            points: 1000,
        };
        let player = |player, nickname: &str, rank, score, correct| PlayerOutcome {
            player,
            nickname: nickname.into(),
            rank,
            score,
            correct,
            team: None,
        };
        FinishedGame {
            id: "g1".into(),
            pin: "123456".into(),
            quiz_id: "capitals".into(),
            quiz_title: "Capitals  of\nEurope".into(),
            question_count: 3,
            created_at: 1_718_000_000_000,
            started_at: Some(1_718_000_010_000),
            // 2024-06-10 06:30 UTC
            ended_at: 1_718_001_000_000,
            players_removed: None,
            totals: Vec::new(),
            questions: vec![
                question("Paris?", "single"),
                question("Favourite?", "poll"),
                question("Rome?", "single"),
            ],
            players: vec![
                player(1, "ana", 1, 1800, 2),
                player(2, "=cmd", 2, 900, 1),
                player(3, "bo", 3, 0, 0),
                player(4, "cy", 4, 0, 0),
            ],
            answers: vec![
                answer(1, 0, true),
                answer(2, 0, true),
                answer(3, 0, false),
                answer(1, 1, false),
                answer(1, 2, true),
                answer(2, 2, false),
                answer(3, 2, false),
            ],
        }
    }

    #[test]
    fn the_report_names_the_quiz_the_winners_and_each_questions_accuracy() {
        let mail = ReportMail::of(&game());
        assert_eq!(mail.subject, "Quiz report: Capitals of Europe (2024-06-10)");
        assert_eq!(
            mail.body,
            "Capitals of Europe\nGame 123456, ended 2024-06-10 06:30 UTC.\n\
             4 players, 3 questions.\n\nWinners\n  1. ana - 1800 points, 2 correct\n\
             \x20 2. =cmd - 900 points, 1 correct\n  3. bo - 0 points, 0 correct\n\n\
             Questions (share of answers that were right)\n  1. Paris? - 67% (2 of 3 answers)\n\
             \x20 2. Favourite? - not scored, 1 answers\n  3. Rome? - 33% (1 of 3 answers)\n\n\
             The full report is attached (capitals-2024-06-10-g1.xlsx).\n"
        );
        let [file] = &mail.attachments[..] else {
            panic!("one attachment: {:?}", mail.attachments);
        };
        assert_eq!(file.name, "capitals-2024-06-10-g1.xlsx");
        assert_eq!(
            file.content_type,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        );
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(file.bytes.clone())).unwrap();
        let players = book.worksheet_range("Players").unwrap();
        let cell = |row: u32, col: u32| players.get_value((row, col)).cloned();
        assert_eq!(cell(1, 2), Some(Data::String("ana".into())));
        assert_eq!(cell(1, 3), Some(Data::Float(1800.0)));
        assert_eq!(cell(2, 2), Some(Data::String("'=cmd".into())));
        assert_eq!(cell(4, 2), Some(Data::String("cy".into())));
    }
}
