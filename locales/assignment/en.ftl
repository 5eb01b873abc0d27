# quizbox: the page of a self-paced assignment (/a/CODE), a player's page, in English.
# The source catalog of its set: every other language has exactly these keys.
# The page reads the player page's catalog too (locales/LANG.ftl), for the
# answer controls it shares with it; the phone loads only these two.

assignment-page-title = Assignment – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Nickname
assignment-intro = Answer at your own pace: each question has its own timer, which starts when the question appears. You can close this page and come back on this device to go on where you were.
assignment-start = Start
assignment-window = { $count ->
    [one] { $count } question · open until { $closes }
   *[other] { $count } questions · open until { $closes }
}
assignment-not-open-title = Not open yet
assignment-opens-on = This assignment opens on { $opens }.
assignment-closed-title = This assignment is closed
assignment-deadline-passed = Its deadline has passed.
assignment-closed-summary = { $answered ->
    [one] You answered { $answered } question of { $count } and scored { $score } points.
   *[other] You answered { $answered } questions of { $count } and scored { $score } points.
}
assignment-question-of = Question { $n } of { $count }
assignment-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
assignment-not-scored = not scored
assignment-time-left = Time left
assignment-skip = Skip this question
assignment-continue = Continue
assignment-announce-question = Question { $n }: { $text }
assignment-skipped = Skipped
assignment-correct = Correct!
assignment-saved = Answer saved
assignment-gained = { $points ->
    [one] +{ $points } point
   *[other] +{ $points } points
}
assignment-next = Next question
assignment-see-result = See your result
assignment-finished = Finished!
assignment-done-score = { $correct ->
    [one] You scored { $score } points with { $correct } correct answer.
   *[other] You scored { $score } points with { $correct } correct answers.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
    [one] You are { $rank }st of those who have finished.
    [two] You are { $rank }nd of those who have finished.
    [few] You are { $rank }rd of those who have finished.
   *[other] You are { $rank }th of those who have finished.
}
assignment-board = Leaderboard so far
assignment-board-line = { $name } — { $score } points
assignment-announce-done = Finished with { $score } points.
assignment-server-answered = The server answered { $status }
assignment-not-saved = Could not reach the server. Your answer was not saved; try again.
assignment-unreachable-reload = Could not reach the server. Reload the page to try again.
assignment-unreachable = Could not reach the server. Try again.
assignment-storage-retry = The server cannot save right now (its disk is full or failing). Your answer is kept and sent again by itself in a moment; you can also answer again.

## Whether an answer was right, and its points

assignment-partly-correct = Partly correct
assignment-incorrect = Incorrect
assignment-gained-bonus = +{ $points } points (incl. +{ $bonus } streak bonus)
assignment-no-points = No points
