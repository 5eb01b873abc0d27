# quizbox: the player page's messages, in English (the source catalog).
# Every other catalog has exactly these keys (tests/i18n_catalogs.rs).
# Variables: { $name } is put in as it is; numbers are written in the
# locale's digits. A key with a dot ("sound.title") is an attribute the page
# sets (title, aria-label).

## Page and top bar
page-title = Join a quiz – quizbox
me-score = { $score } pts
sound = Sound
    .title = Sound cues on this phone
leave = Leave
    .title = Leave this game to join another one
language = Language

## Join form
join-title = Join a quiz
resume-offer = You were playing in game { $pin } as { $name }.
resume = Rejoin that game
forget = Not me
pin-label = Game PIN
nickname-label = Nickname
join = Join
joining = Joining…
error-pin = Enter the 6-digit game PIN shown on the screen.
error-nickname = Enter a nickname.
error-nickname-long = Nicknames can be at most { $max } characters.
error-no-answer = The game server did not answer. Check your connection and try again.
error-unreachable = Could not reach the game server. Check your connection and try again.

## Connection
rejoining = Rejoining your game…
rejoining-as = Game { $pin } as { $name }
rejoining-game = Game { $pin }
reconnecting = Reconnecting…
reconnecting-kept = Reconnecting… Your place and score are kept.
saving-again = Saving works again.
not-saved-yet = Not saved yet – it is sent again once the server can save.

## Lobby
lobby-title = You're in! Waiting for the host…
you-are = You are { $name }
nick-note = The game gave you this nickname: it is the one the big screen shows.
lobby-see-name = See your nickname on the big screen?
waiting-title = You're in! You play from the next question.
waiting-text = The others are on question { $index } of { $total }. Your first is question { $first }, starting with 0 points.

## Question
question-of = Question { $index } of { $total }
slide-of = { $index } of { $total }
look-at-screen = Look at the big screen
get-ready = Get ready…
time-left = Time left
seconds-left = { $secs ->
    [one] { $secs } second left
   *[other] { $secs } seconds left
}
paused = Paused
times-up = Time's up!
answers =
    .aria-label = Answers
answer-locked = Answer locked ✓ Waiting for the others…
answer-sending = Sending your answer…
slide-note = No answer needed: the host moves on.
hint-multi = Tick every correct answer, then Submit.
hint-type-answer = Type your answer.
hint-slider = Slide to your answer, then Submit.
hint-ordering = Put these in the right order, then Submit.
hint-poll = Vote: there is no wrong answer.
hint-word-cloud = Send a word or two: they appear on the big screen.
submit = Submit
submit-order = Submit order
text-limit = Up to { $max } characters.
your-word = Your word
your-answer = Your answer
type-first = Type something first.
your-order = Your order
move-up = Move { $name } up
move-down = Move { $name } down

## Result
checking-answer = Checking your answer…
your-score = Your score: { $score } points
result-thanks = Thanks for answering
result-no-answer = No answer this time
result-correct = Correct ✓
result-partial = Partly correct ◐
result-incorrect = Incorrect ✗
result-incorrect-none = Incorrect ✗ – no answer
result-points = { $points ->
    [one] +{ $points } point
   *[other] +{ $points } points
}
result-points-bonus = +{ $points } points (incl. +{ $bonus } streak bonus)
result-streak = Answer streak: { $streak } 🔥
result-score = Score: { $score }
result-rank = { NUMBER($rank, type: "ordinal") ->
    [one] { $rank }st of { $players }
    [two] { $rank }nd of { $players }
    [few] { $rank }rd of { $players }
   *[other] { $rank }th of { $players }
}
result-behind = { $points ->
    [one] { $points } point behind the next place
   *[other] { $points } points behind the next place
}
result-tied = Tied with the next place
result-lead = You're in the lead!
correct-order = Correct order: { $order }
accepted-answers = { $count ->
    [one] Accepted answer: { $answers }
   *[other] Accepted answers: { $answers }
}
correct-answers = { $count ->
    [one] Correct answer: { $answers }
   *[other] Correct answers: { $answers }
}
slider-average = Average: { $average }
you-ticked = You ticked:
your-order-was = Your order:
you-answered = You answered:
you-voted = You voted:

## Leaderboard and podium
leaderboard = Leaderboard
final-results = Final results
place = { NUMBER($rank, type: "ordinal") ->
    [one] { $rank }st
    [two] { $rank }nd
    [few] { $rank }rd
   *[other] { $rank }th
}
nickname-you = { $name } (you)
standing-me = { NUMBER($rank, type: "ordinal") ->
    [one] You're { $rank }st of { $players } with { $score } points.
    [two] You're { $rank }nd of { $players } with { $score } points.
    [few] You're { $rank }rd of { $players } with { $score } points.
   *[other] You're { $rank }th of { $players } with { $score } points.
}
standing-score = Your score: { $score } points.
final = { NUMBER($rank, type: "ordinal") ->
    [one] You finished { $rank }st of { $players } with { $score } points!
    [two] You finished { $rank }nd of { $players } with { $score } points!
    [few] You finished { $rank }rd of { $players } with { $score } points!
   *[other] You finished { $rank }th of { $players } with { $score } points!
}

## End
game-over = Game over
thanks = Thanks for playing!
join-another = Join another game
gone-title = This game has ended
gone-text = Game { $pin } is no longer running.
gone-refused-title = You cannot rejoin this game
gone-refused-text = The game did not take you back. The host may have removed you.
kicked-title = You were removed from the game
kicked-text = The host removed you from this game.
back-to-start = Back to start
lost-title = Playing somewhere else
lost-text = You opened this game in another tab or on another device.
play-here = Play here instead

## Answers shown only by shape (their texts are on the big screen)
shape-red-triangle = Red triangle
shape-blue-diamond = Blue diamond
shape-yellow-circle = Yellow circle
shape-green-square = Green square
shape-purple-star = Purple star
shape-teal-pentagon = Teal pentagon
shape-orange-hexagon = Orange hexagon
shape-pink-cross = Pink cross

## Media in a question
media-sound = Sound for { $about }
media-video = Video for { $about }
media-picture = Picture for this question
media-this-question = this question

## Refusals and late answers
error-unknown-game = There is no game with PIN { $pin }. Check the PIN on the screen.
error-game-started = Game { $pin } has already started.
error-game-full = Game { $pin } is full.
error-lobby-locked = The host has locked the lobby; no one can join now.
error-too-many-joins = This device has joined game { $pin } as many times as it may.
error-nickname-taken = The nickname { $name } is taken in this game. Pick another one.
error-rate-limited = Too many attempts. Wait a moment and try again.
error-bad-message = The server did not understand that request. Reload the page and try again.
error-version = This page is older than the server. Reload the page.
error-forbidden = That key or link is not valid for this game.
error-nickname-invalid = This nickname cannot be used. Pick another one.
error-not-host = Only the host can do that.
error-wrong-phase = That is not possible at this point of the game.
error-wrong-question = That question is not the one open now.
error-too-late = Answers for this question are closed.
error-already-answered = You already answered this question.
error-invalid-answer = That answer cannot be accepted. Check it and try again.
error-no-such-player = There is no such player in this game.
error-too-big = That was too much to send at once.
error-storage-unavailable = The server cannot save right now. Try again in a moment.
error-no-such-team = There is no such team in this game.
too-late = Too late – time's up!

## Rounds
break-title = Break
break-next = Next: round { $number } of { $rounds } · { $name }
break-text = The next round starts soon.
round-title = Round { $number } of { $rounds } · { $name }
round-end = End of round { $number } of { $rounds }
round-points = { $points } this round
round-total = { $score } in all
round-board =
    .aria-label = Points this round
break-paused = Paused
break-auto = The next round starts by itself.
break-starting = Starting…
next-break = Next: break
next-round = Start the next round

## Teams (player page)
team-line = Your team: { $team }
team-none = none yet
team-playing = Playing: { $names }
team-pick =
    .aria-label = Pick your team
team-members-label = Who plays on this device? Names, separated by commas
team-members-save = Save the names
team-place = { NUMBER($rank, type: "ordinal") ->
    [one] Your team: { $team } — { $rank }st of { $teams }, { $score } points
    [two] Your team: { $team } — { $rank }nd of { $teams }, { $score } points
    [few] Your team: { $team } — { $rank }rd of { $teams }, { $score } points
   *[other] Your team: { $team } — { $rank }th of { $teams }, { $score } points
}
team-final = { NUMBER($rank, type: "ordinal") ->
    [one] Your team, { $team }, finished { $rank }st of { $teams } with { $score } points!
    [two] Your team, { $team }, finished { $rank }nd of { $teams } with { $score } points!
    [few] Your team, { $team }, finished { $rank }rd of { $teams } with { $score } points!
   *[other] Your team, { $team }, finished { $rank }th of { $teams } with { $score } points!
}

## Presenter screen: top bar and sound
screen-title = quizbox screen
screen-pin = PIN { $pin }
joining-open = Joining is open
joining-closed = Joining is closed
sound-enable = Click to enable sound
mute = Mute
unmute = Unmute
volume = Volume
read-aloud = Read aloud
    .title = Read each question aloud with this computer's voice
connecting = Connecting…
screen-bad-key = The host key was not accepted.
screen-no-game = There is no game with PIN { $pin }.
screen-no-pin = This address has no game PIN. Open the screen link the host page gave you.
screen-reconnecting-kept = Reconnecting… The game is kept on the server.
storage-paused = Paused: { $problem }
storage-ok = Saving works again; the game goes on.
not-connected = Not connected – try again in a moment.
failed-title = Cannot show this game

## Presenter screen: lobby
screen-join-title = Join the game
join-how = Go to { $url }
qr-code =
    .alt = QR code to join
players-noun = { $count ->
    [one] player
   *[other] players
}
waiting-players = Waiting for players to join…
players = Players
    .aria-label = Players
lobby-controls =
    .aria-label = Lobby controls
lock-lobby = Lock the lobby
unlock-lobby = Unlock the lobby
kick-recent-label = Remove everyone who joined in the last
seconds-unit = s
remove = Remove
kick-pattern-label = Remove names containing
kick-recent-range = Enter a number of seconds from 1 to { $max }.
kick-pattern-empty = Type part of the names to remove.
kick = Kick
kick-name = Kick { $name }

## Presenter screen: question and reveal
advance-next = Next in { $secs } s
advance-paused = Paused: { $secs } s left
answers-open-in = Answers open in
answered-of = { $answered } of { $players } answered
players-playing = { $count ->
    [one] { $count } player playing
   *[other] { $count } players playing
}
screen-hint-multi = Tick every correct answer.
screen-hint-true-false = True or false?
screen-hint-type-answer = Type your answer on your phone.
screen-hint-slider = Pick a number from { $min } to { $max } on your phone.
screen-hint-slider-any = Pick a number on your phone.
screen-hint-ordering = Put these in the right order on your phone.
screen-hint-poll = Vote on your phone: there is no wrong answer.
screen-hint-word-cloud = Send a word or two from your phone.
media-ref = Media: { $media }
answers-chosen =
    .aria-label = Answers chosen
correct-tag = ✓ Correct
sr-incorrect = (incorrect)
sr-accepted = (accepted)
players-chose = { $count ->
    [one] player chose
   *[other] players chose
}
sr-times = { $count ->
    [one] ({ $count } time)
   *[other] ({ $count } times)
}
hide = Hide
hide-name = Hide { $name }
no-answers = No answers.
answers-given = Answers given
no-words = No words yet.
word-cloud = Word cloud
in-right-place = { $count } in the right place
correct-order-label = Correct order
correct-answer-is = Correct answer: { $answer }
correct-answer-within = Correct answer: { $answer } (± { $tolerance })
most-given = Most given
players-answered = { $count ->
    [one] { $count } player answered
   *[other] { $count } players answered
}

## Presenter screen: leaderboard, podium and end
after-question = After question { $index } of { $total }
rank-same = no change
rank-up = { $count ->
    [one] up { $count } place
   *[other] up { $count } places
}
rank-down = { $count ->
    [one] down { $count } place
   *[other] down { $count } places
}
no-players-yet = No players yet.
teams = Teams
team-leaderboard =
    .aria-label = Team leaderboard
players-count = { $count ->
    [one] { $count } player
   *[other] { $count } players
}
points = { $score } points
podium = Podium
team-podium = Team podium
top-three = Top three
top-three-teams = Top three teams
top-players = Top players
fourth-fifth =
    .aria-label = Fourth and fifth place
nobody-played = Nobody played this time.
screen-game-over = The game is over.
host-again = Host another game

## Presenter screen: host controls
host-controls =
    .aria-label = Host controls
start = Start
show-answers = Show answers
close-answers = Close answers
skip = Skip
pause = Pause
continue = Continue
extend = +10 s
    .title = Give players 10 more seconds
lock-joining = Lock joining
unlock-joining = Unlock joining
next-question = Next question
next-podium = Next: podium
next-leaderboard = Next: leaderboard
finish = Finish
hint-next = Space or Enter: next
hint-finish = Finish: close the game on every screen and phone. The results are already saved.
end-game-ask = End game…
end-title = End the game now?
end-text-lobby = Nobody has played yet. The game closes without starting, and players cannot join any more.
end-text-playing = Answers given so far are scored and the podium is shown now. The questions left are not played.
cancel = Cancel
end-game = End game
