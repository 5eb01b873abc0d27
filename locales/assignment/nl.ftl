# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language nl.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Opdracht – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Bijnaam
assignment-intro = Antwoord in je eigen tempo: elke vraag heeft een eigen timer, die start zodra de vraag verschijnt. Je kunt deze pagina sluiten en op dit apparaat terugkomen om verder te gaan waar je was.
assignment-start = Beginnen
assignment-window = { $count ->
    [one] { $count } vraag · open tot { $closes }
   *[other] { $count } vragen · open tot { $closes }
}
assignment-not-open-title = Nog niet open
assignment-opens-on = Deze opdracht opent op { $opens }.
assignment-closed-title = Deze opdracht is gesloten
assignment-deadline-passed = De deadline is verstreken.
assignment-closed-summary = { $answered ->
    [one] Je beantwoordde { $answered } van de { $count } vragen en scoorde { $score } punten.
   *[other] Je beantwoordde { $answered } van de { $count } vragen en scoorde { $score } punten.
}
assignment-question-of = Vraag { $n } van { $count }
assignment-points = { $points ->
    [one] { $points } punt
   *[other] { $points } punten
}
assignment-not-scored = telt niet mee
assignment-time-left = Resterende tijd
assignment-skip = Deze vraag overslaan
assignment-continue = Verder
assignment-announce-question = Vraag { $n }: { $text }
assignment-skipped = Overgeslagen
assignment-correct = Goed!
assignment-saved = Antwoord opgeslagen
assignment-gained = { $points ->
    [one] +{ $points } punt
   *[other] +{ $points } punten
}
assignment-next = Volgende vraag
assignment-see-result = Bekijk je resultaat
assignment-finished = Klaar!
assignment-done-score = { $correct ->
    [one] Je scoorde { $score } punten met { $correct } goed antwoord.
   *[other] Je scoorde { $score } punten met { $correct } goede antwoorden.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] Je staat { $rank }e van wie klaar is.
}
assignment-board = Ranglijst tot nu toe
assignment-board-line = { $name } — { $score } punten
assignment-announce-done = Klaar met { $score } punten.
assignment-server-answered = De server antwoordde { $status }
assignment-not-saved = Kan de server niet bereiken. Je antwoord is niet opgeslagen; probeer het opnieuw.
assignment-unreachable-reload = Kan de server niet bereiken. Herlaad de pagina om het opnieuw te proberen.
assignment-unreachable = Kan de server niet bereiken. Probeer het opnieuw.
assignment-storage-retry = De server kan nu niet opslaan (de schijf is vol of defect). Je antwoord blijft bewaard en wordt zo vanzelf opnieuw verstuurd; je kunt ook opnieuw antwoorden.

## Whether an answer was right, and its points

assignment-partly-correct = Gedeeltelijk goed
assignment-incorrect = Fout
assignment-gained-bonus = +{ $points } punten (incl. +{ $bonus } reeksbonus)
assignment-no-points = Geen punten
