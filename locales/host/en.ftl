# quizbox: the host's pages (dashboard, studio, reports, account), in English.
# The source catalog: every other language has exactly these keys.

## The host page (/host)

host-page-title = Host a game – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Pages
studio-nav-library = Quiz library
studio-nav-host = Host a game
studio-sign-out = Sign out
studio-login-username = Username
studio-login-password = Password
studio-login-submit = Sign in
studio-confirm-keep = Keep it
studio-delete = Delete
studio-unexpected-reply = The server sent an unexpected reply.
studio-kind-single = Single choice
studio-kind-multi = Multiple choice
studio-kind-true-false = True or false
studio-kind-type-answer = Type answer
studio-kind-slider = Slider
studio-kind-ordering = Ordering
studio-kind-poll = Poll
studio-kind-word-cloud = Word cloud
studio-kind-slide = Slide

reports-page-title = Reports – quizbox
reports-title = Reports
reports-login-legend = Sign in to see the reports of your games
reports-search = Search by quiz
reports-search-placeholder = Quiz title or id
reports-table-caption = Finished games, newest first
reports-col-quiz = Quiz
reports-col-played = Played
reports-col-players = Players
reports-col-status = Status
reports-col-actions = Actions
reports-confirm-text = Its results and every answer are deleted for good.
reports-load-failed = Could not load the games: { $error }
reports-status-finished = finished, { $duration }
reports-host = host { $name }
reports-open = Open
reports-open-label = Open the report of { $title } on { $date }
reports-delete-label = Delete the game of { $title } on { $date }
reports-none = No finished games yet: host one, and its report appears here.
reports-count = { $count ->
    [one] { $count } game
   *[other] { $count } games
}
reports-count-match = { $count ->
    [one] { $shown } of { $count } game match
   *[other] { $shown } of { $count } games match
}
reports-confirm-title = Delete the game of “{ $title }” on { $date }?
reports-delete-failed = Could not delete the game of “{ $title }”: { $error }
reports-deleted = Deleted the game of “{ $title }”.

report-page-title = Game report – quizbox
report-nav-all = All reports
report-title = Game report
report-login-legend = Sign in to see this report
report-summary = Summary
report-downloads = Download this report
report-download-csv = Download CSV
report-download-json = Download JSON
report-download-xlsx = Download spreadsheet (xlsx)
report-print = Print
report-questions = Questions
report-legend = Bars count the players who gave each answer; { $right }. A question is { $difficult } when fewer than half of the answers to it were right.
report-legend-right = ✓ marks a right answer
report-legend-difficult = difficult
report-questions-caption = Every question: its answers, accuracy and times
report-col-question = Question and answers
report-col-accuracy = Accuracy
report-col-average = Average time
report-col-median = Median time
report-col-difficult = Difficult
report-across-heading = Across every game of this quiz
report-across-intro = The questions missed most, lowest accuracy first:
report-teams = Teams
report-teams-note = A team's score is the mean of its players' scores.
report-teams-caption = Every team, by rank
report-col-rank = Rank
report-col-team = Team
report-col-score = Score
report-players-caption = Every player, by rank, with their answers
report-col-player = Player
report-col-correct = Correct
report-col-streak = Best streak
report-unknown = unknown
report-ended-in-lobby = ended in the lobby
report-duration-hours = { $h } h { $m } min
report-duration-minutes = { $m } min { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct } %
report-not-found = There is no report of this game: it was deleted, or it is another host’s.
report-load-failed = Could not load the report: { $error }
report-heading = Report: { $title }
report-doc-title = { $title } – report – quizbox
report-fact-duration = Duration
report-fact-pin = PIN
report-fact-participation = Participation
report-fact-completion = Completion
report-participation = { $percent } of possible answers given
report-completion = { $percent } of players answered every question
report-across-games = { $count ->
    [one] { $count } game of this quiz played.
   *[other] { $count } games of this quiz played.
}
report-across-item = { $games ->
    [one] { $percent } right ({ $correct } of { $answered } answers in { $games } game)
   *[other] { $percent } right ({ $correct } of { $answered } answers in { $games } games)
}
report-answered = { $count } answered
report-right-count = { $count } right
report-right-answers = Right: { $answers }
report-not-scored = not scored
report-flag-difficult = ⚠ difficult
report-flag-no = no
report-result-right = ✓ right
report-result-wrong = ✗ wrong
report-no-answer = no answer
report-answers-of = Answers of { $name }
report-answers-question = Question
report-answers-answer = Answer
report-answers-result = Result
report-answers-points = Points
report-answers-time = Time
report-correct-of = { $correct } of { $answered }
report-download-failed = Could not download the report: { $error }
report-downloaded = { $size ->
    [one] Downloaded { $name } ({ $size } byte).
   *[other] Downloaded { $name } ({ $size } bytes).
}
report-chart-none = Question { $number }: no answers.
report-chart-summary = Answers to question { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (right answer)
report-chart-count-right = { $count } (right)
report-chart-more = { $count ->
    [one] and { $count } more answer, given { $times } times
   *[other] and { $count } more answers, given { $times } times
}
report-chart-no-answers = No answers

studio-page-title = Quiz library – quizbox
studio-login-legend = Sign in to write quizzes
studio-new-quiz = New quiz
studio-search = Search
studio-search-placeholder = Title, description or id
studio-sort = Sort by
studio-sort-title = Title
studio-sort-updated = Last changed
studio-sort-played = Last played
studio-import = Import
studio-import-text = Drop quiz files here (TOML, JSON, CSV, Kahoot! spreadsheets, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot, or a bundle: quiz and media in a .zip), or choose them.
studio-import-choose = Choose files to import…
studio-import-files = Quiz files to import
studio-quizzes = Quizzes
studio-confirm-text = You can undo this for a few seconds.
studio-undo = Undo
studio-format-xlsx = Kahoot! spreadsheet
studio-format-bundle = Bundle: quiz and media (zip)
studio-load-failed = Could not load the quizzes: { $error }
studio-never = never
studio-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
studio-changed = changed { $when }
studio-last-played = last played { $when }
studio-owner = owner { $name }
studio-sample = sample
studio-export-format = Export format for { $name }
studio-export = Export
studio-export-label = Export { $name }
studio-host = Host
studio-host-label = Host { $name }
studio-edit = Edit
studio-edit-label = Edit { $name }
studio-duplicate = Duplicate
studio-duplicate-label = Duplicate { $name }
studio-delete-label = Delete { $name }
studio-none = No quizzes yet: write one with “New quiz”, or import a file.
studio-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzes
}
studio-count-match = { $count ->
    [one] { $shown } of { $count } quiz match
   *[other] { $shown } of { $count } quizzes match
}
studio-host-failed = Could not start the game: { $error }
studio-duplicate-failed = Could not duplicate “{ $title }”: { $error }
studio-duplicated = Duplicated “{ $title }”.
studio-duplicated-as = Duplicated “{ $title }” as “{ $copy }”.
studio-export-failed = Could not export “{ $title }”: { $error }
studio-exported = Exported “{ $title }”.
studio-exported-lossy = { $count ->
    [one] Exported “{ $title }”; { $count } thing this format cannot hold left out (quizbox export lists them).
   *[other] Exported “{ $title }”; { $count } things this format cannot hold left out (quizbox export lists them).
}
studio-confirm-title = Delete “{ $title }”?
studio-delete-failed = Could not delete “{ $title }”: { $error }
studio-deleted = Deleted “{ $title }”.
studio-undo-label = Undo deleting { $title }
studio-deleted-undo = Deleted “{ $title }”. Undo is offered for { $secs } seconds.
studio-undo-failed = Could not bring back “{ $title }”: { $error }
studio-back = “{ $title }” is back.
studio-import-line = line { $where }:
studio-import-refused = { $name }: not imported.
studio-import-quiz = { $count ->
    [one] “{ $title }” ({ $count } question, { $status })
   *[other] “{ $title }” ({ $count } questions, { $status })
}
studio-import-created = created
studio-import-updated = updated
studio-import-checked = checked
studio-imported = { $name }: imported { $titles }
studio-import-nothing = { $name }: not imported, nothing was written.
studio-import-error = error: { $text }
studio-import-warning = warning: { $text }
studio-importing = { $count ->
    [one] Importing { $count } file…
   *[other] Importing { $count } files…
}
studio-import-server-refused = the server refused it
studio-imported-count = { $count ->
    [one] { $imported } of { $count } file imported.
   *[other] { $imported } of { $count } files imported.
}

studio-edit-page-title = Edit quiz – quizbox
studio-save = Save
studio-conflict-text = { $saved } Everything you typed is still here. Keep theirs or yours:
studio-conflict = Someone else saved this quiz after you opened it.
studio-reload-theirs = Reload theirs (discard my changes)
studio-overwrite = Overwrite with mine
studio-problems = This quiz cannot be saved yet
studio-description = Description
studio-reorder-help = Drag a question to move it, or focus it and press Alt+↑ or Alt+↓.
studio-new-kind = Kind of the new question
studio-add-question = Add question
studio-preview = Preview
studio-preview-as = Preview as
studio-preview-phone = Phone
studio-preview-screen = Big screen
studio-open-failed = Could not open the quiz: { $error }
studio-edit-quiz = Edit quiz
studio-edit-heading = Edit “{ $title }”
studio-edit-doc-title = { $title } – quizbox
studio-id = Id: { $id }
studio-id-note = The id is made from the title when the quiz is first saved.
studio-no-questions = No questions
studio-add-first = Add a question to start.
studio-problem-at = Question { $number }
studio-problem-at-field = Question { $number } ({ $field })
studio-unsaved = Unsaved changes.
studio-moved = Moved to position { $position } of { $total }.
studio-question-duplicated = Question { $number } duplicated as question { $copy }.
studio-question-removed = Question { $number } ({ $summary }) removed.
studio-saving = Saving…
studio-not-saved-failure = Not saved. { $error }
studio-not-saved-conflict = Not saved: someone else saved this quiz after you opened it. Your changes are kept.
studio-not-saved-problems = { $count ->
    [one] Not saved: one thing to fix.
   *[other] Not saved: { $count } things to fix.
}
studio-server-answered = the server answered { $status }
studio-not-saved = Not saved: { $error }
studio-saved-at = Saved at { $time }.
studio-theirs-loaded = Their version is loaded; your changes are discarded.
studio-starting = Starting a game…
studio-no-text = (no text yet)
studio-pick-label = Question { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } ({ $count } to fix)
studio-check-empty = Must not be empty.
studio-check-too-long = Longer than { $max } characters ({ $count }).
studio-check-no-questions = A quiz needs at least one question.
studio-check-too-many-questions = A quiz may hold at most { $max } questions ({ $count }).
studio-check-whole-seconds = Must be a whole number of seconds.
studio-check-time-limit = Must be { $min } to { $max } seconds.
studio-check-whole-points = Must be a whole number of points.
studio-check-correct-one = Mark one of the answers as correct.
studio-check-correct-none = Mark at least one answer as correct.
studio-check-accepted-none = Needs at least one accepted answer.
studio-check-accepted-many = At most { $max } accepted answers ({ $count }).
studio-check-whole-characters = Must be a whole number of characters.
studio-check-word-cloud = Must be 1 to { $max } characters.
studio-check-number = Must be a number.
studio-check-slider-max = Must be above the lowest value ({ $min }).
studio-check-slider-step = Must be above 0.
studio-check-slider-positions = Gives more than 10,000 positions; use a larger step.
studio-check-slider-correct = Must be from { $min } to { $max }.
studio-check-slider-tolerance = Must not be negative.
studio-check-answer-count = Needs { $min } to { $max } answers ({ $count }).
studio-check-item-count = Needs { $min } to { $max } items ({ $count }).
studio-check-twice = The same as number { $number }.
studio-check-count = { $count ->
    [one] One problem to fix.
   *[other] { $count } problems to fix.
}
studio-move-up = Move question { $number } up
studio-move-down = Move question { $number } down
studio-slide-n = Slide { $number }
studio-question-n = Question { $number }
studio-duplicate-question = Duplicate question { $number }
studio-remove = Remove
studio-remove-question = Remove question { $number }
studio-kind = Kind
studio-time-limit = Time limit (seconds)
studio-time-limit-note = From 5 to 240 seconds.
studio-points-note = 1000 is standard, 2000 double, 0 leaves the question unscored.
studio-explanation = Explanation (shown with the answer)
studio-true = True
studio-false = False
studio-correct-answer = Correct answer
studio-max-length = Longest entry (characters)
studio-max-length-note = From 1 to 100.
studio-slide-body = Text under the title
studio-answer-n = Answer { $number }
studio-answer-correct = Answer { $number } is correct
studio-remove-answer = Remove answer { $number }
studio-add-answer = Add answer
studio-answers = Answers
studio-answers-single = Answers (choose the correct one)
studio-answers-multi = Answers (tick every correct one)
studio-accepted-n = Accepted answer { $number }
studio-remove-accepted = Remove accepted answer { $number }
studio-add-accepted = Add accepted answer
studio-accepted = Accepted answers (case, accents and spaces do not matter)
studio-typos = Accept small typos
studio-slider-min = Lowest value
studio-slider-max = Highest value
studio-slider-step = Step
studio-slider-correct = Correct value
studio-slider-tolerance = Tolerance (±)
studio-slider-tolerance-note = Answers this close count as correct.
studio-slider-unit = Unit (optional)
studio-item-n = Item { $number }
studio-item-up = Move item { $number } up
studio-item-down = Move item { $number } down
studio-remove-item = Remove item { $number }
studio-add-item = Add item
studio-items = Items in the correct order (players see them shuffled)
studio-media-file = Media file to upload
studio-upload = Upload picture, sound or video…
studio-uploading = Uploading { $name }…
studio-uploaded = { $name } uploaded.
studio-upload-failed = Could not upload { $name }.
studio-remove-media = Remove media
studio-media = Media
studio-media-address = Picture, sound or video address
studio-media-note = Upload a file, or give a /media/ address.
studio-preview-question = Your question
studio-preview-slide = Slide { $index } of { $total }
host-nav-label = Pages
host-nav-library = Quiz library
host-nav-reports = Reports
host-heading = Host a game
host-login-legend = Sign in to host
host-choose-quiz = Choose a quiz
host-filter = Filter quizzes
host-filter-placeholder = Type to filter by title or description
host-loading = Loading quizzes…
host-quiz-list-label = Quizzes
host-load-failed = Could not load the quizzes: { $error }
host-no-quizzes = No quizzes yet. Write or import one in the quiz library (/studio), or with: quizbox import FILE
host-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
host-quiz-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzes
}
host-quizzes-match = { $total ->
    [one] { $shown } of { $total } quiz match
   *[other] { $shown } of { $total } quizzes match
}
host-options = Game options
host-options-note = Optional: the defaults suit most games.
host-intro-secs = Seconds before answers open
host-streak-bonus = Streak bonus
host-shuffle-questions = Shuffle the questions
host-shuffle-answers = Shuffle the answers
host-on-screen-only = Questions on the big screen only
host-on-screen-note = Phones then show coloured shapes instead of the question and answers.
host-generated-nicknames = Generated nicknames
host-nicknames-note = Every player gets a name such as “Brave Otter” instead of the one they type.
host-late-join = Late join
host-late-join-note = Players may join after the start; they play from the next question with 0 points.
host-auto-advance = Auto-advance after (seconds, 0: off)
host-auto-advance-note = Answers and leaderboard are shown this long, then the game moves on by itself.
host-break = Break between rounds (seconds, 0: none)
host-break-note = For a quiz in rounds: the round summary, then a break with a countdown before the next round.
host-teams = Teams
host-team-off = Off: everyone plays alone
host-team-auto = Drawn at random, balanced
host-team-pick = Players pick a team
host-team-device = One team per shared device
host-team-note = A team scores the mean of its members' points; the big screen shows a team leaderboard and podium.
host-team-names = Team names, one a line (2 to 20)
host-team-red = Red
host-team-blue = Blue
host-screen-language = Big screen language
host-screen-language-own = The presenting browser's own
host-screen-language-note = The presenter screen's buttons and messages, whatever the projecting computer's setting. The quiz's own text is not translated.
host-start-note = Choose a quiz above to start.
host-start = Start game
host-start-quiz = Start “{ $title }”
host-start-note-pin = Players join with the PIN the big screen shows next.
host-starting = Starting…
host-choose-first = Choose a quiz first.
host-invalid-intro = Seconds before answers open must be a whole number from 0 to { $max }.
host-invalid-auto-advance = Auto-advance must be a whole number of seconds from 0 (off) to { $max }.
host-invalid-break = The break between rounds must be a whole number of seconds from 0 (none) to { $max }.
host-invalid-teams = Give { $min } to { $max } different team names, one a line, each at most { $chars } characters.
host-start-failed = Could not start the game: { $error }
host-unexpected-reply = The server sent an unexpected reply.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Username
signin-password = Password
signin-submit = Sign in
signin-sign-out = Sign out
signin-signed-in-as = Signed in as { $name }
signin-session-ended = Your session has ended. Sign in again.
signin-unreachable = Could not reach the quizbox server. Is it running?
signin-server-answered = The server answered { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Your account – quizbox
account-heading = Your account
account-username = Username (a-z, 0-9, '.', '_' and '-')
account-password = New password (at least 8 characters)
account-again = The same password again
account-save = Save
account-host-link = Sign in to host a game
account-invite-title = Welcome to quizbox
account-invite-intro = Choose the username and password you will sign in with.
account-invite-legend = Your new account
account-invite-submit = Create my account
account-reset-title = Set a new password
account-reset-legend = New password
account-reset-submit = Set the password
account-no-secret = This address lacks its secret: open the link from the mail again.
account-passwords-differ = The two passwords differ.
account-server-said = The server said { $status }.
account-invite-done = Your account { $name } is ready. Sign in with it now.
account-reset-done = The password of { $name } is set. Sign in with it now.
account-unreachable = The server cannot be reached. Try again.

## The assignments page (/assignments)

assignments-page-title = Assignments – quizbox
assignments-nav-host = Host a game
assignments-heading = Assignments
assignments-login-legend = Sign in to publish and follow assignments
assignments-quiz = Quiz
assignments-opens = Opens
assignments-closes = Closes
assignments-identifier = Ask players for (empty: a nickname)
assignments-identifier-placeholder = Student number
assignments-publish = Publish assignment
assignments-caption = Assignments, newest first
assignments-link = Link
assignments-state = State
assignments-started = Started
assignments-finished = Finished
assignments-actions = Actions
assignments-leaderboard = Leaderboard
assignments-rank = Rank
assignments-player = Player
assignments-score = Score
assignments-correct = Correct
assignments-players = Players
assignments-progress = Progress
assignments-questions = Questions
assignments-question = Question
assignments-answered = Answered
assignments-state-scheduled = scheduled
assignments-state-open = open
assignments-state-closed = closed
assignments-results = Results
assignments-results-of = Results of { $quiz } ({ $code })
assignments-close = Close now
assignments-close-of = Close { $quiz } ({ $code }) now
assignments-count = { $count ->
    [one] { $count } assignment
   *[other] { $count } assignments
}
assignments-none = No assignments yet: publish one above.
assignments-published = Published: { $link }
assignments-closed = Closed { $quiz }.
assignments-player-finished = finished
assignments-player-at = question { $n } of { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } player started, { $finished } finished · closes { $closes }
   *[other] { $state } · { $players } players started, { $finished } finished · closes { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Starts a round named
studio-round-note = Leave empty unless a new round starts with this question.
studio-round-starts = Round: { $name }
studio-pick-round = { $label }, starts round { $name }
studio-round-passed = Round { $name } now starts at question { $number }.
