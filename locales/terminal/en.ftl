# quizbox: the terminal host dashboard (`quizbox host`), in English: the
# source every other catalog of locales/terminal/ is checked against.
# Key names (Enter, Esc, Ctrl-R…) are the keyboard's and stay as they are.

## When a quiz was last played

ago-never = never
ago-just-now = just now
ago-minutes = { $count } min ago
ago-hours = { $count } h ago
ago-yesterday = yesterday
ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## Choosing a quiz

picker-title = Choose a quiz
picker-filter = Filter:
picker-loading = loading quizzes…
picker-load-failed = Could not load the quizzes: { $error }
picker-retry = Press Ctrl-R to try again.
picker-empty = No quizzes yet. Import one with: quizbox import FILE
picker-no-match = No quiz matches "{ $filter }" (Esc clears the filter).
picker-column-quiz = Quiz
picker-column-questions = Questions
picker-column-played = Last played
picker-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzes
}
picker-count-matching = { $shown } of { $count } quizzes match

## Game options

options-title = New game:
options-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
options-creating = creating the game…
options-create-failed = Could not create the game: { $error }
options-press-enter = Press Enter to create the game and open its lobby.
option-on = on
option-off = off
option-intro = Seconds before answers open
option-intro-help = Each question is shown this long before players can answer.
option-streak = Streak bonus
option-streak-help = +100 per right answer in a row, up to +500.
option-shuffle-questions = Shuffle questions
option-shuffle-questions-help = The questions are played in a random order.
option-shuffle-answers = Shuffle answers
option-shuffle-answers-help = The choices of each question appear in a random order.
option-screen-only = Questions on the big screen only
option-screen-only-help = Phones show coloured shapes only; read the question on the big screen.
option-screen-language = Big screen language
option-screen-language-help = The language of the big screen (/screen/PIN); by default it follows the projector's browser.
option-screen-language-browser = the browser's
option-generated-nicknames = Generated nicknames
option-generated-nicknames-help = Players get a friendly name like "Brave Otter" instead of typing one.
option-late-join = Late join
option-late-join-help = Players may join after the start; they play from the next question with 0 points.
option-auto-advance = Auto-advance after (seconds)
option-auto-advance-help = Answers and leaderboard are shown this long, then the game moves on by itself.
option-teams = Teams
option-teams-help = A team scores the mean of its members' points; drawn, picked on the phones, or one per shared device.
option-team-names = Team names (commas between)
option-team-names-help = 2 to 20 different names, each at most 30 characters.
teams-off = off
teams-auto = drawn at random
teams-pick = players pick
teams-device = one per shared device

## The lobby

lobby-scan = scan to join
lobby-join-at = Join at
lobby-enlarge-for-qr = (enlarge the window to show a QR code)
lobby-pin = Game PIN
lobby-not-connected = (not connected)
lobby-locked = Joining: LOCKED (l to unlock)
lobby-open = Joining: open
lobby-players = Players ({ $count })
lobby-waiting = Waiting for players to join…
lobby-more = +{ $count } more
special-shuffled-questions = shuffled questions
special-shuffled-answers = shuffled answers
special-screen-only = questions on the big screen only
special-generated-nicknames = generated nicknames
special-no-streak-bonus = no streak bonus
special-no-late-join = no late join
special-auto-advance = auto-advance
special-screen-language = big screen in { $language }

## Notices at the bottom

notice-not-connected = not connected to the server: wait until it reconnects, then try again
notice-removed = { $count ->
    [one] removed { $count } player
   *[other] removed { $count } players
}
notice-storage = STORAGE: { $problem }
notice-storage-back = saving works again; the game goes on
notice-server = server: { $message }
notice-nobody-to-remove = nobody to remove yet
notice-nothing-to-hide = no entry to hide on this question

## A question

question-heading = Question { $index } of { $total }
question-opens-in = Answers open in { $seconds } s  ·  then { $limit } s to answer
question-paused = PAUSED
question-seconds-left = { $seconds } s left
question-seconds-paused = { $seconds } s paused
question-answered = Answered
question-no-points = no points
question-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
kind-single = one answer
kind-multi = several answers
kind-true-false = true or false
kind-type-answer = typed answer
kind-slider = slider
kind-ordering = put in order
kind-poll = poll
kind-word-cloud = word cloud
kind-slide = slide
form-type-answer = Players type their answer (up to { $count } characters).
form-word-cloud = Players type a word or a short phrase (up to { $count } characters).
form-slider = Players pick a number from { $min } to { $max }{ $unit }, in steps of { $step }.
form-ordering = Players put these in order:
form-multi = Players tick every answer they think is right.
form-poll = A poll: no answer is right or wrong.
slide-hint = n: next  ·  no answers on a slide

## The reveal

reveal-answers = answers
reveal-correct = correct
reveal-accepted = Accepted:
reveal-answered = { $count } answered
reveal-correct-order = Correct order:
reveal-placed = { $count } put it here
reveal-no-answers = No answers to show.
reveal-more = { $count } more
reveal-more-values = { $count ->
    [one] { $count } more value
   *[other] { $count } more values
}
reveal-slider-correct = Correct: { $value }
reveal-slider-range = Range { $min } to { $max }{ $unit }, step { $step }
reveal-average = Average: { $value }
reveal-average-none = Average: no answers

## Leaderboard and podium

rank = { NUMBER($rank, type: "ordinal") ->
    [one] { $rank }st
    [two] { $rank }nd
    [few] { $rank }rd
   *[other] { $rank }th
}
board-heading = Leaderboard after question { $index } of { $total }
board-nobody = Nobody is playing.
board-teams = Teams
board-members = { $count ->
    [one] { $count } player
   *[other] { $count } players
}
podium-title = Podium
podium-winner = Winner:
podium-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
podium-nobody = Nobody played.
lost-title = This game no longer exists on the server.
lost-server-said = The server said: { $message }.
lost-why = It may have ended, or the server restarted without it.
lost-what-now = Press Enter to choose a quiz and start a new game, or q to quit.

## Rounds

round-end = End of round { $round } of { $rounds }: { $name }
round-after-question = after question { $index } of { $total }
round-this-round = this round
round-in-all = { $score } in all
break-title = Break
break-paused = Break PAUSED (p continues)
break-auto = the next round starts by itself
break-over = Break over: n starts the next round
break-running = n starts the next round now, p pauses
break-next = Next: round { $round } of { $rounds }: { $name }

## After the game

summary-title = Game over: { $title }
summary-accuracy = Accuracy per question
summary-accuracy-legend = Accuracy per question (⚠ difficult: under 50 % right)
summary-report-failed = The report could not be read:
summary-retry = Press r to try again.
summary-loading = Loading the report…
summary-top-players = Top players
summary-right = { $correct }/{ $answered } right
summary-percent = { $value } %
summary-not-scored = not scored
summary-more = { $count } more on the report page
summary-most-missed = Most missed:
summary-question = question { $index }
summary-right-of = { $correct } of { $answered } right
summary-none-missed = no scored answers.
summary-participation = Participation { $participation } of possible answers · { $completion } of players answered every question
summary-report-link = Report (charts, every answer, CSV and xlsx):
summary-results-link = Full results (every player and answer, JSON):

## Header, connection, dialogs

header-pin = PIN { $pin }
header-joining-open = joining open
header-joining-locked = joining LOCKED (l)
header-joining-closed = joining closed
header-moving-on = moving on in { $seconds } s
header-advance-paused = auto-advance PAUSED, { $seconds } s left
link-connecting = connecting…
link-connected = connected
link-reconnecting = reconnecting… attempt { $attempt }, next in { $seconds } s
link-lost = Connection to the server lost ({ $reason }). reconnecting… (attempt { $attempt }, next try in { $seconds } s)
link-lost-game-goes-on = The game keeps running on the server; commands wait until the link is back.
confirm-title = confirm
confirm-yes = yes
confirm-no = no
confirm-quit = Quit the dashboard?
confirm-quit-embedded = The server runs inside this dashboard: quitting stops it and ends the game.
confirm-quit-remote = The game keeps running on the server without its host.
confirm-end = End the game now?
confirm-end-consequence = Answers so far are scored and the podium is shown.
confirm-kick = Remove { $nickname } from the game?
confirm-kick-consequence = They are disconnected and cannot rejoin with the same session.
confirm-kick-recent = Remove everyone who joined in the last { $seconds } s?
confirm-kick-recent-consequence = For a flood of joins: lock the lobby first (l) so they cannot come back.
kick-matching-title = remove by name
kick-matching-prompt = Remove everyone whose name contains:
kick-matching-how = Compared ignoring case and look-alike letters.
kick-matching-remove = remove
kick-matching-cancel = cancel
help-title = keys
help-close = any key closes this help

## Keys: the footer's hints and the ? help

hint-filter = filter
hint-choose = choose
hint-select = select
hint-help = help
hint-quit = quit
hint-team-names-commas-between = team names, commas between
hint-option = option
hint-create-game = create game
hint-back = back
hint-change = change
hint-load-report-again = load the report again
hint-new-game = new game
hint-start = start
hint-kick = kick
hint-kick-recent = kick recent
hint-open-answers = open answers
hint-skip = skip
hint-end-game = end game
hint-close = close
hint-10-s-more = 10 s more
hint-end = end
hint-move-now = move on now
hint-leaderboard = leaderboard
hint-choose-entry = choose entry
hint-hide-entry = hide entry
hint-next = next
hint-podium = podium
hint-next-question = next question
hint-finish-game = finish the game
hint-unlock = unlock
hint-lock = lock
hint-continue = continue
hint-pause = pause
help-filter-quizzes-title-description = filter the quizzes by title or description
help-remove-last-filter-letter = remove the last filter letter
help-clear-filter = clear the filter
help-choose-quiz = choose a quiz
help-game-options-chosen-quiz = game options for the chosen quiz
help-reload-quiz-list = reload the quiz list
help-choose-option = choose an option
help-fewer-more-seconds-before = fewer / more seconds before answers open
help-turn-chosen-option-off = turn the chosen option on / off
help-teams-off-drawn-random = teams: off, drawn at random, players pick, per shared device
help-team-names-separated-commas = the team names, separated by commas
help-create-game-open-lobby = create the game and open its lobby
help-back-quiz-list = back to the quiz list
help-start-move-open-close = start / move on (open, close, next)
help-choose-player-lobby = choose a player in the lobby
help-remove-chosen-player = remove the chosen player
help-lobby-remove-everyone-joined = in the lobby: remove everyone who joined in the last minute
help-lobby-remove-everyone-whose = in the lobby: remove everyone whose name contains what you type
help-lock-joining-nobody-can = lock joining (nobody can join) or unlock it
help-pause-continue-countdown-autoadvance = pause or continue the countdown or the auto-advance
help-give-10-more-seconds = give 10 more seconds
help-skip-question-reveal-now = skip the question (reveal now)
help-end-game-early-podium = end the game early (podium)
help-word-cloud-choose-entry = at a word cloud: choose an entry, hide it
help-choose-quiz-start-new = choose a quiz and start a new game
help-load-games-report-again = load the game's report again
help-quit = quit
help-this-help = this help
help-quit-asks-first-during = quit (asks first during a game)
key-type = type
key-letters = letters

## Why the connection to a game ended

reason-no-answer = the server did not answer
reason-no-welcome = the server did not welcome us
reason-silent = the server stopped answering
reason-unknown-game = it has no game with this PIN
reason-replaced = this game was taken over by another connection
reason-restarting = the server is restarting
reason-closed-why = closed by the server ({ $code }: { $reason })
reason-closed = closed by the server ({ $code })
reason-lost = connection lost
help-screen-language = big screen language: the browser's, or one of the 13

## The break between rounds in the game options

option-break = Break between rounds (seconds)
option-break-help = A quiz in rounds: after each round's summary, a countdown this long before the next round; off: no break.

## Question media: its kind and a short name (a file name, or the first
## 8 digits of a stored file's hash and its extension)
question-media-picture = picture: { $name }
question-media-sound = sound: { $name }
question-media-video = video: { $name }
