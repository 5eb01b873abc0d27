# quizbox: Meldungen der Spielerseite, auf Deutsch.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = Einem Quiz beitreten – quizbox
me-score = { $score } Pkt.
sound = Ton
    .title = Tonsignale auf diesem Telefon
leave = Verlassen
    .title = Dieses Spiel verlassen, um einem anderen beizutreten
language = Sprache
join-title = Einem Quiz beitreten
resume-offer = Du hast im Spiel { $pin } als { $name } gespielt.
resume = Diesem Spiel wieder beitreten
forget = Das bin ich nicht
pin-label = Spiel-PIN
nickname-label = Spitzname
join = Beitreten
joining = Beitreten…
error-pin = Gib die 6-stellige Spiel-PIN vom Bildschirm ein.
error-nickname = Gib einen Spitznamen ein.
error-nickname-long = Spitznamen dürfen höchstens { $max } Zeichen lang sein.
error-no-answer = Der Spielserver hat nicht geantwortet. Prüfe deine Verbindung und versuche es erneut.
error-unreachable = Der Spielserver ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.
rejoining = Du kehrst ins Spiel zurück…
rejoining-as = Spiel { $pin } als { $name }
rejoining-game = Spiel { $pin }
reconnecting = Verbindung wird wiederhergestellt…
reconnecting-kept = Verbindung wird wiederhergestellt… Platz und Punkte bleiben erhalten.
saving-again = Speichern funktioniert wieder.
not-saved-yet = Noch nicht gespeichert – wird erneut gesendet, sobald der Server speichern kann.
lobby-title = Du bist dabei! Warte auf den Spielleiter…
you-are = Du bist { $name }
nick-note = Das Spiel hat dir diesen Spitznamen gegeben: Ihn zeigt der große Bildschirm.
lobby-see-name = Siehst du deinen Spitznamen auf dem großen Bildschirm?
waiting-title = Du bist dabei! Du spielst ab der nächsten Frage.
waiting-text = Die anderen sind bei Frage { $index } von { $total }. Deine erste ist Frage { $first }, du startest mit 0 Punkten.
question-of = Frage { $index } von { $total }
slide-of = { $index } von { $total }
look-at-screen = Schau auf den großen Bildschirm
get-ready = Mach dich bereit…
time-left = Verbleibende Zeit
seconds-left = { $secs ->
    [one] Noch { $secs } Sekunde
   *[other] Noch { $secs } Sekunden
}
paused = Pausiert
times-up = Die Zeit ist um!
answers =
    .aria-label = Antworten
answer-locked = Antwort gespeichert ✓ Warte auf die anderen…
answer-sending = Deine Antwort wird gesendet…
slide-note = Keine Antwort nötig: Der Spielleiter macht weiter.
hint-multi = Kreuze alle richtigen Antworten an, dann Absenden.
hint-type-answer = Schreib deine Antwort.
hint-slider = Schieb den Regler auf deine Antwort, dann Absenden.
hint-ordering = Bring sie in die richtige Reihenfolge, dann Absenden.
hint-poll = Stimm ab: Es gibt keine falsche Antwort.
hint-word-cloud = Schick ein oder zwei Wörter: Sie erscheinen auf dem großen Bildschirm.
submit = Absenden
submit-order = Reihenfolge absenden
text-limit = Höchstens { $max } Zeichen.
your-word = Dein Wort
your-answer = Deine Antwort
type-first = Schreib zuerst etwas.
your-order = Deine Reihenfolge
move-up = { $name } nach oben
move-down = { $name } nach unten
checking-answer = Deine Antwort wird geprüft…
your-score = Dein Punktestand: { $score } Punkte
result-thanks = Danke für deine Antwort
result-no-answer = Diesmal keine Antwort
result-correct = Richtig ✓
result-partial = Teilweise richtig ◐
result-incorrect = Falsch ✗
result-incorrect-none = Falsch ✗ – keine Antwort
result-points = { $points ->
    [one] +{ $points } Punkt
   *[other] +{ $points } Punkte
}
result-points-bonus = +{ $points } Punkte (inkl. +{ $bonus } Serienbonus)
result-streak = Antwortserie: { $streak } 🔥
result-score = Punktestand: { $score }
result-rank = Platz { $rank } von { $players }
result-behind = { $points ->
    [one] { $points } Punkt hinter dem nächsten Platz
   *[other] { $points } Punkte hinter dem nächsten Platz
}
result-tied = Gleichauf mit dem nächsten Platz
result-lead = Du führst!
correct-order = Richtige Reihenfolge: { $order }
accepted-answers = { $count ->
    [one] Akzeptierte Antwort: { $answers }
   *[other] Akzeptierte Antworten: { $answers }
}
correct-answers = { $count ->
    [one] Richtige Antwort: { $answers }
   *[other] Richtige Antworten: { $answers }
}
slider-average = Durchschnitt: { $average }
you-ticked = Du hast angekreuzt:
your-order-was = Deine Reihenfolge:
you-answered = Deine Antwort:
you-voted = Deine Stimme:
leaderboard = Bestenliste
final-results = Endergebnis
place = { $rank }.
nickname-you = { $name } (du)
standing-me = Du bist { $rank }. von { $players } mit { $score } Punkten.
standing-score = Dein Punktestand: { $score } Punkte.
final = Du bist { $rank }. von { $players } mit { $score } Punkten geworden!
game-over = Spiel vorbei
thanks = Danke fürs Mitspielen!
join-another = Einem anderen Spiel beitreten
gone-title = Dieses Spiel ist beendet
gone-text = Spiel { $pin } läuft nicht mehr.
gone-refused-title = Du kannst diesem Spiel nicht wieder beitreten
gone-refused-text = Das Spiel hat dich nicht wieder aufgenommen. Vielleicht hat der Spielleiter dich entfernt.
kicked-title = Du wurdest aus dem Spiel entfernt
kicked-text = Der Spielleiter hat dich aus diesem Spiel entfernt.
back-to-start = Zurück zum Start
lost-title = Du spielst woanders
lost-text = Du hast dieses Spiel in einem anderen Tab oder auf einem anderen Gerät geöffnet.
play-here = Stattdessen hier spielen

shape-red-triangle = Rotes Dreieck
shape-blue-diamond = Blaue Raute
shape-yellow-circle = Gelber Kreis
shape-green-square = Grünes Quadrat
shape-purple-star = Lila Stern
shape-teal-pentagon = Türkises Fünfeck
shape-orange-hexagon = Oranges Sechseck
shape-pink-cross = Rosa Kreuz

media-sound = Ton zu { $about }
media-video = Video zu { $about }
media-picture = Bild zu dieser Frage
media-this-question = diese Frage

error-unknown-game = Es gibt kein Spiel mit der PIN { $pin }. Prüfe die PIN auf dem Bildschirm.
error-game-started = Spiel { $pin } hat schon begonnen.
error-game-full = Spiel { $pin } ist voll.
error-lobby-locked = Der Spielleiter hat die Lobby gesperrt; niemand kann jetzt beitreten.
error-too-many-joins = Dieses Gerät ist Spiel { $pin } so oft beigetreten wie erlaubt.
error-nickname-taken = Der Spitzname { $name } ist in diesem Spiel schon vergeben. Wähle einen anderen.
error-rate-limited = Zu viele Versuche. Warte kurz und versuche es erneut.
error-bad-message = Der Server hat diese Anfrage nicht verstanden. Lade die Seite neu und versuche es erneut.
error-version = Diese Seite ist älter als der Server. Lade die Seite neu.
error-forbidden = Dieser Schlüssel oder Link gilt nicht für dieses Spiel.
error-nickname-invalid = Dieser Spitzname kann nicht verwendet werden. Wähle einen anderen.
error-not-host = Das kann nur der Spielleiter.
error-wrong-phase = Das ist an dieser Stelle des Spiels nicht möglich.
error-wrong-question = Diese Frage ist gerade nicht offen.
error-too-late = Die Antworten auf diese Frage sind geschlossen.
error-already-answered = Du hast diese Frage schon beantwortet.
error-invalid-answer = Diese Antwort kann nicht angenommen werden. Prüfe sie und versuche es erneut.
error-no-such-player = Diesen Spieler gibt es in diesem Spiel nicht.
error-too-big = Das war zu viel auf einmal.
error-storage-unavailable = Der Server kann gerade nicht speichern. Versuche es gleich noch einmal.
error-no-such-team = Dieses Team gibt es in diesem Spiel nicht.
too-late = Zu spät – die Zeit ist um!

## Rounds
# machine-drafted
break-title = Pause
break-next = Als Nächstes: Runde { $number } von { $rounds } · { $name }
break-text = Die nächste Runde beginnt gleich.
round-title = Runde { $number } von { $rounds } · { $name }
round-end = Ende der Runde { $number } von { $rounds }
round-points = { $points } in dieser Runde
round-total = { $score } insgesamt
round-board =
    .aria-label = Punkte in dieser Runde
break-paused = Pausiert
break-auto = Die nächste Runde beginnt von selbst.
break-starting = Startet…
next-break = Weiter: Pause
next-round = Nächste Runde starten

## Teams (Spielerseite)
team-line = Dein Team: { $team }
team-none = noch keins
team-playing = Es spielen: { $names }
team-pick =
    .aria-label = Wähle dein Team
team-members-label = Wer spielt auf diesem Gerät? Namen, durch Kommas getrennt
team-members-save = Namen speichern
team-place = Dein Team: { $team } — Platz { $rank } von { $teams }, { $score } Punkte
team-final = Dein Team, { $team }, hat Platz { $rank } von { $teams } mit { $score } Punkten erreicht!

## Großbildschirm
screen-title = quizbox – Leinwand
screen-pin = PIN { $pin }
joining-open = Beitreten ist möglich
joining-closed = Beitreten ist geschlossen
sound-enable = Klicken, um den Ton einzuschalten
mute = Stumm
unmute = Ton an
volume = Lautstärke
read-aloud = Vorlesen
    .title = Jede Frage mit der Stimme dieses Computers vorlesen
connecting = Verbinde…
screen-bad-key = Der Host-Schlüssel wurde nicht angenommen.
screen-no-game = Es gibt kein Spiel mit der PIN { $pin }.
screen-no-pin = Diese Adresse enthält keine Spiel-PIN. Öffne den Bildschirm-Link, den dir die Host-Seite gegeben hat.
screen-reconnecting-kept = Verbinde neu… Das Spiel bleibt auf dem Server erhalten.
storage-paused = Pausiert: { $problem }
storage-ok = Speichern funktioniert wieder; das Spiel geht weiter.
not-connected = Nicht verbunden – versuche es gleich noch einmal.
failed-title = Dieses Spiel kann nicht angezeigt werden
screen-join-title = Dem Spiel beitreten
join-how = Gehe zu { $url }
qr-code =
    .alt = QR-Code zum Beitreten
players-noun = { $count ->
    [one] Spieler
   *[other] Spieler
}
waiting-players = Warte auf Spieler…
players = Spieler
    .aria-label = Spieler
lobby-controls =
    .aria-label = Steuerung der Lobby
lock-lobby = Lobby sperren
unlock-lobby = Lobby entsperren
kick-recent-label = Alle entfernen, die beigetreten sind in den letzten
seconds-unit = s
remove = Entfernen
kick-pattern-label = Namen entfernen, die enthalten
kick-recent-range = Gib eine Zahl von Sekunden zwischen 1 und { $max } ein.
kick-pattern-empty = Gib einen Teil der zu entfernenden Namen ein.
kick = Entfernen
kick-name = { $name } entfernen
advance-next = Weiter in { $secs } s
advance-paused = Pausiert: noch { $secs } s
answers-open-in = Antworten öffnen in
answered-of = { $answered } von { $players } haben geantwortet
players-playing = { $count ->
    [one] { $count } Spieler spielt
   *[other] { $count } Spieler spielen
}
screen-hint-multi = Kreuze alle richtigen Antworten an.
screen-hint-true-false = Wahr oder falsch?
screen-hint-type-answer = Tippe deine Antwort auf dem Handy ein.
screen-hint-slider = Wähle auf dem Handy eine Zahl von { $min } bis { $max }.
screen-hint-slider-any = Wähle auf dem Handy eine Zahl.
screen-hint-ordering = Bring das auf dem Handy in die richtige Reihenfolge.
screen-hint-poll = Stimme auf dem Handy ab: Es gibt keine falsche Antwort.
screen-hint-word-cloud = Schick ein oder zwei Wörter vom Handy.
media-ref = Medien: { $media }
answers-chosen =
    .aria-label = Gewählte Antworten
correct-tag = ✓ Richtig
sr-incorrect = (falsch)
sr-accepted = (akzeptiert)
players-chose = { $count ->
    [one] Spieler hat sie gewählt
   *[other] Spieler haben sie gewählt
}
sr-times = { $count ->
    [one] ({ $count }-mal)
   *[other] ({ $count }-mal)
}
hide = Ausblenden
hide-name = { $name } ausblenden
no-answers = Keine Antworten.
answers-given = Gegebene Antworten
no-words = Noch keine Wörter.
word-cloud = Wortwolke
in-right-place = { $count } am richtigen Platz
correct-order-label = Richtige Reihenfolge
correct-answer-is = Richtige Antwort: { $answer }
correct-answer-within = Richtige Antwort: { $answer } (± { $tolerance })
most-given = Am häufigsten
players-answered = { $count ->
    [one] { $count } Spieler hat geantwortet
   *[other] { $count } Spieler haben geantwortet
}
after-question = Nach Frage { $index } von { $total }
rank-same = unverändert
rank-up = { $count ->
    [one] { $count } Platz hoch
   *[other] { $count } Plätze hoch
}
rank-down = { $count ->
    [one] { $count } Platz runter
   *[other] { $count } Plätze runter
}
no-players-yet = Noch keine Spieler.
teams = Teams
team-leaderboard =
    .aria-label = Team-Rangliste
players-count = { $count ->
    [one] { $count } Spieler
   *[other] { $count } Spieler
}
points = { $score } Punkte
podium = Siegertreppchen
team-podium = Team-Siegertreppchen
top-three = Die ersten drei
top-three-teams = Die ersten drei Teams
top-players = Beste Spieler
fourth-fifth =
    .aria-label = Vierter und fünfter Platz
nobody-played = Diesmal hat niemand gespielt.
screen-game-over = Das Spiel ist vorbei.
host-again = Ein weiteres Spiel leiten
host-controls =
    .aria-label = Host-Steuerung
start = Starten
show-answers = Antworten zeigen
close-answers = Antworten schließen
skip = Überspringen
pause = Pause
continue = Weiter
extend = +10 s
    .title = Den Spielern 10 Sekunden mehr geben
lock-joining = Beitritt sperren
unlock-joining = Beitritt öffnen
next-question = Nächste Frage
next-podium = Weiter: Siegertreppchen
next-leaderboard = Weiter: Rangliste
finish = Beenden
hint-next = Leertaste oder Enter: weiter
hint-finish = Beenden: schließt das Spiel auf allen Bildschirmen und Handys. Die Ergebnisse sind schon gespeichert.
end-game-ask = Spiel beenden…
end-title = Das Spiel jetzt beenden?
end-text-lobby = Noch hat niemand gespielt. Das Spiel wird ohne Start geschlossen, und niemand kann mehr beitreten.
end-text-playing = Die bisher gegebenen Antworten werden gewertet und das Siegertreppchen wird jetzt gezeigt. Die übrigen Fragen werden nicht gespielt.
cancel = Abbrechen
end-game = Spiel beenden
