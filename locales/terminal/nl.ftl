# quizbox: het hostdashboard in de terminal (`quizbox host`), in het Nederlands.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = nooit
ago-just-now = zojuist
ago-minutes = { $count } min geleden
ago-hours = { $count } u geleden
ago-yesterday = gisteren
ago-days = { $count ->
    [one] { $count } dag geleden
   *[other] { $count } dagen geleden
}

picker-title = Kies een quiz
picker-filter = Filter:
picker-loading = quizzen laden…
picker-load-failed = Kon de quizzen niet laden: { $error }
picker-retry = Druk op Ctrl-R om het opnieuw te proberen.
picker-empty = Nog geen quizzen. Importeer er een met: quizbox import FILE
picker-no-match = Geen quiz past bij "{ $filter }" (Esc wist het filter).
picker-column-quiz = Quiz
picker-column-questions = Vragen
picker-column-played = Laatst gespeeld
picker-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzen
}
picker-count-matching = { $shown } van { $count } quizzen passen

options-title = Nieuw spel:
options-questions = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
options-creating = spel aanmaken…
options-create-failed = Kon het spel niet aanmaken: { $error }
options-press-enter = Druk op Enter om het spel aan te maken en de lobby te openen.
option-on = aan
option-off = uit
option-intro = Seconden voor de antwoorden opengaan
option-intro-help = Elke vraag staat zo lang in beeld voordat spelers kunnen antwoorden.
option-streak = Reeksbonus
option-streak-help = +100 per goed antwoord op rij, tot +500.
option-shuffle-questions = Vragen schudden
option-shuffle-questions-help = De vragen komen in willekeurige volgorde.
option-shuffle-answers = Antwoorden schudden
option-shuffle-answers-help = De keuzes van elke vraag verschijnen in willekeurige volgorde.
option-screen-only = Vragen alleen op het grote scherm
option-screen-only-help = Telefoons tonen alleen gekleurde vormen; lees de vraag op het grote scherm.
option-screen-language = Taal van het grote scherm
option-screen-language-help = De taal van het grote scherm (/screen/PIN); standaard die van de browser bij de beamer.
option-screen-language-browser = die van de browser
option-generated-nicknames = Gegenereerde bijnamen
option-generated-nicknames-help = Spelers krijgen een leuke naam zoals "Dappere Otter" in plaats van er zelf een te typen.
option-late-join = Later meedoen
option-late-join-help = Spelers kunnen na de start meedoen; ze spelen vanaf de volgende vraag met 0 punten.
option-auto-advance = Automatisch verder na (seconden)
option-auto-advance-help = Antwoorden en ranglijst staan zo lang in beeld, daarna gaat het spel vanzelf verder.
option-teams = Teams
option-teams-help = Een team scoort het gemiddelde van zijn leden; geloot, op de telefoon gekozen of één per gedeeld apparaat.
option-team-names = Teamnamen (komma's ertussen)
option-team-names-help = 2 tot 20 verschillende namen, elk hoogstens 30 tekens.
teams-off = uit
teams-auto = geloot
teams-pick = spelers kiezen
teams-device = één per gedeeld apparaat

lobby-scan = scan om mee te doen
lobby-join-at = Doe mee via
lobby-enlarge-for-qr = (vergroot het venster voor een QR-code)
lobby-pin = Spel-PIN
lobby-not-connected = (niet verbonden)
lobby-locked = Meedoen: VERGRENDELD (l ontgrendelt)
lobby-open = Meedoen: open
lobby-players = Spelers ({ $count })
lobby-waiting = Wachten op spelers…
lobby-more = +{ $count } meer
special-shuffled-questions = geschudde vragen
special-shuffled-answers = geschudde antwoorden
special-screen-only = vragen alleen op het grote scherm
special-generated-nicknames = gegenereerde bijnamen
special-no-streak-bonus = geen reeksbonus
special-no-late-join = niet later meedoen
special-auto-advance = automatisch verder
special-screen-language = groot scherm in het { $language }

notice-not-connected = niet verbonden met de server: wacht tot de verbinding terug is en probeer het opnieuw
notice-removed = { $count ->
    [one] { $count } speler verwijderd
   *[other] { $count } spelers verwijderd
}
notice-storage = OPSLAG: { $problem }
notice-storage-back = opslaan werkt weer; het spel gaat door
notice-server = server: { $message }
notice-nobody-to-remove = nog niemand om te verwijderen
notice-nothing-to-hide = niets te verbergen bij deze vraag

question-heading = Vraag { $index } van { $total }
question-opens-in = Antwoorden over { $seconds } s  ·  daarna { $limit } s om te antwoorden
question-paused = GEPAUZEERD
question-seconds-left = nog { $seconds } s
question-seconds-paused = { $seconds } s gepauzeerd
question-answered = Geantwoord
question-no-points = geen punten
question-points = { $count ->
    [one] { $count } punt
   *[other] { $count } punten
}
kind-single = één antwoord
kind-multi = meerdere antwoorden
kind-true-false = waar of niet waar
kind-type-answer = getypt antwoord
kind-slider = schuifregelaar
kind-ordering = op volgorde
kind-poll = peiling
kind-word-cloud = woordwolk
kind-slide = dia
form-type-answer = Spelers typen hun antwoord (tot { $count } tekens).
form-word-cloud = Spelers typen een woord of korte zin (tot { $count } tekens).
form-slider = Spelers kiezen een getal van { $min } tot { $max }{ $unit }, in stappen van { $step }.
form-ordering = Spelers zetten dit op volgorde:
form-multi = Spelers kruisen elk antwoord aan dat ze goed vinden.
form-poll = Een peiling: geen antwoord is goed of fout.
slide-hint = n: verder  ·  geen antwoorden bij een dia

reveal-answers = antwoorden
reveal-correct = goed
reveal-accepted = Geaccepteerd:
reveal-answered = { $count } geantwoord
reveal-correct-order = Juiste volgorde:
reveal-placed = { $count } zetten het hier
reveal-no-answers = Geen antwoorden om te tonen.
reveal-more = nog { $count }
reveal-more-values = nog { $count } waarden
reveal-slider-correct = Goed: { $value }
reveal-slider-range = Bereik { $min } tot { $max }{ $unit }, stap { $step }
reveal-average = Gemiddelde: { $value }
reveal-average-none = Gemiddelde: geen antwoorden

rank = { $rank }e
board-heading = Ranglijst na vraag { $index } van { $total }
board-nobody = Niemand speelt.
board-teams = Teams
board-members = { $count ->
    [one] { $count } speler
   *[other] { $count } spelers
}
podium-title = Podium
podium-winner = Winnaar:
podium-points = { $count ->
    [one] { $count } punt
   *[other] { $count } punten
}
podium-nobody = Niemand heeft gespeeld.
lost-title = Dit spel bestaat niet meer op de server.
lost-server-said = De server zei: { $message }.
lost-why = Het is misschien afgelopen, of de server is zonder het spel herstart.
lost-what-now = Druk op Enter om een quiz te kiezen en een nieuw spel te starten, of op q om te stoppen.

round-end = Einde van ronde { $round } van { $rounds }: { $name }
round-after-question = na vraag { $index } van { $total }
round-this-round = deze ronde
round-in-all = { $score } in totaal
break-title = Pauze
break-paused = Pauze GESTOPT (p gaat verder)
break-auto = de volgende ronde begint vanzelf
break-over = Pauze voorbij: n start de volgende ronde
break-running = n start nu de volgende ronde, p pauzeert
break-next = Volgende: ronde { $round } van { $rounds }: { $name }

summary-title = Spel voorbij: { $title }
summary-accuracy = Score per vraag
summary-accuracy-legend = Score per vraag (⚠ moeilijk: minder dan 50 % goed)
summary-report-failed = Het rapport kon niet worden gelezen:
summary-retry = Druk op r om het opnieuw te proberen.
summary-loading = Rapport laden…
summary-top-players = Beste spelers
summary-right = { $correct }/{ $answered } goed
summary-percent = { $value } %
summary-not-scored = zonder score
summary-more = nog { $count } op de rapportpagina
summary-most-missed = Vaakst fout:
summary-question = vraag { $index }
summary-right-of = { $correct } van { $answered } goed
summary-none-missed = geen gescoorde antwoorden.
summary-participation = Deelname { $participation } van de mogelijke antwoorden · { $completion } van de spelers beantwoordde elke vraag
summary-report-link = Rapport (grafieken, elk antwoord, CSV en xlsx):
summary-results-link = Volledige uitslag (elke speler en elk antwoord, JSON):

header-pin = PIN { $pin }
header-joining-open = meedoen open
header-joining-locked = meedoen VERGRENDELD (l)
header-joining-closed = meedoen gesloten
header-moving-on = verder over { $seconds } s
header-advance-paused = automatisch verder GEPAUZEERD, nog { $seconds } s
link-connecting = verbinden…
link-connected = verbonden
link-reconnecting = opnieuw verbinden… poging { $attempt }, volgende over { $seconds } s
link-lost = Verbinding met de server verbroken ({ $reason }). Opnieuw verbinden… (poging { $attempt }, volgende over { $seconds } s)
link-lost-game-goes-on = Het spel loopt door op de server; opdrachten wachten tot de verbinding terug is.
confirm-title = bevestigen
confirm-yes = ja
confirm-no = nee
confirm-quit = Dashboard afsluiten?
confirm-quit-embedded = De server draait in dit dashboard: afsluiten stopt hem en beëindigt het spel.
confirm-quit-remote = Het spel loopt door op de server, zonder host.
confirm-end = Het spel nu beëindigen?
confirm-end-consequence = De antwoorden tot nu toe tellen en het podium verschijnt.
confirm-kick = { $nickname } uit het spel verwijderen?
confirm-kick-consequence = De verbinding wordt verbroken en terugkomen met dezelfde sessie kan niet.
confirm-kick-recent = Iedereen verwijderen die de laatste { $seconds } s is binnengekomen?
confirm-kick-recent-consequence = Bij een stortvloed: vergrendel eerst de lobby (l) zodat ze niet terugkomen.
kick-matching-title = verwijderen op naam
kick-matching-prompt = Iedereen verwijderen wiens naam dit bevat:
kick-matching-how = Vergeleken zonder hoofdletters en gelijkende letters.
kick-matching-remove = verwijderen
kick-matching-cancel = annuleren
help-title = toetsen
help-close = elke toets sluit deze hulp

hint-filter = filteren
hint-choose = kiezen
hint-select = openen
hint-help = hulp
hint-quit = stoppen
hint-team-names-commas-between = teamnamen, komma's ertussen
hint-option = optie
hint-create-game = spel maken
hint-back = terug
hint-change = wijzigen
hint-load-report-again = rapport opnieuw laden
hint-new-game = nieuw spel
hint-start = starten
hint-kick = verwijderen
hint-kick-recent = nieuwkomers weg
hint-open-answers = antwoorden openen
hint-skip = overslaan
hint-end-game = beëindigen
hint-close = sluiten
hint-10-s-more = 10 s extra
hint-end = beëindigen
hint-move-now = nu verder
hint-leaderboard = ranglijst
hint-choose-entry = item kiezen
hint-hide-entry = item verbergen
hint-next = verder
hint-podium = podium
hint-next-question = volgende vraag
hint-finish-game = spel afronden
hint-unlock = ontgrendelen
hint-lock = vergrendelen
hint-continue = hervatten
hint-pause = pauze
help-filter-quizzes-title-description = quizzen filteren op titel of beschrijving
help-remove-last-filter-letter = laatste letter van het filter wissen
help-clear-filter = het filter wissen
help-choose-quiz = een quiz kiezen
help-game-options-chosen-quiz = spelopties voor de gekozen quiz
help-reload-quiz-list = de quizlijst opnieuw laden
help-choose-option = een optie kiezen
help-fewer-more-seconds-before = minder / meer seconden voor de antwoorden
help-turn-chosen-option-off = gekozen optie aan / uit
help-teams-off-drawn-random = teams: uit, geloot, spelers kiezen, per gedeeld apparaat
help-team-names-separated-commas = de teamnamen, met komma's ertussen
help-create-game-open-lobby = het spel maken en de lobby openen
help-back-quiz-list = terug naar de quizlijst
help-start-move-open-close = starten / verder (openen, sluiten, volgende)
help-choose-player-lobby = een speler in de lobby kiezen
help-remove-chosen-player = de gekozen speler verwijderen
help-lobby-remove-everyone-joined = in de lobby: iedereen verwijderen die in de laatste minuut kwam
help-lobby-remove-everyone-whose = in de lobby: iedereen verwijderen wiens naam bevat wat je typt
help-lock-joining-nobody-can = meedoen vergrendelen (niemand kan erbij) of ontgrendelen
help-pause-continue-countdown-autoadvance = aftellen of automatisch verder pauzeren of hervatten
help-give-10-more-seconds = 10 seconden extra geven
help-skip-question-reveal-now = de vraag overslaan (nu onthullen)
help-end-game-early-podium = het spel eerder beëindigen (podium)
help-word-cloud-choose-entry = bij een woordwolk: een item kiezen en verbergen
help-choose-quiz-start-new = een quiz kiezen en een nieuw spel starten
help-load-games-report-again = het rapport van het spel opnieuw laden
help-quit = stoppen
help-this-help = deze hulp
help-quit-asks-first-during = stoppen (vraagt eerst tijdens een spel)
key-type = typen
key-letters = letters
help-screen-language = taal van het grote scherm: die van de browser of een van de 13

reason-no-answer = de server antwoordde niet
reason-no-welcome = de server liet ons niet toe
reason-silent = de server antwoordt niet meer
reason-unknown-game = er is geen spel met deze PIN
reason-replaced = een andere verbinding heeft dit spel overgenomen
reason-restarting = de server start opnieuw
reason-closed-why = gesloten door de server ({ $code }: { $reason })
reason-closed = gesloten door de server ({ $code })
reason-lost = verbinding verbroken

## The break between rounds in the game options

option-break = Pauze tussen rondes (seconden)
option-break-help = Bij een quiz in rondes: na het overzicht van een ronde een pauze met aftellen van deze lengte vóór de volgende ronde; uit: geen pauze.

## Question media
# machine-drafted
question-media-picture = afbeelding: { $name }
question-media-sound = geluid: { $name }
question-media-video = video: { $name }
