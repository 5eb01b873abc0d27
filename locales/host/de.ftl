# quizbox: the host's pages (dashboard, studio, reports, account); language de.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = Ein Spiel leiten – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Seiten
studio-nav-library = Quiz-Bibliothek
studio-nav-host = Spiel leiten
studio-sign-out = Abmelden
studio-login-username = Benutzername
studio-login-password = Passwort
studio-login-submit = Anmelden
studio-confirm-keep = Behalten
studio-delete = Löschen
studio-unexpected-reply = Der Server hat eine unerwartete Antwort gesendet.
studio-kind-single = Einfachauswahl
studio-kind-multi = Mehrfachauswahl
studio-kind-true-false = Wahr oder falsch
studio-kind-type-answer = Antwort eintippen
studio-kind-slider = Schieberegler
studio-kind-ordering = Reihenfolge
studio-kind-poll = Umfrage
studio-kind-word-cloud = Wortwolke
studio-kind-slide = Folie

reports-page-title = Berichte – quizbox
reports-title = Berichte
reports-login-legend = Melde dich an, um die Berichte deiner Spiele zu sehen
reports-search = Nach Quiz suchen
reports-search-placeholder = Quiztitel oder ID
reports-table-caption = Beendete Spiele, neueste zuerst
reports-col-quiz = Quiz
reports-col-played = Gespielt
reports-col-players = Spieler
reports-col-status = Status
reports-col-actions = Aktionen
reports-confirm-text = Seine Ergebnisse und alle Antworten werden endgültig gelöscht.
reports-load-failed = Die Spiele konnten nicht geladen werden: { $error }
reports-status-finished = beendet, { $duration }
reports-host = Leitung: { $name }
reports-open = Öffnen
reports-open-label = Bericht zu { $title } vom { $date } öffnen
reports-delete-label = Spiel von { $title } vom { $date } löschen
reports-none = Noch keine beendeten Spiele: Leite eines, dann erscheint sein Bericht hier.
reports-count = { $count ->
    [one] { $count } Spiel
   *[other] { $count } Spiele
}
reports-count-match = { $count ->
    [one] { $shown } von { $count } Spiel passen
   *[other] { $shown } von { $count } Spielen passen
}
reports-confirm-title = Das Spiel von „{ $title }“ vom { $date } löschen?
reports-delete-failed = Das Spiel von „{ $title }“ konnte nicht gelöscht werden: { $error }
reports-deleted = Spiel von „{ $title }“ gelöscht.

report-page-title = Spielbericht – quizbox
report-nav-all = Alle Berichte
report-title = Spielbericht
report-login-legend = Melde dich an, um diesen Bericht zu sehen
report-summary = Übersicht
report-downloads = Diesen Bericht herunterladen
report-download-csv = CSV herunterladen
report-download-json = JSON herunterladen
report-download-xlsx = Tabelle herunterladen (xlsx)
report-print = Drucken
report-questions = Fragen
report-legend = Die Balken zählen die Spieler, die jede Antwort gaben; { $right }. Eine Frage ist { $difficult }, wenn weniger als die Hälfte der Antworten richtig war.
report-legend-right = ✓ markiert eine richtige Antwort
report-legend-difficult = schwierig
report-questions-caption = Jede Frage: ihre Antworten, Trefferquote und Zeiten
report-col-question = Frage und Antworten
report-col-accuracy = Trefferquote
report-col-average = Mittlere Zeit
report-col-median = Median-Zeit
report-col-difficult = Schwierig
report-across-heading = Über alle Spiele dieses Quiz
report-across-intro = Die am häufigsten verfehlten Fragen, niedrigste Trefferquote zuerst:
report-teams = Teams
report-teams-note = Die Punktzahl eines Teams ist der Mittelwert der Punktzahlen seiner Spieler.
report-teams-caption = Jedes Team, nach Platz
report-col-rank = Platz
report-col-team = Team
report-col-score = Punkte
report-players-caption = Jeder Spieler, nach Platz, mit seinen Antworten
report-col-player = Spieler
report-col-correct = Richtig
report-col-streak = Beste Serie
report-unknown = unbekannt
report-ended-in-lobby = in der Lobby beendet
report-duration-hours = { $h } Std. { $m } Min.
report-duration-minutes = { $m } Min. { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct } %
report-not-found = Zu diesem Spiel gibt es keinen Bericht: Es wurde gelöscht oder gehört einer anderen Spielleitung.
report-load-failed = Der Bericht konnte nicht geladen werden: { $error }
report-heading = Bericht: { $title }
report-doc-title = { $title } – Bericht – quizbox
report-fact-duration = Dauer
report-fact-pin = PIN
report-fact-participation = Beteiligung
report-fact-completion = Vollständigkeit
report-participation = { $percent } der möglichen Antworten gegeben
report-completion = { $percent } der Spieler haben jede Frage beantwortet
report-across-games = { $count ->
    [one] { $count } Spiel dieses Quiz gespielt.
   *[other] { $count } Spiele dieses Quiz gespielt.
}
report-across-item = { $games ->
    [one] { $percent } richtig ({ $correct } von { $answered } Antworten in { $games } Spiel)
   *[other] { $percent } richtig ({ $correct } von { $answered } Antworten in { $games } Spielen)
}
report-answered = { $count } beantwortet
report-right-count = { $count } richtig
report-right-answers = Richtig: { $answers }
report-not-scored = ohne Wertung
report-flag-difficult = ⚠ schwierig
report-flag-no = nein
report-result-right = ✓ richtig
report-result-wrong = ✗ falsch
report-no-answer = keine Antwort
report-answers-of = Antworten von { $name }
report-answers-question = Frage
report-answers-answer = Antwort
report-answers-result = Ergebnis
report-answers-points = Punkte
report-answers-time = Zeit
report-correct-of = { $correct } von { $answered }
report-download-failed = Der Bericht konnte nicht heruntergeladen werden: { $error }
report-downloaded = { $size ->
    [one] { $name } heruntergeladen ({ $size } Byte).
   *[other] { $name } heruntergeladen ({ $size } Bytes).
}
report-chart-none = Frage { $number }: keine Antworten.
report-chart-summary = Antworten auf Frage { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (richtige Antwort)
report-chart-count-right = { $count } (richtig)
report-chart-more = { $count ->
    [one] und { $count } weitere Antwort, { $times }-mal gegeben
   *[other] und { $count } weitere Antworten, { $times }-mal gegeben
}
report-chart-no-answers = Keine Antworten

studio-page-title = Quiz-Bibliothek – quizbox
studio-login-legend = Melde dich an, um Quizze zu schreiben
studio-new-quiz = Neues Quiz
studio-search = Suchen
studio-search-placeholder = Titel, Beschreibung oder ID
studio-sort = Sortieren nach
studio-sort-title = Titel
studio-sort-updated = Zuletzt geändert
studio-sort-played = Zuletzt gespielt
studio-import = Importieren
studio-import-text = Quizdateien hier ablegen (TOML, JSON, CSV, Kahoot!-Tabellen, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot oder ein Paket: Quiz und Medien als .zip) oder auswählen.
studio-import-choose = Dateien zum Importieren wählen…
studio-import-files = Quizdateien zum Importieren
studio-quizzes = Quizze
studio-confirm-text = Du kannst das einige Sekunden lang rückgängig machen.
studio-undo = Rückgängig
studio-format-xlsx = Kahoot!-Tabelle
studio-format-bundle = Paket: Quiz und Medien (zip)
studio-load-failed = Die Quizze konnten nicht geladen werden: { $error }
studio-never = nie
studio-questions = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
studio-changed = geändert { $when }
studio-last-played = zuletzt gespielt { $when }
studio-owner = Besitzer { $name }
studio-sample = Beispiel
studio-export-format = Exportformat für { $name }
studio-export = Exportieren
studio-export-label = { $name } exportieren
studio-host = Leiten
studio-host-label = { $name } leiten
studio-edit = Bearbeiten
studio-edit-label = { $name } bearbeiten
studio-duplicate = Duplizieren
studio-duplicate-label = { $name } duplizieren
studio-delete-label = { $name } löschen
studio-none = Noch keine Quizze: Schreib eines mit „Neues Quiz“ oder importiere eine Datei.
studio-count = { $count ->
    [one] { $count } Quiz
   *[other] { $count } Quizze
}
studio-count-match = { $count ->
    [one] { $shown } von { $count } Quiz passen
   *[other] { $shown } von { $count } Quizzen passen
}
studio-host-failed = Das Spiel konnte nicht gestartet werden: { $error }
studio-duplicate-failed = „{ $title }“ konnte nicht dupliziert werden: { $error }
studio-duplicated = „{ $title }“ dupliziert.
studio-duplicated-as = „{ $title }“ als „{ $copy }“ dupliziert.
studio-export-failed = „{ $title }“ konnte nicht exportiert werden: { $error }
studio-exported = „{ $title }“ exportiert.
studio-exported-lossy = { $count ->
    [one] „{ $title }“ exportiert; { $count } Element, das dieses Format nicht fassen kann, wurde weggelassen (quizbox export listet es auf).
   *[other] „{ $title }“ exportiert; { $count } Elemente, die dieses Format nicht fassen kann, wurden weggelassen (quizbox export listet sie auf).
}
studio-confirm-title = „{ $title }“ löschen?
studio-delete-failed = „{ $title }“ konnte nicht gelöscht werden: { $error }
studio-deleted = „{ $title }“ gelöscht.
studio-undo-label = Löschen von { $title } rückgängig machen
studio-deleted-undo = „{ $title }“ gelöscht. Rückgängig ist { $secs } Sekunden lang möglich.
studio-undo-failed = „{ $title }“ konnte nicht wiederhergestellt werden: { $error }
studio-back = „{ $title }“ ist wieder da.
studio-import-line = Zeile { $where }:
studio-import-refused = { $name }: nicht importiert.
studio-import-quiz = { $count ->
    [one] „{ $title }“ ({ $count } Frage, { $status })
   *[other] „{ $title }“ ({ $count } Fragen, { $status })
}
studio-import-created = angelegt
studio-import-updated = aktualisiert
studio-import-checked = geprüft
studio-imported = { $name }: importiert { $titles }
studio-import-nothing = { $name }: nicht importiert, nichts wurde geschrieben.
studio-import-error = Fehler: { $text }
studio-import-warning = Warnung: { $text }
studio-importing = { $count ->
    [one] { $count } Datei wird importiert…
   *[other] { $count } Dateien werden importiert…
}
studio-import-server-refused = der Server hat sie abgelehnt
studio-imported-count = { $count ->
    [one] { $imported } von { $count } Datei importiert.
   *[other] { $imported } von { $count } Dateien importiert.
}

studio-edit-page-title = Quiz bearbeiten – quizbox
studio-save = Speichern
studio-conflict-text = { $saved } Alles, was du eingegeben hast, ist noch da. Behalte ihre Fassung oder deine:
studio-conflict = Jemand anderes hat dieses Quiz gespeichert, nachdem du es geöffnet hast.
studio-reload-theirs = Ihre neu laden (meine Änderungen verwerfen)
studio-overwrite = Mit meiner überschreiben
studio-problems = Dieses Quiz kann noch nicht gespeichert werden
studio-description = Beschreibung
studio-reorder-help = Ziehe eine Frage, um sie zu verschieben, oder fokussiere sie und drücke Alt+↑ oder Alt+↓.
studio-new-kind = Art der neuen Frage
studio-add-question = Frage hinzufügen
studio-preview = Vorschau
studio-preview-as = Vorschau als
studio-preview-phone = Handy
studio-preview-screen = Großbildschirm
studio-open-failed = Das Quiz konnte nicht geöffnet werden: { $error }
studio-edit-quiz = Quiz bearbeiten
studio-edit-heading = „{ $title }“ bearbeiten
studio-edit-doc-title = { $title } – quizbox
studio-id = ID: { $id }
studio-id-note = Die ID wird beim ersten Speichern aus dem Titel gebildet.
studio-no-questions = Keine Fragen
studio-add-first = Füge eine Frage hinzu, um zu beginnen.
studio-problem-at = Frage { $number }
studio-problem-at-field = Frage { $number } ({ $field })
studio-unsaved = Ungespeicherte Änderungen.
studio-moved = Auf Position { $position } von { $total } verschoben.
studio-question-duplicated = Frage { $number } als Frage { $copy } dupliziert.
studio-question-removed = Frage { $number } ({ $summary }) entfernt.
studio-saving = Wird gespeichert…
studio-not-saved-failure = Nicht gespeichert. { $error }
studio-not-saved-conflict = Nicht gespeichert: Jemand anderes hat dieses Quiz gespeichert, nachdem du es geöffnet hast. Deine Änderungen bleiben erhalten.
studio-not-saved-problems = { $count ->
    [one] Nicht gespeichert: eine Sache ist zu korrigieren.
   *[other] Nicht gespeichert: { $count } Dinge sind zu korrigieren.
}
studio-server-answered = der Server antwortete { $status }
studio-not-saved = Nicht gespeichert: { $error }
studio-saved-at = Gespeichert um { $time }.
studio-theirs-loaded = Ihre Fassung ist geladen; deine Änderungen wurden verworfen.
studio-starting = Spiel wird gestartet…
studio-no-text = (noch kein Text)
studio-pick-label = Frage { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } ({ $count } zu korrigieren)
studio-check-empty = Darf nicht leer sein.
studio-check-too-long = Länger als { $max } Zeichen ({ $count }).
studio-check-no-questions = Ein Quiz braucht mindestens eine Frage.
studio-check-too-many-questions = Ein Quiz hat höchstens { $max } Fragen ({ $count }).
studio-check-whole-seconds = Muss eine ganze Zahl von Sekunden sein.
studio-check-time-limit = Muss { $min } bis { $max } Sekunden betragen.
studio-check-whole-points = Muss eine ganze Zahl von Punkten sein.
studio-check-correct-one = Markiere eine der Antworten als richtig.
studio-check-correct-none = Markiere mindestens eine Antwort als richtig.
studio-check-accepted-none = Mindestens eine akzeptierte Antwort ist nötig.
studio-check-accepted-many = Höchstens { $max } akzeptierte Antworten ({ $count }).
studio-check-whole-characters = Muss eine ganze Zahl von Zeichen sein.
studio-check-word-cloud = Muss 1 bis { $max } Zeichen betragen.
studio-check-number = Muss eine Zahl sein.
studio-check-slider-max = Muss über dem kleinsten Wert liegen ({ $min }).
studio-check-slider-step = Muss über 0 liegen.
studio-check-slider-positions = Ergibt mehr als 10.000 Positionen; wähle einen größeren Schritt.
studio-check-slider-correct = Muss zwischen { $min } und { $max } liegen.
studio-check-slider-tolerance = Darf nicht negativ sein.
studio-check-answer-count = { $min } bis { $max } Antworten sind nötig ({ $count }).
studio-check-item-count = { $min } bis { $max } Einträge sind nötig ({ $count }).
studio-check-twice = Gleich wie Nummer { $number }.
studio-check-count = { $count ->
    [one] Ein Problem ist zu beheben.
   *[other] { $count } Probleme sind zu beheben.
}
studio-move-up = Frage { $number } nach oben
studio-move-down = Frage { $number } nach unten
studio-slide-n = Folie { $number }
studio-question-n = Frage { $number }
studio-duplicate-question = Frage { $number } duplizieren
studio-remove = Entfernen
studio-remove-question = Frage { $number } entfernen
studio-kind = Art
studio-time-limit = Zeitlimit (Sekunden)
studio-time-limit-note = Von 5 bis 240 Sekunden.
studio-points-note = 1000 ist Standard, 2000 doppelt, 0 lässt die Frage ohne Wertung.
studio-explanation = Erklärung (wird mit der Antwort gezeigt)
studio-true = Wahr
studio-false = Falsch
studio-correct-answer = Richtige Antwort
studio-max-length = Längster Eintrag (Zeichen)
studio-max-length-note = Von 1 bis 100.
studio-slide-body = Text unter dem Titel
studio-answer-n = Antwort { $number }
studio-answer-correct = Antwort { $number } ist richtig
studio-remove-answer = Antwort { $number } entfernen
studio-add-answer = Antwort hinzufügen
studio-answers = Antworten
studio-answers-single = Antworten (wähle die richtige)
studio-answers-multi = Antworten (hake jede richtige an)
studio-accepted-n = Akzeptierte Antwort { $number }
studio-remove-accepted = Akzeptierte Antwort { $number } entfernen
studio-add-accepted = Akzeptierte Antwort hinzufügen
studio-accepted = Akzeptierte Antworten (Groß-/Kleinschreibung, Akzente und Leerzeichen zählen nicht)
studio-typos = Kleine Tippfehler akzeptieren
studio-slider-min = Kleinster Wert
studio-slider-max = Größter Wert
studio-slider-step = Schrittweite
studio-slider-correct = Richtiger Wert
studio-slider-tolerance = Toleranz (±)
studio-slider-tolerance-note = So nahe Antworten zählen als richtig.
studio-slider-unit = Einheit (optional)
studio-item-n = Element { $number }
studio-item-up = Element { $number } nach oben
studio-item-down = Element { $number } nach unten
studio-remove-item = Element { $number } entfernen
studio-add-item = Element hinzufügen
studio-items = Elemente in der richtigen Reihenfolge (Spieler sehen sie gemischt)
studio-media-file = Hochzuladende Mediendatei
studio-upload = Bild, Ton oder Video hochladen…
studio-uploading = { $name } wird hochgeladen…
studio-uploaded = { $name } hochgeladen.
studio-upload-failed = { $name } konnte nicht hochgeladen werden.
studio-remove-media = Medium entfernen
studio-media = Medien
studio-media-address = Adresse von Bild, Ton oder Video
studio-media-note = Lade eine Datei hoch oder gib eine /media/-Adresse an.
studio-preview-question = Deine Frage
studio-preview-slide = Folie { $index } von { $total }
host-nav-label = Seiten
host-nav-library = Quiz-Bibliothek
host-nav-reports = Berichte
host-heading = Ein Spiel leiten
host-login-legend = Zum Leiten anmelden
host-choose-quiz = Quiz wählen
host-filter = Quiz filtern
host-filter-placeholder = Tippen, um nach Titel oder Beschreibung zu filtern
host-loading = Quiz werden geladen…
host-quiz-list-label = Quiz
host-load-failed = Die Quiz konnten nicht geladen werden: { $error }
host-no-quizzes = Noch keine Quiz. Schreiben oder importieren Sie eines in der Quiz-Bibliothek (/studio) oder mit: quizbox import DATEI
host-question-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
host-quiz-count = { $count ->
    [one] { $count } Quiz
   *[other] { $count } Quiz
}
host-quizzes-match = { $total ->
    [one] { $shown } von { $total } Quiz passt
   *[other] { $shown } von { $total } Quiz passen
}
host-options = Spieloptionen
host-options-note = Optional: Die Standardwerte passen für die meisten Spiele.
host-intro-secs = Sekunden, bevor die Antworten öffnen
host-streak-bonus = Serienbonus
host-shuffle-questions = Fragen mischen
host-shuffle-answers = Antworten mischen
host-on-screen-only = Fragen nur auf der Leinwand
host-on-screen-note = Die Handys zeigen dann farbige Formen statt Frage und Antworten.
host-generated-nicknames = Erzeugte Spitznamen
host-nicknames-note = Jeder Spieler bekommt einen Namen wie „Mutiger Otter“ statt des eingetippten.
host-late-join = Später Beitritt
host-late-join-note = Spieler können nach dem Start beitreten; sie spielen ab der nächsten Frage mit 0 Punkten.
host-auto-advance = Automatisch weiter nach (Sekunden, 0: aus)
host-auto-advance-note = Antworten und Rangliste werden so lange gezeigt, dann geht das Spiel von selbst weiter.
host-break = Pause zwischen Runden (Sekunden, 0: keine)
host-break-note = Für ein Quiz in Runden: die Rundenübersicht, dann eine Pause mit Countdown vor der nächsten Runde.
host-teams = Teams
host-team-off = Aus: jeder spielt allein
host-team-auto = Zufällig gelost, ausgeglichen
host-team-pick = Spieler wählen ein Team
host-team-device = Ein Team pro geteiltem Gerät
host-team-note = Ein Team erzielt den Durchschnitt der Punkte seiner Mitglieder; die Leinwand zeigt Team-Rangliste und -Podium.
host-team-names = Teamnamen, einer pro Zeile (2 bis 20)
host-team-red = Rot
host-team-blue = Blau
host-screen-language = Sprache der Leinwand
host-screen-language-own = Die des projizierenden Browsers
host-screen-language-note = Knöpfe und Meldungen der Präsentationsansicht, unabhängig von der Einstellung des projizierenden Computers. Der Text des Quiz wird nicht übersetzt.
host-start-note = Wählen Sie oben ein Quiz, um zu starten.
host-start = Spiel starten
host-start-quiz = „{ $title }“ starten
host-start-note-pin = Die Spieler treten mit der PIN bei, die die Leinwand als Nächstes zeigt.
host-starting = Wird gestartet…
host-choose-first = Wählen Sie zuerst ein Quiz.
host-invalid-intro = Die Sekunden vor dem Öffnen der Antworten müssen eine ganze Zahl von 0 bis { $max } sein.
host-invalid-auto-advance = Das automatische Weiter muss eine ganze Zahl von Sekunden von 0 (aus) bis { $max } sein.
host-invalid-break = Die Pause zwischen Runden muss eine ganze Zahl von Sekunden von 0 (keine) bis { $max } sein.
host-invalid-teams = Geben Sie { $min } bis { $max } verschiedene Teamnamen an, einen pro Zeile, je höchstens { $chars } Zeichen.
host-start-failed = Das Spiel konnte nicht gestartet werden: { $error }
host-unexpected-reply = Der Server hat eine unerwartete Antwort gesendet.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Benutzername
signin-password = Passwort
signin-submit = Anmelden
signin-sign-out = Abmelden
signin-signed-in-as = Angemeldet als { $name }
signin-session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
signin-unreachable = Der quizbox-Server ist nicht erreichbar. Läuft er?
signin-server-answered = Der Server antwortete { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Ihr Konto – quizbox
account-heading = Ihr Konto
account-username = Benutzername (a-z, 0-9, '.', '_' und '-')
account-password = Neues Passwort (mindestens 8 Zeichen)
account-again = Dasselbe Passwort noch einmal
account-save = Speichern
account-host-link = Anmelden, um ein Spiel zu leiten
account-invite-title = Willkommen bei quizbox
account-invite-intro = Wählen Sie den Benutzernamen und das Passwort, mit denen Sie sich anmelden.
account-invite-legend = Ihr neues Konto
account-invite-submit = Mein Konto anlegen
account-reset-title = Neues Passwort festlegen
account-reset-legend = Neues Passwort
account-reset-submit = Passwort festlegen
account-no-secret = Dieser Adresse fehlt ihr Geheimnis: Öffnen Sie den Link aus der E-Mail erneut.
account-passwords-differ = Die beiden Passwörter sind verschieden.
account-server-said = Der Server antwortete { $status }.
account-invite-done = Ihr Konto { $name } ist bereit. Melden Sie sich jetzt damit an.
account-reset-done = Das Passwort von { $name } ist festgelegt. Melden Sie sich jetzt damit an.
account-unreachable = Der Server ist nicht erreichbar. Versuchen Sie es erneut.

## The assignments page (/assignments)

assignments-page-title = Aufgaben – quizbox
assignments-nav-host = Ein Spiel leiten
assignments-heading = Aufgaben
assignments-login-legend = Anmelden, um Aufgaben zu veröffentlichen und zu verfolgen
assignments-quiz = Quiz
assignments-opens = Beginnt
assignments-closes = Endet
assignments-identifier = Spieler fragen nach (leer: Spitzname)
assignments-identifier-placeholder = Matrikelnummer
assignments-publish = Aufgabe veröffentlichen
assignments-caption = Aufgaben, neueste zuerst
assignments-link = Link
assignments-state = Status
assignments-started = Begonnen
assignments-finished = Beendet
assignments-actions = Aktionen
assignments-leaderboard = Rangliste
assignments-rank = Rang
assignments-player = Spieler
assignments-score = Punkte
assignments-correct = Richtig
assignments-players = Spieler
assignments-progress = Fortschritt
assignments-questions = Fragen
assignments-question = Frage
assignments-answered = Beantwortet
assignments-state-scheduled = geplant
assignments-state-open = offen
assignments-state-closed = geschlossen
assignments-results = Ergebnisse
assignments-results-of = Ergebnisse von { $quiz } ({ $code })
assignments-close = Jetzt schließen
assignments-close-of = { $quiz } ({ $code }) jetzt schließen
assignments-count = { $count ->
    [one] { $count } Aufgabe
   *[other] { $count } Aufgaben
}
assignments-none = Noch keine Aufgaben: Veröffentlichen Sie oben eine.
assignments-published = Veröffentlicht: { $link }
assignments-closed = { $quiz } geschlossen.
assignments-player-finished = beendet
assignments-player-at = Frage { $n } von { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } Spieler begonnen, { $finished } beendet · endet { $closes }
   *[other] { $state } · { $players } Spieler begonnen, { $finished } beendet · endet { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Beginnt eine Runde namens
studio-round-note = Leer lassen, außer mit dieser Frage beginnt eine neue Runde.
studio-round-starts = Runde: { $name }
studio-pick-round = { $label }, beginnt Runde { $name }
studio-round-passed = Runde { $name } beginnt jetzt bei Frage { $number }.
