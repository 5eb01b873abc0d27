# quizbox: berichten van de spelerspagina, in het Nederlands.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = Doe mee aan een quiz – quizbox
me-score = { $score } ptn
sound = Geluid
    .title = Geluidssignalen op deze telefoon
leave = Verlaten
    .title = Dit spel verlaten om aan een ander mee te doen
language = Taal
join-title = Doe mee aan een quiz
resume-offer = Je speelde in spel { $pin } als { $name }.
resume = Terug naar dat spel
forget = Dat ben ik niet
pin-label = Spel-PIN
nickname-label = Bijnaam
join = Meedoen
joining = Meedoen…
error-pin = Voer de 6-cijferige spel-PIN van het scherm in.
error-nickname = Voer een bijnaam in.
error-nickname-long = Bijnamen mogen hoogstens { $max } tekens lang zijn.
error-no-answer = De spelserver antwoordde niet. Controleer je verbinding en probeer het opnieuw.
error-unreachable = De spelserver is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
rejoining = Terug naar je spel…
rejoining-as = Spel { $pin } als { $name }
rejoining-game = Spel { $pin }
reconnecting = Opnieuw verbinden…
reconnecting-kept = Opnieuw verbinden… Je plaats en score blijven bewaard.
saving-again = Opslaan werkt weer.
not-saved-yet = Nog niet opgeslagen – wordt opnieuw verstuurd zodra de server kan opslaan.
lobby-title = Je doet mee! Wachten op de spelleider…
you-are = Je bent { $name }
nick-note = Het spel gaf je deze bijnaam: die staat op het grote scherm.
lobby-see-name = Zie je je bijnaam op het grote scherm?
waiting-title = Je doet mee! Je speelt vanaf de volgende vraag.
waiting-text = De anderen zijn bij vraag { $index } van { $total }. Jouw eerste is vraag { $first }, je begint met 0 punten.
question-of = Vraag { $index } van { $total }
slide-of = { $index } van { $total }
look-at-screen = Kijk naar het grote scherm
get-ready = Maak je klaar…
time-left = Resterende tijd
seconds-left = { $secs ->
    [one] Nog { $secs } seconde
   *[other] Nog { $secs } seconden
}
paused = Gepauzeerd
times-up = De tijd is om!
answers =
    .aria-label = Antwoorden
answer-locked = Antwoord vastgelegd ✓ Wachten op de anderen…
answer-sending = Je antwoord wordt verstuurd…
slide-note = Geen antwoord nodig: de spelleider gaat verder.
hint-multi = Vink alle goede antwoorden aan en kies dan Versturen.
hint-type-answer = Typ je antwoord.
hint-slider = Schuif naar je antwoord en kies dan Versturen.
hint-ordering = Zet ze in de goede volgorde en kies dan Versturen.
hint-poll = Stem: er is geen fout antwoord.
hint-word-cloud = Stuur een of twee woorden: ze verschijnen op het grote scherm.
submit = Versturen
submit-order = Volgorde versturen
text-limit = Hoogstens { $max } tekens.
your-word = Jouw woord
your-answer = Jouw antwoord
type-first = Typ eerst iets.
your-order = Jouw volgorde
move-up = { $name } omhoog
move-down = { $name } omlaag
checking-answer = Je antwoord wordt gecontroleerd…
your-score = Je score: { $score } punten
result-thanks = Bedankt voor je antwoord
result-no-answer = Deze keer geen antwoord
result-correct = Goed ✓
result-partial = Gedeeltelijk goed ◐
result-incorrect = Fout ✗
result-incorrect-none = Fout ✗ – geen antwoord
result-points = { $points ->
    [one] +{ $points } punt
   *[other] +{ $points } punten
}
result-points-bonus = +{ $points } punten (incl. +{ $bonus } reeksbonus)
result-streak = Antwoordreeks: { $streak } 🔥
result-score = Score: { $score }
result-rank = { $rank }e van { $players }
result-behind = { $points ->
    [one] { $points } punt achter de volgende plaats
   *[other] { $points } punten achter de volgende plaats
}
result-tied = Gelijk met de volgende plaats
result-lead = Je staat bovenaan!
correct-order = Goede volgorde: { $order }
accepted-answers = { $count ->
    [one] Goedgekeurd antwoord: { $answers }
   *[other] Goedgekeurde antwoorden: { $answers }
}
correct-answers = { $count ->
    [one] Goed antwoord: { $answers }
   *[other] Goede antwoorden: { $answers }
}
slider-average = Gemiddelde: { $average }
you-ticked = Je vinkte aan:
your-order-was = Jouw volgorde:
you-answered = Je antwoordde:
you-voted = Je stemde:
leaderboard = Tussenstand
final-results = Eindstand
place = { $rank }e
nickname-you = { $name } (jij)
standing-me = Je bent { $rank }e van { $players } met { $score } punten.
standing-score = Je score: { $score } punten.
final = Je bent { $rank }e van { $players } geworden met { $score } punten!
game-over = Spel voorbij
thanks = Bedankt voor het spelen!
join-another = Aan een ander spel meedoen
gone-title = Dit spel is afgelopen
gone-text = Spel { $pin } loopt niet meer.
gone-refused-title = Je kunt niet terug in dit spel
gone-refused-text = Het spel nam je niet terug. Misschien heeft de spelleider je verwijderd.
kicked-title = Je bent uit het spel verwijderd
kicked-text = De spelleider heeft je uit dit spel verwijderd.
back-to-start = Terug naar het begin
lost-title = Je speelt ergens anders
lost-text = Je hebt dit spel in een ander tabblad of op een ander apparaat geopend.
play-here = Hier spelen

shape-red-triangle = Rode driehoek
shape-blue-diamond = Blauwe ruit
shape-yellow-circle = Gele cirkel
shape-green-square = Groen vierkant
shape-purple-star = Paarse ster
shape-teal-pentagon = Blauwgroene vijfhoek
shape-orange-hexagon = Oranje zeshoek
shape-pink-cross = Roze kruis

media-sound = Geluid bij { $about }
media-video = Video bij { $about }
media-picture = Afbeelding bij deze vraag
media-this-question = deze vraag

error-unknown-game = Er is geen spel met PIN { $pin }. Controleer de PIN op het scherm.
error-game-started = Spel { $pin } is al begonnen.
error-game-full = Spel { $pin } is vol.
error-lobby-locked = De spelleider heeft de lobby gesloten; niemand kan nu meedoen.
error-too-many-joins = Dit apparaat heeft al zo vaak als mag aan spel { $pin } meegedaan.
error-nickname-taken = De bijnaam { $name } is in dit spel al bezet. Kies een andere.
error-rate-limited = Te veel pogingen. Wacht even en probeer het opnieuw.
error-bad-message = De server begreep dit verzoek niet. Laad de pagina opnieuw en probeer het nog eens.
error-version = Deze pagina is ouder dan de server. Laad de pagina opnieuw.
error-forbidden = Deze sleutel of link is niet geldig voor dit spel.
error-nickname-invalid = Deze bijnaam kan niet gebruikt worden. Kies een andere.
error-not-host = Alleen de spelleider kan dat doen.
error-wrong-phase = Dat kan nu niet in het spel.
error-wrong-question = Die vraag is nu niet open.
error-too-late = De antwoorden op deze vraag zijn gesloten.
error-already-answered = Je hebt deze vraag al beantwoord.
error-invalid-answer = Dit antwoord kan niet worden aangenomen. Controleer het en probeer het opnieuw.
error-no-such-player = Die speler zit niet in dit spel.
error-too-big = Dat was te veel om in één keer te sturen.
error-storage-unavailable = De server kan nu niet opslaan. Probeer het zo opnieuw.
error-no-such-team = Dat team bestaat niet in dit spel.
too-late = Te laat – de tijd is om!

## Rounds
# machine-drafted
break-title = Pauze
break-next = Hierna: ronde { $number } van { $rounds } · { $name }
break-text = De volgende ronde begint zo.
round-title = Ronde { $number } van { $rounds } · { $name }
round-end = Einde van ronde { $number } van { $rounds }
round-points = { $points } deze ronde
round-total = { $score } in totaal
round-board =
    .aria-label = Punten deze ronde
break-paused = Gepauzeerd
break-auto = De volgende ronde begint vanzelf.
break-starting = Begint…
next-break = Hierna: pauze
next-round = Volgende ronde starten

## Teams (spelerspagina)
team-line = Je team: { $team }
team-none = nog geen
team-playing = Spelers: { $names }
team-pick =
    .aria-label = Kies je team
team-members-label = Wie speelt er op dit apparaat? Namen, gescheiden door komma's
team-members-save = Namen opslaan
team-place = Je team: { $team } — { $rank }e van { $teams }, { $score } punten
team-final = Je team, { $team }, is { $rank }e van { $teams } geworden met { $score } punten!

## Groot scherm
screen-title = quizbox – scherm
screen-pin = PIN { $pin }
joining-open = Meedoen kan
joining-closed = Meedoen is gesloten
sound-enable = Klik om het geluid aan te zetten
mute = Dempen
unmute = Geluid aan
volume = Volume
read-aloud = Voorlezen
    .title = Elke vraag voorlezen met de stem van deze computer
connecting = Verbinden…
screen-bad-key = De hostsleutel werd niet geaccepteerd.
screen-no-game = Er is geen spel met PIN { $pin }.
screen-no-pin = Dit adres heeft geen spel-PIN. Open de schermlink die de hostpagina je gaf.
screen-reconnecting-kept = Opnieuw verbinden… Het spel blijft op de server bewaard.
storage-paused = Gepauzeerd: { $problem }
storage-ok = Opslaan werkt weer; het spel gaat door.
not-connected = Geen verbinding – probeer het zo nog eens.
failed-title = Dit spel kan niet worden getoond
screen-join-title = Doe mee met het spel
join-how = Ga naar { $url }
qr-code =
    .alt = QR-code om mee te doen
players-noun = { $count ->
    [one] speler
   *[other] spelers
}
waiting-players = Wachten op spelers…
players = Spelers
    .aria-label = Spelers
lobby-controls =
    .aria-label = Bediening van de wachtruimte
lock-lobby = Wachtruimte op slot
unlock-lobby = Wachtruimte van het slot
kick-recent-label = Verwijder iedereen die meedeed in de laatste
seconds-unit = s
remove = Verwijderen
kick-pattern-label = Verwijder namen met
kick-recent-range = Vul een aantal seconden in van 1 tot { $max }.
kick-pattern-empty = Typ een deel van de namen die weg moeten.
kick = Verwijderen
kick-name = { $name } verwijderen
advance-next = Volgende over { $secs } s
advance-paused = Gepauzeerd: nog { $secs } s
answers-open-in = Antwoorden open over
answered-of = { $answered } van { $players } hebben geantwoord
players-playing = { $count ->
    [one] { $count } speler speelt mee
   *[other] { $count } spelers spelen mee
}
screen-hint-multi = Vink alle juiste antwoorden aan.
screen-hint-true-false = Waar of niet waar?
screen-hint-type-answer = Typ je antwoord op je telefoon.
screen-hint-slider = Kies op je telefoon een getal van { $min } tot { $max }.
screen-hint-slider-any = Kies een getal op je telefoon.
screen-hint-ordering = Zet deze op je telefoon in de juiste volgorde.
screen-hint-poll = Stem op je telefoon: er is geen fout antwoord.
screen-hint-word-cloud = Stuur een of twee woorden vanaf je telefoon.
media-ref = Media: { $media }
answers-chosen =
    .aria-label = Gekozen antwoorden
correct-tag = ✓ Goed
sr-incorrect = (fout)
sr-accepted = (goedgekeurd)
players-chose = { $count ->
    [one] speler koos dit
   *[other] spelers kozen dit
}
sr-times = { $count ->
    [one] ({ $count } keer)
   *[other] ({ $count } keer)
}
hide = Verbergen
hide-name = { $name } verbergen
no-answers = Geen antwoorden.
answers-given = Gegeven antwoorden
no-words = Nog geen woorden.
word-cloud = Woordwolk
in-right-place = { $count } op de goede plek
correct-order-label = Juiste volgorde
correct-answer-is = Juiste antwoord: { $answer }
correct-answer-within = Juiste antwoord: { $answer } (± { $tolerance })
most-given = Meest gegeven
players-answered = { $count ->
    [one] { $count } speler heeft geantwoord
   *[other] { $count } spelers hebben geantwoord
}
after-question = Na vraag { $index } van { $total }
rank-same = geen verandering
rank-up = { $count ->
    [one] { $count } plaats omhoog
   *[other] { $count } plaatsen omhoog
}
rank-down = { $count ->
    [one] { $count } plaats omlaag
   *[other] { $count } plaatsen omlaag
}
no-players-yet = Nog geen spelers.
teams = Teams
team-leaderboard =
    .aria-label = Teamklassement
players-count = { $count ->
    [one] { $count } speler
   *[other] { $count } spelers
}
points = { $score } punten
podium = Podium
team-podium = Teampodium
top-three = De eerste drie
top-three-teams = De eerste drie teams
top-players = Beste spelers
fourth-fifth =
    .aria-label = Vierde en vijfde plaats
nobody-played = Deze keer speelde niemand.
screen-game-over = Het spel is voorbij.
host-again = Nog een spel leiden
host-controls =
    .aria-label = Bediening voor de host
start = Starten
show-answers = Antwoorden tonen
close-answers = Antwoorden sluiten
skip = Overslaan
pause = Pauzeren
continue = Doorgaan
extend = +10 s
    .title = Geef spelers 10 seconden extra
lock-joining = Meedoen sluiten
unlock-joining = Meedoen openen
next-question = Volgende vraag
next-podium = Volgende: podium
next-leaderboard = Volgende: klassement
finish = Afronden
hint-next = Spatie of Enter: volgende
hint-finish = Afronden: sluit het spel op alle schermen en telefoons. De uitslag is al opgeslagen.
end-game-ask = Spel beëindigen…
end-title = Het spel nu beëindigen?
end-text-lobby = Er heeft nog niemand gespeeld. Het spel sluit zonder te beginnen en niemand kan nog meedoen.
end-text-playing = De antwoorden tot nu toe tellen mee en het podium wordt nu getoond. De overige vragen worden niet gespeeld.
cancel = Annuleren
end-game = Spel beëindigen
