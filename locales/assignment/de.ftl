# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language de.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Aufgabe – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Spitzname
assignment-intro = Antworte in deinem Tempo: Jede Frage hat ihren eigenen Timer, der startet, wenn sie erscheint. Du kannst diese Seite schließen und auf diesem Gerät zurückkommen, um dort weiterzumachen, wo du warst.
assignment-start = Starten
assignment-window = { $count ->
    [one] { $count } Frage · offen bis { $closes }
   *[other] { $count } Fragen · offen bis { $closes }
}
assignment-not-open-title = Noch nicht offen
assignment-opens-on = Diese Aufgabe öffnet am { $opens }.
assignment-closed-title = Diese Aufgabe ist geschlossen
assignment-deadline-passed = Ihre Frist ist abgelaufen.
assignment-closed-summary = { $answered ->
    [one] Du hast { $answered } von { $count } Fragen beantwortet und { $score } Punkte erzielt.
   *[other] Du hast { $answered } von { $count } Fragen beantwortet und { $score } Punkte erzielt.
}
assignment-question-of = Frage { $n } von { $count }
assignment-points = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
assignment-not-scored = ohne Wertung
assignment-time-left = Verbleibende Zeit
assignment-skip = Diese Frage überspringen
assignment-continue = Weiter
assignment-announce-question = Frage { $n }: { $text }
assignment-skipped = Übersprungen
assignment-correct = Richtig!
assignment-saved = Antwort gespeichert
assignment-gained = { $points ->
    [one] +{ $points } Punkt
   *[other] +{ $points } Punkte
}
assignment-next = Nächste Frage
assignment-see-result = Dein Ergebnis ansehen
assignment-finished = Fertig!
assignment-done-score = { $correct ->
    [one] Du hast { $score } Punkte mit { $correct } richtigen Antwort erzielt.
   *[other] Du hast { $score } Punkte mit { $correct } richtigen Antworten erzielt.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] Du bist { $rank }. unter denen, die fertig sind.
}
assignment-board = Rangliste bisher
assignment-board-line = { $name } — { $score } Punkte
assignment-announce-done = Fertig mit { $score } Punkten.
assignment-server-answered = Der Server antwortete { $status }
assignment-not-saved = Der Server ist nicht erreichbar. Deine Antwort wurde nicht gespeichert; versuche es erneut.
assignment-unreachable-reload = Der Server ist nicht erreichbar. Lade die Seite neu, um es erneut zu versuchen.
assignment-unreachable = Der Server ist nicht erreichbar. Versuche es erneut.
assignment-storage-retry = Der Server kann gerade nicht speichern (sein Datenträger ist voll oder gestört). Deine Antwort bleibt erhalten und wird gleich von selbst erneut gesendet; du kannst auch noch einmal antworten.

## Whether an answer was right, and its points

assignment-partly-correct = Teilweise richtig
assignment-incorrect = Falsch
assignment-gained-bonus = +{ $points } Punkte (inkl. +{ $bonus } Serienbonus)
assignment-no-points = Keine Punkte
