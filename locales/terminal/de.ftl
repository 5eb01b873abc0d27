# quizbox: das Host-Dashboard im Terminal (`quizbox host`), auf Deutsch.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = nie
ago-just-now = gerade eben
ago-minutes = vor { $count } Min.
ago-hours = vor { $count } Std.
ago-yesterday = gestern
ago-days = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}

picker-title = Quiz wählen
picker-filter = Filter:
picker-loading = Quizze werden geladen…
picker-load-failed = Die Quizze konnten nicht geladen werden: { $error }
picker-retry = Mit Ctrl-R erneut versuchen.
picker-empty = Noch keine Quizze. Eines importieren mit: quizbox import FILE
picker-no-match = Kein Quiz passt zu „{ $filter }“ (Esc löscht den Filter).
picker-column-quiz = Quiz
picker-column-questions = Fragen
picker-column-played = Zuletzt
picker-count = { $count ->
    [one] { $count } Quiz
   *[other] { $count } Quizze
}
picker-count-matching = { $shown } von { $count } Quizzen passen

options-title = Neues Spiel:
options-questions = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
options-creating = Spiel wird erstellt…
options-create-failed = Das Spiel konnte nicht erstellt werden: { $error }
options-press-enter = Enter erstellt das Spiel und öffnet die Lobby.
option-on = an
option-off = aus
option-intro = Sekunden bis zum Antworten
option-intro-help = Jede Frage wird so lange gezeigt, bevor geantwortet werden kann.
option-streak = Serienbonus
option-streak-help = +100 je richtige Antwort in Folge, bis +500.
option-shuffle-questions = Fragen mischen
option-shuffle-questions-help = Die Fragen kommen in zufälliger Reihenfolge.
option-shuffle-answers = Antworten mischen
option-shuffle-answers-help = Die Auswahlmöglichkeiten jeder Frage erscheinen in zufälliger Reihenfolge.
option-screen-only = Fragen nur auf der Leinwand
option-screen-only-help = Handys zeigen nur farbige Formen; die Frage steht auf der Leinwand.
option-screen-language = Sprache der Leinwand
option-screen-language-help = Die Sprache der Leinwand (/screen/PIN); sonst die des Browsers am Beamer.
option-screen-language-browser = wie der Browser
option-generated-nicknames = Erzeugte Spitznamen
option-generated-nicknames-help = Spieler bekommen einen Namen wie „Mutiger Otter“, statt selbst einen zu tippen.
option-late-join = Später einsteigen
option-late-join-help = Spieler können nach dem Start beitreten; sie spielen ab der nächsten Frage mit 0 Punkten.
option-auto-advance = Automatisch weiter nach (Sekunden)
option-auto-advance-help = Antworten und Rangliste stehen so lange, dann geht das Spiel von selbst weiter.
option-teams = Teams
option-teams-help = Ein Team erhält den Mittelwert der Punkte seiner Mitglieder; gelost, am Handy gewählt oder eins je geteiltem Gerät.
option-team-names = Teamnamen (durch Kommas getrennt)
option-team-names-help = 2 bis 20 verschiedene Namen, je höchstens 30 Zeichen.
teams-off = aus
teams-auto = ausgelost
teams-pick = Spieler wählen
teams-device = eins je geteiltem Gerät

lobby-scan = scannen zum Mitspielen
lobby-join-at = Mitspielen unter
lobby-enlarge-for-qr = (Fenster vergrößern, um einen QR-Code zu zeigen)
lobby-pin = Spiel-PIN
lobby-not-connected = (nicht verbunden)
lobby-locked = Beitritt: GESPERRT (l entsperrt)
lobby-open = Beitritt: offen
lobby-players = Spieler ({ $count })
lobby-waiting = Warten auf Spieler…
lobby-more = +{ $count } weitere
special-shuffled-questions = gemischte Fragen
special-shuffled-answers = gemischte Antworten
special-screen-only = Fragen nur auf der Leinwand
special-generated-nicknames = erzeugte Spitznamen
special-no-streak-bonus = kein Serienbonus
special-no-late-join = kein späterer Einstieg
special-auto-advance = automatisch weiter
special-screen-language = Leinwand auf { $language }

notice-not-connected = nicht mit dem Server verbunden: warten, bis die Verbindung zurück ist, dann erneut versuchen
notice-removed = { $count ->
    [one] { $count } Spieler entfernt
   *[other] { $count } Spieler entfernt
}
notice-storage = SPEICHER: { $problem }
notice-storage-back = Speichern geht wieder; das Spiel läuft weiter
notice-server = Server: { $message }
notice-nobody-to-remove = noch niemand zum Entfernen
notice-nothing-to-hide = bei dieser Frage gibt es nichts auszublenden

question-heading = Frage { $index } von { $total }
question-opens-in = Antworten in { $seconds } s  ·  dann { $limit } s Zeit
question-paused = PAUSIERT
question-seconds-left = noch { $seconds } s
question-seconds-paused = { $seconds } s pausiert
question-answered = Geantwortet
question-no-points = keine Punkte
question-points = { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
kind-single = eine Antwort
kind-multi = mehrere Antworten
kind-true-false = wahr oder falsch
kind-type-answer = getippte Antwort
kind-slider = Schieberegler
kind-ordering = ordnen
kind-poll = Umfrage
kind-word-cloud = Wortwolke
kind-slide = Folie
form-type-answer = Spieler tippen ihre Antwort (bis { $count } Zeichen).
form-word-cloud = Spieler tippen ein Wort oder eine kurze Wendung (bis { $count } Zeichen).
form-slider = Spieler wählen eine Zahl von { $min } bis { $max }{ $unit } in Schritten von { $step }.
form-ordering = Spieler bringen dies in die richtige Reihenfolge:
form-multi = Spieler kreuzen jede Antwort an, die sie für richtig halten.
form-poll = Eine Umfrage: keine Antwort ist richtig oder falsch.
slide-hint = n: weiter  ·  keine Antworten bei einer Folie

reveal-answers = Antworten
reveal-correct = richtig
reveal-accepted = Akzeptiert:
reveal-answered = { $count } geantwortet
reveal-correct-order = Richtige Reihenfolge:
reveal-placed = { $count } hier eingeordnet
reveal-no-answers = Keine Antworten zu zeigen.
reveal-more = { $count } weitere
reveal-more-values = { $count ->
    [one] { $count } weiterer Wert
   *[other] { $count } weitere Werte
}
reveal-slider-correct = Richtig: { $value }
reveal-slider-range = Bereich { $min } bis { $max }{ $unit }, Schritt { $step }
reveal-average = Durchschnitt: { $value }
reveal-average-none = Durchschnitt: keine Antworten

rank = { $rank }.
board-heading = Rangliste nach Frage { $index } von { $total }
board-nobody = Niemand spielt.
board-teams = Teams
board-members = { $count ->
    [one] { $count } Spieler
   *[other] { $count } Spieler
}
podium-title = Siegertreppchen
podium-winner = Sieger:
podium-points = { $count ->
    [one] { $count } Punkt
   *[other] { $count } Punkte
}
podium-nobody = Niemand hat gespielt.
lost-title = Dieses Spiel gibt es auf dem Server nicht mehr.
lost-server-said = Der Server meldet: { $message }.
lost-why = Es ist vielleicht beendet, oder der Server wurde ohne es neu gestartet.
lost-what-now = Enter wählt ein Quiz für ein neues Spiel, q beendet.

round-end = Ende von Runde { $round } von { $rounds }: { $name }
round-after-question = nach Frage { $index } von { $total }
round-this-round = diese Runde
round-in-all = { $score } insgesamt
break-title = Pause
break-paused = Pause ANGEHALTEN (p setzt fort)
break-auto = die nächste Runde beginnt von selbst
break-over = Pause vorbei: n startet die nächste Runde
break-running = n startet die nächste Runde jetzt, p hält an
break-next = Als Nächstes: Runde { $round } von { $rounds }: { $name }

summary-title = Spiel vorbei: { $title }
summary-accuracy = Trefferquote je Frage
summary-accuracy-legend = Trefferquote je Frage (⚠ schwierig: unter 50 % richtig)
summary-report-failed = Der Bericht konnte nicht gelesen werden:
summary-retry = Mit r erneut versuchen.
summary-loading = Bericht wird geladen…
summary-top-players = Beste Spieler
summary-right = { $correct }/{ $answered } richtig
summary-percent = { $value } %
summary-not-scored = ohne Wertung
summary-more = { $count } weitere auf der Berichtsseite
summary-most-missed = Am häufigsten falsch:
summary-question = Frage { $index }
summary-right-of = { $correct } von { $answered } richtig
summary-none-missed = keine gewerteten Antworten.
summary-participation = Beteiligung { $participation } der möglichen Antworten · { $completion } der Spieler beantworteten jede Frage
summary-report-link = Bericht (Diagramme, alle Antworten, CSV und xlsx):
summary-results-link = Alle Ergebnisse (jeder Spieler, jede Antwort, JSON):

header-pin = PIN { $pin }
header-joining-open = Beitritt offen
header-joining-locked = Beitritt GESPERRT (l)
header-joining-closed = Beitritt geschlossen
header-moving-on = weiter in { $seconds } s
header-advance-paused = automatisches Weiter PAUSIERT, noch { $seconds } s
link-connecting = verbinde…
link-connected = verbunden
link-reconnecting = verbinde neu… Versuch { $attempt }, nächster in { $seconds } s
link-lost = Verbindung zum Server verloren ({ $reason }). Verbinde neu… (Versuch { $attempt }, nächster in { $seconds } s)
link-lost-game-goes-on = Das Spiel läuft auf dem Server weiter; Befehle warten, bis die Verbindung zurück ist.
confirm-title = bestätigen
confirm-yes = ja
confirm-no = nein
confirm-quit = Dashboard beenden?
confirm-quit-embedded = Der Server läuft in diesem Dashboard: Beenden stoppt ihn und beendet das Spiel.
confirm-quit-remote = Das Spiel läuft ohne Host auf dem Server weiter.
confirm-end = Spiel jetzt beenden?
confirm-end-consequence = Die bisherigen Antworten werden gewertet, dann kommt das Siegertreppchen.
confirm-kick = { $nickname } aus dem Spiel entfernen?
confirm-kick-consequence = Die Verbindung wird getrennt; mit derselben Sitzung geht es nicht zurück.
confirm-kick-recent = Alle entfernen, die in den letzten { $seconds } s beigetreten sind?
confirm-kick-recent-consequence = Bei einer Flut von Beitritten: erst die Lobby sperren (l), damit sie nicht zurückkommen.
kick-matching-title = nach Namen entfernen
kick-matching-prompt = Alle entfernen, deren Name dies enthält:
kick-matching-how = Verglichen ohne Groß-/Kleinschreibung und ähnlich aussehende Buchstaben.
kick-matching-remove = entfernen
kick-matching-cancel = abbrechen
help-title = Tasten
help-close = eine beliebige Taste schließt diese Hilfe

hint-filter = filtern
hint-choose = wählen
hint-select = öffnen
hint-help = Hilfe
hint-quit = beenden
hint-team-names-commas-between = Teamnamen, mit Kommas getrennt
hint-option = Option
hint-create-game = Spiel erstellen
hint-back = zurück
hint-change = ändern
hint-load-report-again = Bericht neu laden
hint-new-game = neues Spiel
hint-start = starten
hint-kick = entfernen
hint-kick-recent = Neue entfernen
hint-open-answers = Antworten öffnen
hint-skip = überspringen
hint-end-game = Spiel beenden
hint-close = schließen
hint-10-s-more = 10 s mehr
hint-end = beenden
hint-move-now = jetzt weiter
hint-leaderboard = Rangliste
hint-choose-entry = Eintrag wählen
hint-hide-entry = Eintrag ausblenden
hint-next = weiter
hint-podium = Siegertreppchen
hint-next-question = nächste Frage
hint-finish-game = Spiel abschließen
hint-unlock = entsperren
hint-lock = sperren
hint-continue = fortsetzen
hint-pause = Pause
help-filter-quizzes-title-description = Quizze nach Titel oder Beschreibung filtern
help-remove-last-filter-letter = letzten Buchstaben des Filters löschen
help-clear-filter = Filter löschen
help-choose-quiz = ein Quiz wählen
help-game-options-chosen-quiz = Spieloptionen für das gewählte Quiz
help-reload-quiz-list = Quizliste neu laden
help-choose-option = eine Option wählen
help-fewer-more-seconds-before = weniger / mehr Sekunden bis zum Antworten
help-turn-chosen-option-off = gewählte Option ein- / ausschalten
help-teams-off-drawn-random = Teams: aus, ausgelost, Spieler wählen, je geteiltem Gerät
help-team-names-separated-commas = die Teamnamen, durch Kommas getrennt
help-create-game-open-lobby = Spiel erstellen und Lobby öffnen
help-back-quiz-list = zurück zur Quizliste
help-start-move-open-close = starten / weiter (öffnen, schließen, nächste)
help-choose-player-lobby = einen Spieler in der Lobby wählen
help-remove-chosen-player = den gewählten Spieler entfernen
help-lobby-remove-everyone-joined = in der Lobby: alle entfernen, die in der letzten Minute beigetreten sind
help-lobby-remove-everyone-whose = in der Lobby: alle entfernen, deren Name das Getippte enthält
help-lock-joining-nobody-can = Beitritt sperren (niemand kann beitreten) oder entsperren
help-pause-continue-countdown-autoadvance = Countdown oder automatisches Weiter anhalten oder fortsetzen
help-give-10-more-seconds = 10 Sekunden mehr geben
help-skip-question-reveal-now = Frage überspringen (jetzt auflösen)
help-end-game-early-podium = Spiel vorzeitig beenden (Siegertreppchen)
help-word-cloud-choose-entry = bei einer Wortwolke: Eintrag wählen, ausblenden
help-choose-quiz-start-new = ein Quiz wählen und ein neues Spiel starten
help-load-games-report-again = den Bericht des Spiels neu laden
help-quit = beenden
help-this-help = diese Hilfe
help-quit-asks-first-during = beenden (fragt während eines Spiels nach)
key-type = tippen
key-letters = Buchstaben
help-screen-language = Sprache der Leinwand: wie der Browser oder eine der 13

reason-no-answer = der Server hat nicht geantwortet
reason-no-welcome = der Server hat uns nicht angenommen
reason-silent = der Server antwortet nicht mehr
reason-unknown-game = er hat kein Spiel mit dieser PIN
reason-replaced = eine andere Verbindung hat dieses Spiel übernommen
reason-restarting = der Server startet neu
reason-closed-why = vom Server geschlossen ({ $code }: { $reason })
reason-closed = vom Server geschlossen ({ $code })
reason-lost = Verbindung verloren

## The break between rounds in the game options

option-break = Pause zwischen Runden (Sekunden)
option-break-help = Bei einem Quiz in Runden: nach der Übersicht einer Runde eine Pause mit Countdown, so lang, vor der nächsten Runde; aus: keine Pause.

## Question media
# machine-drafted
question-media-picture = Bild: { $name }
question-media-sound = Ton: { $name }
question-media-video = Video: { $name }
