//! A finished game's report as `GET /api/games/{game}/report` sends it
//! (docs/reports.md), read as far as the dashboard's summary needs: the
//! game's participation, each question's accuracy, each player's rank and
//! score. Fields it does not use are left unread, so the report may grow.

use serde::Deserialize;

use super::{ClientError, Server};

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GameReport {
    pub game: ReportGame,
    #[serde(default)]
    pub questions: Vec<ReportQuestion>,
    /// Best first.
    #[serde(default)]
    pub players: Vec<ReportPlayer>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReportGame {
    pub id: String,
    pub quiz_title: String,
    pub players: u32,
    pub questions: u32,
    /// Answers given out of those possible, 0 to 1.
    pub participation: f64,
    /// Share of players who answered every answerable question, 0 to 1.
    pub completion: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReportQuestion {
    /// Its place in the game, from 0.
    pub index: usize,
    pub text: String,
    pub kind: String,
    pub answered: u32,
    pub correct: u32,
    /// Right answers out of those given, 0 to 1; none for a poll, a word
    /// cloud or a slide, which are not scored.
    pub accuracy: Option<f64>,
    #[serde(default)]
    pub difficult: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReportPlayer {
    pub nickname: String,
    pub rank: u32,
    pub score: u64,
    pub correct: u32,
    pub answered: u32,
}

impl GameReport {
    /// The scored question with the fewest right answers for those given
    /// (the earliest of equals), if any question was answered.
    pub fn most_missed(&self) -> Option<&ReportQuestion> {
        self.questions
            .iter()
            .filter(|q| q.answered > 0)
            .filter_map(|q| q.accuracy.map(|a| (a, q)))
            .fold(
                None,
                |best: Option<(f64, &ReportQuestion)>, (a, q)| match best {
                    Some((b, _)) if b <= a => best,
                    _ => Some((a, q)),
                },
            )
            .map(|(_, q)| q)
    }
}

impl Server {
    /// `GET /api/games/{game}/report`: the report of a finished game.
    pub async fn game_report(&self, game: &str) -> Result<GameReport, ClientError> {
        self.get_json(&format!("/api/games/{game}/report")).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report as the server writes it, with fields this reader skips.
    const REPORT: &str = r#"{
      "game": {"id": "g1", "pin": "123456", "quiz_id": "capitals", "quiz_title": "Capitals",
               "created_at": 1, "started_at": 2, "ended_at": 3, "players": 3, "questions": 3,
               "participation": 0.888, "completion": 0.666},
      "questions": [
        {"index": 0, "text": "France?", "kind": "single", "choices": ["Paris", "Lyon"],
         "correct_text": ["Paris"], "answered": 3, "correct": 2, "accuracy": 0.6667,
         "distribution": [{"answer": "Paris", "count": 2, "correct": true}],
         "avg_ms": 2100, "median_ms": 2000, "difficult": false},
        {"index": 1, "text": "Favourite?", "kind": "poll", "choices": [], "correct_text": [],
         "answered": 3, "correct": 0, "accuracy": null, "distribution": [],
         "avg_ms": null, "median_ms": null, "difficult": false},
        {"index": 2, "text": "Peru?", "kind": "single", "choices": [], "correct_text": [],
         "answered": 2, "correct": 0, "accuracy": 0.0, "distribution": [],
         "avg_ms": 5000, "median_ms": 5000, "difficult": true}
      ],
      "players": [
        {"player": 1, "nickname": "Ann", "rank": 1, "score": 1900, "correct": 2, "answered": 3,
         "avg_ms": 1500, "best_streak": 2, "scores": [950, 950, 1900], "answers": [null]}
      ]
    }"#;

    #[test]
    fn the_report_reads_and_names_its_most_missed_question() {
        let report: GameReport = serde_json::from_str(REPORT).unwrap();
        assert_eq!(report.game.quiz_title, "Capitals");
        assert_eq!(report.questions[1].accuracy, None);
        assert!(report.questions[2].difficult);
        assert_eq!(report.players[0].score, 1900);
        let missed = report.most_missed().unwrap();
        assert_eq!(missed.text, "Peru?");
    }

    #[test]
    fn without_scored_answers_nothing_is_most_missed() {
        let mut report: GameReport = serde_json::from_str(REPORT).unwrap();
        report.questions.retain(|q| q.accuracy.is_none());
        assert_eq!(report.most_missed(), None);
        report.questions.clear();
        assert_eq!(report.most_missed(), None);
    }
}
