# quizbox: the host's pages (dashboard, studio, reports, account); language nl.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = Een spel leiden – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Pagina's
studio-nav-library = Quizbibliotheek
studio-nav-host = Een spel leiden
studio-sign-out = Afmelden
studio-login-username = Gebruikersnaam
studio-login-password = Wachtwoord
studio-login-submit = Aanmelden
studio-confirm-keep = Bewaren
studio-delete = Verwijderen
studio-unexpected-reply = De server stuurde een onverwacht antwoord.
studio-kind-single = Eén keuze
studio-kind-multi = Meerkeuze
studio-kind-true-false = Waar of niet waar
studio-kind-type-answer = Antwoord typen
studio-kind-slider = Schuifbalk
studio-kind-ordering = Volgorde
studio-kind-poll = Peiling
studio-kind-word-cloud = Woordwolk
studio-kind-slide = Dia

reports-page-title = Rapporten – quizbox
reports-title = Rapporten
reports-login-legend = Meld je aan om de rapporten van je spellen te zien
reports-search = Zoeken op quiz
reports-search-placeholder = Quiztitel of id
reports-table-caption = Afgelopen spellen, nieuwste eerst
reports-col-quiz = Quiz
reports-col-played = Gespeeld
reports-col-players = Spelers
reports-col-status = Status
reports-col-actions = Acties
reports-confirm-text = De resultaten en alle antwoorden worden definitief verwijderd.
reports-load-failed = Kon de spellen niet laden: { $error }
reports-status-finished = afgelopen, { $duration }
reports-host = geleid door { $name }
reports-open = Openen
reports-open-label = Het rapport van { $title } op { $date } openen
reports-delete-label = Het spel van { $title } op { $date } verwijderen
reports-none = Nog geen afgelopen spellen: leid er een, dan verschijnt het rapport hier.
reports-count = { $count ->
    [one] { $count } spel
   *[other] { $count } spellen
}
reports-count-match = { $count ->
    [one] { $shown } van { $count } spel komen overeen
   *[other] { $shown } van { $count } spellen komen overeen
}
reports-confirm-title = Het spel van ‘{ $title }’ op { $date } verwijderen?
reports-delete-failed = Kon het spel van ‘{ $title }’ niet verwijderen: { $error }
reports-deleted = Spel van ‘{ $title }’ verwijderd.

report-page-title = Spelrapport – quizbox
report-nav-all = Alle rapporten
report-title = Spelrapport
report-login-legend = Meld je aan om dit rapport te zien
report-summary = Samenvatting
report-downloads = Dit rapport downloaden
report-download-csv = CSV downloaden
report-download-json = JSON downloaden
report-download-xlsx = Spreadsheet downloaden (xlsx)
report-print = Afdrukken
report-questions = Vragen
report-legend = De balken tellen de spelers die elk antwoord gaven; { $right }. Een vraag is { $difficult } als minder dan de helft van de antwoorden goed was.
report-legend-right = ✓ markeert een goed antwoord
report-legend-difficult = moeilijk
report-questions-caption = Elke vraag: antwoorden, score en tijden
report-col-question = Vraag en antwoorden
report-col-accuracy = Score
report-col-average = Gemiddelde tijd
report-col-median = Mediane tijd
report-col-difficult = Moeilijk
report-across-heading = Over alle spellen van deze quiz
report-across-intro = De vaakst gemiste vragen, laagste score eerst:
report-teams = Teams
report-teams-note = De score van een team is het gemiddelde van de scores van zijn spelers.
report-teams-caption = Elk team, op plaats
report-col-rank = Plaats
report-col-team = Team
report-col-score = Score
report-players-caption = Elke speler, op plaats, met zijn antwoorden
report-col-player = Speler
report-col-correct = Goed
report-col-streak = Beste reeks
report-unknown = onbekend
report-ended-in-lobby = beëindigd in de lobby
report-duration-hours = { $h } u { $m } min
report-duration-minutes = { $m } min { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct }%
report-not-found = Er is geen rapport van dit spel: het is verwijderd, of het is van een andere spelleider.
report-load-failed = Kon het rapport niet laden: { $error }
report-heading = Rapport: { $title }
report-doc-title = { $title } – rapport – quizbox
report-fact-duration = Duur
report-fact-pin = PIN
report-fact-participation = Deelname
report-fact-completion = Voltooiing
report-participation = { $percent } van de mogelijke antwoorden gegeven
report-completion = { $percent } van de spelers beantwoordde elke vraag
report-across-games = { $count ->
    [one] { $count } spel van deze quiz gespeeld.
   *[other] { $count } spellen van deze quiz gespeeld.
}
report-across-item = { $games ->
    [one] { $percent } goed ({ $correct } van { $answered } antwoorden in { $games } spel)
   *[other] { $percent } goed ({ $correct } van { $answered } antwoorden in { $games } spellen)
}
report-answered = { $count } beantwoord
report-right-count = { $count } goed
report-right-answers = Goed: { $answers }
report-not-scored = zonder score
report-flag-difficult = ⚠ moeilijk
report-flag-no = nee
report-result-right = ✓ goed
report-result-wrong = ✗ fout
report-no-answer = geen antwoord
report-answers-of = Antwoorden van { $name }
report-answers-question = Vraag
report-answers-answer = Antwoord
report-answers-result = Resultaat
report-answers-points = Punten
report-answers-time = Tijd
report-correct-of = { $correct } van { $answered }
report-download-failed = Kon het rapport niet downloaden: { $error }
report-downloaded = { $size ->
    [one] { $name } gedownload ({ $size } byte).
   *[other] { $name } gedownload ({ $size } bytes).
}
report-chart-none = Vraag { $number }: geen antwoorden.
report-chart-summary = Antwoorden op vraag { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (goed antwoord)
report-chart-count-right = { $count } (goed)
report-chart-more = { $count ->
    [one] en nog { $count } antwoord, { $times } keer gegeven
   *[other] en nog { $count } antwoorden, { $times } keer gegeven
}
report-chart-no-answers = Geen antwoorden

studio-page-title = Quizbibliotheek – quizbox
studio-login-legend = Meld je aan om quizzen te schrijven
studio-new-quiz = Nieuwe quiz
studio-search = Zoeken
studio-search-placeholder = Titel, beschrijving of id
studio-sort = Sorteren op
studio-sort-title = Titel
studio-sort-updated = Laatst gewijzigd
studio-sort-played = Laatst gespeeld
studio-import = Importeren
studio-import-text = Sleep quizbestanden hierheen (TOML, JSON, CSV, Kahoot!-spreadsheets, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot of een bundel: quiz en media in een .zip) of kies ze.
studio-import-choose = Bestanden kiezen om te importeren…
studio-import-files = Quizbestanden om te importeren
studio-quizzes = Quizzen
studio-confirm-text = Je kunt dit een paar seconden ongedaan maken.
studio-undo = Ongedaan maken
studio-format-xlsx = Kahoot!-spreadsheet
studio-format-bundle = Bundel: quiz en media (zip)
studio-load-failed = Kon de quizzen niet laden: { $error }
studio-never = nooit
studio-questions = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
studio-changed = gewijzigd { $when }
studio-last-played = laatst gespeeld { $when }
studio-owner = eigenaar { $name }
studio-sample = voorbeeld
studio-export-format = Exportformaat voor { $name }
studio-export = Exporteren
studio-export-label = { $name } exporteren
studio-host = Leiden
studio-host-label = { $name } leiden
studio-edit = Bewerken
studio-edit-label = { $name } bewerken
studio-duplicate = Dupliceren
studio-duplicate-label = { $name } dupliceren
studio-delete-label = { $name } verwijderen
studio-none = Nog geen quizzen: schrijf er een met ‘Nieuwe quiz’, of importeer een bestand.
studio-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzen
}
studio-count-match = { $count ->
    [one] { $shown } van { $count } quiz komen overeen
   *[other] { $shown } van { $count } quizzen komen overeen
}
studio-host-failed = Kon het spel niet starten: { $error }
studio-duplicate-failed = Kon ‘{ $title }’ niet dupliceren: { $error }
studio-duplicated = ‘{ $title }’ gedupliceerd.
studio-duplicated-as = ‘{ $title }’ gedupliceerd als ‘{ $copy }’.
studio-export-failed = Kon ‘{ $title }’ niet exporteren: { $error }
studio-exported = ‘{ $title }’ geëxporteerd.
studio-exported-lossy = { $count ->
    [one] ‘{ $title }’ geëxporteerd; { $count } onderdeel dat dit formaat niet kan bevatten is weggelaten (quizbox export somt het op).
   *[other] ‘{ $title }’ geëxporteerd; { $count } onderdelen die dit formaat niet kan bevatten zijn weggelaten (quizbox export somt ze op).
}
studio-confirm-title = ‘{ $title }’ verwijderen?
studio-delete-failed = Kon ‘{ $title }’ niet verwijderen: { $error }
studio-deleted = ‘{ $title }’ verwijderd.
studio-undo-label = Verwijderen van { $title } ongedaan maken
studio-deleted-undo = ‘{ $title }’ verwijderd. Je kunt dit { $secs } seconden ongedaan maken.
studio-undo-failed = Kon ‘{ $title }’ niet terugzetten: { $error }
studio-back = ‘{ $title }’ is terug.
studio-import-line = regel { $where }:
studio-import-refused = { $name }: niet geïmporteerd.
studio-import-quiz = { $count ->
    [one] ‘{ $title }’ ({ $count } vraag, { $status })
   *[other] ‘{ $title }’ ({ $count } vragen, { $status })
}
studio-import-created = aangemaakt
studio-import-updated = bijgewerkt
studio-import-checked = gecontroleerd
studio-imported = { $name }: geïmporteerd { $titles }
studio-import-nothing = { $name }: niet geïmporteerd, er is niets geschreven.
studio-import-error = fout: { $text }
studio-import-warning = waarschuwing: { $text }
studio-importing = { $count ->
    [one] { $count } bestand importeren…
   *[other] { $count } bestanden importeren…
}
studio-import-server-refused = de server weigerde het
studio-imported-count = { $count ->
    [one] { $imported } van { $count } bestand geïmporteerd.
   *[other] { $imported } van { $count } bestanden geïmporteerd.
}

studio-edit-page-title = Quiz bewerken – quizbox
studio-save = Opslaan
studio-conflict-text = { $saved } Alles wat je typte staat er nog. Houd hun versie of de jouwe:
studio-conflict = Iemand anders heeft deze quiz opgeslagen nadat jij hem opende.
studio-reload-theirs = Die van hen laden (mijn wijzigingen weggooien)
studio-overwrite = Overschrijven met de mijne
studio-problems = Deze quiz kan nog niet worden opgeslagen
studio-description = Beschrijving
studio-reorder-help = Sleep een vraag om hem te verplaatsen, of geef hem focus en druk op Alt+↑ of Alt+↓.
studio-new-kind = Soort van de nieuwe vraag
studio-add-question = Vraag toevoegen
studio-preview = Voorbeeld
studio-preview-as = Voorbeeld op
studio-preview-phone = Telefoon
studio-preview-screen = Groot scherm
studio-open-failed = Kon de quiz niet openen: { $error }
studio-edit-quiz = Quiz bewerken
studio-edit-heading = ‘{ $title }’ bewerken
studio-edit-doc-title = { $title } – quizbox
studio-id = Id: { $id }
studio-id-note = De id wordt bij de eerste keer opslaan uit de titel gemaakt.
studio-no-questions = Geen vragen
studio-add-first = Voeg een vraag toe om te beginnen.
studio-problem-at = Vraag { $number }
studio-problem-at-field = Vraag { $number } ({ $field })
studio-unsaved = Niet-opgeslagen wijzigingen.
studio-moved = Verplaatst naar plaats { $position } van { $total }.
studio-question-duplicated = Vraag { $number } gedupliceerd als vraag { $copy }.
studio-question-removed = Vraag { $number } ({ $summary }) verwijderd.
studio-saving = Opslaan…
studio-not-saved-failure = Niet opgeslagen. { $error }
studio-not-saved-conflict = Niet opgeslagen: iemand anders heeft deze quiz opgeslagen nadat jij hem opende. Je wijzigingen blijven bewaard.
studio-not-saved-problems = { $count ->
    [one] Niet opgeslagen: één ding te verbeteren.
   *[other] Niet opgeslagen: { $count } dingen te verbeteren.
}
studio-server-answered = de server antwoordde { $status }
studio-not-saved = Niet opgeslagen: { $error }
studio-saved-at = Opgeslagen om { $time }.
studio-theirs-loaded = Hun versie is geladen; je wijzigingen zijn weggegooid.
studio-starting = Spel starten…
studio-no-text = (nog geen tekst)
studio-pick-label = Vraag { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } ({ $count } te verbeteren)
studio-check-empty = Mag niet leeg zijn.
studio-check-too-long = Langer dan { $max } tekens ({ $count }).
studio-check-no-questions = Een quiz heeft minstens één vraag nodig.
studio-check-too-many-questions = Een quiz bevat hoogstens { $max } vragen ({ $count }).
studio-check-whole-seconds = Moet een heel aantal seconden zijn.
studio-check-time-limit = Moet { $min } tot { $max } seconden zijn.
studio-check-whole-points = Moet een heel aantal punten zijn.
studio-check-correct-one = Markeer een van de antwoorden als juist.
studio-check-correct-none = Markeer minstens één antwoord als juist.
studio-check-accepted-none = Er is minstens één geaccepteerd antwoord nodig.
studio-check-accepted-many = Hoogstens { $max } geaccepteerde antwoorden ({ $count }).
studio-check-whole-characters = Moet een heel aantal tekens zijn.
studio-check-word-cloud = Moet 1 tot { $max } tekens zijn.
studio-check-number = Moet een getal zijn.
studio-check-slider-max = Moet boven de laagste waarde liggen ({ $min }).
studio-check-slider-step = Moet boven 0 liggen.
studio-check-slider-positions = Geeft meer dan 10.000 posities; kies een grotere stap.
studio-check-slider-correct = Moet tussen { $min } en { $max } liggen.
studio-check-slider-tolerance = Mag niet negatief zijn.
studio-check-answer-count = Er zijn { $min } tot { $max } antwoorden nodig ({ $count }).
studio-check-item-count = Er zijn { $min } tot { $max } items nodig ({ $count }).
studio-check-twice = Hetzelfde als nummer { $number }.
studio-check-count = { $count ->
    [one] Eén probleem op te lossen.
   *[other] { $count } problemen op te lossen.
}
studio-move-up = Vraag { $number } omhoog
studio-move-down = Vraag { $number } omlaag
studio-slide-n = Dia { $number }
studio-question-n = Vraag { $number }
studio-duplicate-question = Vraag { $number } dupliceren
studio-remove = Verwijderen
studio-remove-question = Vraag { $number } verwijderen
studio-kind = Soort
studio-time-limit = Tijdslimiet (seconden)
studio-time-limit-note = Van 5 tot 240 seconden.
studio-points-note = 1000 is standaard, 2000 dubbel, 0 laat de vraag zonder score.
studio-explanation = Uitleg (getoond bij het antwoord)
studio-true = Waar
studio-false = Niet waar
studio-correct-answer = Goed antwoord
studio-max-length = Langste invoer (tekens)
studio-max-length-note = Van 1 tot 100.
studio-slide-body = Tekst onder de titel
studio-answer-n = Antwoord { $number }
studio-answer-correct = Antwoord { $number } is goed
studio-remove-answer = Antwoord { $number } verwijderen
studio-add-answer = Antwoord toevoegen
studio-answers = Antwoorden
studio-answers-single = Antwoorden (kies het goede)
studio-answers-multi = Antwoorden (vink elk goed antwoord aan)
studio-accepted-n = Geaccepteerd antwoord { $number }
studio-remove-accepted = Geaccepteerd antwoord { $number } verwijderen
studio-add-accepted = Geaccepteerd antwoord toevoegen
studio-accepted = Geaccepteerde antwoorden (hoofdletters, accenten en spaties tellen niet)
studio-typos = Kleine tikfouten accepteren
studio-slider-min = Laagste waarde
studio-slider-max = Hoogste waarde
studio-slider-step = Stap
studio-slider-correct = Goede waarde
studio-slider-tolerance = Marge (±)
studio-slider-tolerance-note = Antwoorden die zo dichtbij zitten, tellen als goed.
studio-slider-unit = Eenheid (optioneel)
studio-item-n = Onderdeel { $number }
studio-item-up = Onderdeel { $number } omhoog
studio-item-down = Onderdeel { $number } omlaag
studio-remove-item = Onderdeel { $number } verwijderen
studio-add-item = Onderdeel toevoegen
studio-items = Onderdelen in de goede volgorde (spelers zien ze door elkaar)
studio-media-file = Mediabestand om te uploaden
studio-upload = Afbeelding, geluid of video uploaden…
studio-uploading = { $name } uploaden…
studio-uploaded = { $name } geüpload.
studio-upload-failed = Kon { $name } niet uploaden.
studio-remove-media = Media verwijderen
studio-media = Media
studio-media-address = Adres van afbeelding, geluid of video
studio-media-note = Upload een bestand, of geef een /media/-adres op.
studio-preview-question = Jouw vraag
studio-preview-slide = Dia { $index } van { $total }
host-nav-label = Pagina's
host-nav-library = Quizbibliotheek
host-nav-reports = Rapporten
host-heading = Een spel leiden
host-login-legend = Log in om te leiden
host-choose-quiz = Kies een quiz
host-filter = Quizzen filteren
host-filter-placeholder = Typ om te filteren op titel of beschrijving
host-loading = Quizzen laden…
host-quiz-list-label = Quizzen
host-load-failed = Kon de quizzen niet laden: { $error }
host-no-quizzes = Nog geen quizzen. Schrijf of importeer er een in de quizbibliotheek (/studio), of met: quizbox import BESTAND
host-question-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
host-quiz-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzen
}
host-quizzes-match = { $total ->
    [one] { $shown } van { $total } quiz komt overeen
   *[other] { $shown } van { $total } quizzen komen overeen
}
host-options = Spelopties
host-options-note = Optioneel: de standaardwaarden passen bij de meeste spellen.
host-intro-secs = Seconden voordat de antwoorden openen
host-streak-bonus = Reeksbonus
host-shuffle-questions = Vragen schudden
host-shuffle-answers = Antwoorden schudden
host-on-screen-only = Vragen alleen op het grote scherm
host-on-screen-note = Telefoons tonen dan gekleurde vormen in plaats van de vraag en antwoorden.
host-generated-nicknames = Gegenereerde bijnamen
host-nicknames-note = Elke speler krijgt een naam als „Dappere Otter” in plaats van wat hij typt.
host-late-join = Later meedoen
host-late-join-note = Spelers mogen na de start meedoen; ze spelen vanaf de volgende vraag met 0 punten.
host-auto-advance = Automatisch verder na (seconden, 0: uit)
host-auto-advance-note = Antwoorden en ranglijst blijven zo lang staan, daarna gaat het spel vanzelf verder.
host-break = Pauze tussen rondes (seconden, 0: geen)
host-break-note = Voor een quiz in rondes: het rondeoverzicht, dan een pauze met aftellen voor de volgende ronde.
host-teams = Teams
host-team-off = Uit: iedereen speelt alleen
host-team-auto = Willekeurig geloot, evenwichtig
host-team-pick = Spelers kiezen een team
host-team-device = Eén team per gedeeld apparaat
host-team-note = Een team scoort het gemiddelde van de punten van zijn leden; het grote scherm toont een teamranglijst en -podium.
host-team-names = Teamnamen, één per regel (2 tot 20)
host-team-red = Rood
host-team-blue = Blauw
host-screen-language = Taal van het grote scherm
host-screen-language-own = Die van de projecterende browser
host-screen-language-note = De knoppen en berichten van het presentatiescherm, wat de instelling van de projecterende computer ook is. De tekst van de quiz wordt niet vertaald.
host-start-note = Kies hierboven een quiz om te beginnen.
host-start = Spel starten
host-start-quiz = „{ $title }” starten
host-start-note-pin = Spelers doen mee met de pincode die het grote scherm hierna toont.
host-starting = Starten…
host-choose-first = Kies eerst een quiz.
host-invalid-intro = De seconden voordat de antwoorden openen moeten een geheel getal van 0 tot { $max } zijn.
host-invalid-auto-advance = Automatisch verder moet een geheel aantal seconden van 0 (uit) tot { $max } zijn.
host-invalid-break = De pauze tussen rondes moet een geheel aantal seconden van 0 (geen) tot { $max } zijn.
host-invalid-teams = Geef { $min } tot { $max } verschillende teamnamen, één per regel, elk hoogstens { $chars } tekens.
host-start-failed = Kon het spel niet starten: { $error }
host-unexpected-reply = De server stuurde een onverwacht antwoord.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Gebruikersnaam
signin-password = Wachtwoord
signin-submit = Inloggen
signin-sign-out = Uitloggen
signin-signed-in-as = Ingelogd als { $name }
signin-session-ended = Je sessie is verlopen. Log opnieuw in.
signin-unreachable = Kan de quizbox-server niet bereiken. Draait hij?
signin-server-answered = De server antwoordde { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Je account – quizbox
account-heading = Je account
account-username = Gebruikersnaam (a-z, 0-9, '.', '_' en '-')
account-password = Nieuw wachtwoord (minstens 8 tekens)
account-again = Hetzelfde wachtwoord nog eens
account-save = Opslaan
account-host-link = Log in om een spel te leiden
account-invite-title = Welkom bij quizbox
account-invite-intro = Kies de gebruikersnaam en het wachtwoord waarmee je inlogt.
account-invite-legend = Je nieuwe account
account-invite-submit = Mijn account aanmaken
account-reset-title = Een nieuw wachtwoord instellen
account-reset-legend = Nieuw wachtwoord
account-reset-submit = Wachtwoord instellen
account-no-secret = Dit adres mist zijn geheim: open de link uit de e-mail opnieuw.
account-passwords-differ = De twee wachtwoorden verschillen.
account-server-said = De server antwoordde { $status }.
account-invite-done = Je account { $name } is klaar. Log er nu mee in.
account-reset-done = Het wachtwoord van { $name } is ingesteld. Log er nu mee in.
account-unreachable = De server is niet bereikbaar. Probeer het opnieuw.

## The assignments page (/assignments)

assignments-page-title = Opdrachten – quizbox
assignments-nav-host = Een spel leiden
assignments-heading = Opdrachten
assignments-login-legend = Log in om opdrachten te publiceren en te volgen
assignments-quiz = Quiz
assignments-opens = Opent
assignments-closes = Sluit
assignments-identifier = Spelers vragen om (leeg: een bijnaam)
assignments-identifier-placeholder = Studentnummer
assignments-publish = Opdracht publiceren
assignments-caption = Opdrachten, nieuwste eerst
assignments-link = Link
assignments-state = Status
assignments-started = Begonnen
assignments-finished = Klaar
assignments-actions = Acties
assignments-leaderboard = Ranglijst
assignments-rank = Plaats
assignments-player = Speler
assignments-score = Score
assignments-correct = Goed
assignments-players = Spelers
assignments-progress = Voortgang
assignments-questions = Vragen
assignments-question = Vraag
assignments-answered = Beantwoord
assignments-state-scheduled = gepland
assignments-state-open = open
assignments-state-closed = gesloten
assignments-results = Resultaten
assignments-results-of = Resultaten van { $quiz } ({ $code })
assignments-close = Nu sluiten
assignments-close-of = { $quiz } ({ $code }) nu sluiten
assignments-count = { $count ->
    [one] { $count } opdracht
   *[other] { $count } opdrachten
}
assignments-none = Nog geen opdrachten: publiceer er hierboven een.
assignments-published = Gepubliceerd: { $link }
assignments-closed = { $quiz } gesloten.
assignments-player-finished = klaar
assignments-player-at = vraag { $n } van { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } speler begonnen, { $finished } klaar · sluit { $closes }
   *[other] { $state } · { $players } spelers begonnen, { $finished } klaar · sluit { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Begint een ronde met de naam
studio-round-note = Laat leeg, tenzij er met deze vraag een nieuwe ronde begint.
studio-round-starts = Ronde: { $name }
studio-pick-round = { $label }, begint ronde { $name }
studio-round-passed = Ronde { $name } begint nu bij vraag { $number }.
