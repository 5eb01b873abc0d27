//! The report mail a host gets when a game they ran is over and its
//! results are stored, if they asked for it (`report_mail` on their
//! account) and have an address: the quiz's title and the date in the
//! subject, the winners and each question's accuracy in plain text, and
//! the full results attached. The game actor only hands over the game's
//! id (`game_saved`); everything here runs in a task of its own.

use super::{MailError, Outbox};
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
    pub fn of(game: &FinishedGame) -> ReportMail {
        let date = day(game.ended_at);
        let subject = format!("Quiz report: {} ({date})", one_line(&game.quiz_title));
        let mut body = format!(
            "{title}\nGame {pin}, ended {ended} UTC.\n{players} players, {questions} questions.\n",
            title = one_line(&game.quiz_title),
            pin = game.pin,
            ended = minute(game.ended_at),
            players = game.players.len(),
            questions = game.questions.len().max(game.question_count as usize),
        );
        body.push_str("\nWinners\n");
        if game.players.is_empty() {
            body.push_str("  nobody played\n");
        }
        for p in game.players.iter().take(WINNERS) {
            body.push_str(&format!(
                "  {}. {} - {} points, {} correct\n",
                p.rank,
                one_line(&p.nickname),
                p.score,
                p.correct
            ));
        }
        body.push_str("\nQuestions (share of answers that were right)\n");
        for (index, question) in game.questions.iter().enumerate() {
            let answers: Vec<_> = game
                .answers
                .iter()
                .filter(|a| a.question == index)
                .collect();
            let right = answers.iter().filter(|a| a.correct).count();
            let line = match question.kind.as_str() {
                "slide" => "slide".to_string(),
                "poll" | "word_cloud" => format!("not scored, {} answers", answers.len()),
                _ if answers.is_empty() => "no answers".to_string(),
                _ => format!(
                    "{}% ({right} of {} answers)",
                    (right * 100 + answers.len() / 2) / answers.len(),
                    answers.len()
                ),
            };
            body.push_str(&format!(
                "  {}. {} - {line}\n",
                index + 1,
                one_line(&question.text)
            ));
        }
        let file = results_csv(game);
        body.push_str(&format!(
            "\nThe full results are attached ({}).\n",
            file.name
        ));
        ReportMail {
            subject,
            body,
            attachments: vec![file],
        }
    }
}

/// Every player's line, best first, as CSV: what a spreadsheet opens. A
/// nickname that a spreadsheet would read as a formula gets a leading `'`.
fn results_csv(game: &FinishedGame) -> Attachment {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = ["rank", "nickname", "score", "correct", "answered"];
    let _ = writer.write_record(header);
    for p in &game.players {
        let answered = game.answers.iter().filter(|a| a.player == p.player).count();
        let _ = writer.write_record([
            p.rank.to_string(),
            neutralise(&p.nickname),
            p.score.to_string(),
            p.correct.to_string(),
            answered.to_string(),
        ]);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    Attachment {
        name: format!("{}-{}-{}.csv", game.quiz_id, day(game.ended_at), game.id),
        content_type: "text/csv; charset=utf-8".into(),
        bytes,
    }
}

fn neutralise(text: &str) -> String {
    match text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{text}"),
        false => text.to_string(),
    }
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
        };
        let player = |player, nickname: &str, rank, score, correct| PlayerOutcome {
            player,
            nickname: nickname.into(),
            rank,
            score,
            correct,
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
             The full results are attached (capitals-2024-06-10-g1.csv).\n"
        );
        let [file] = &mail.attachments[..] else {
            panic!("one attachment: {:?}", mail.attachments);
        };
        assert_eq!(file.name, "capitals-2024-06-10-g1.csv");
        assert_eq!(
            String::from_utf8(file.bytes.clone()).unwrap(),
            "rank,nickname,score,correct,answered\n1,ana,1800,2,3\n2,'=cmd,900,1,2\n\
             3,bo,0,0,2\n4,cy,0,0,0\n"
        );
    }
}
