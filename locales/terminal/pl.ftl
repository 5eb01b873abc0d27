# quizbox: panel prowadzącego w terminalu (`quizbox host`), po polsku.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = nigdy
ago-just-now = przed chwilą
ago-minutes = { $count } min temu
ago-hours = { $count } godz. temu
ago-yesterday = wczoraj
ago-days = { $count ->
    [one] { $count } dzień temu
   *[other] { $count } dni temu
}

picker-title = Wybierz quiz
picker-filter = Filtr:
picker-loading = wczytywanie quizów…
picker-load-failed = Nie udało się wczytać quizów: { $error }
picker-retry = Naciśnij Ctrl-R, aby spróbować ponownie.
picker-empty = Nie ma jeszcze quizów. Zaimportuj quiz: quizbox import FILE
picker-no-match = Żaden quiz nie pasuje do „{ $filter }” (Esc czyści filtr).
picker-column-quiz = Quiz
picker-column-questions = Pytania
picker-column-played = Ostatnio
picker-count = { $count ->
    [one] { $count } quiz
    [few] { $count } quizy
   *[many] { $count } quizów
}
picker-count-matching = pasuje { $shown } z { $count }

options-title = Nowa gra:
options-questions = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
   *[many] { $count } pytań
}
options-creating = tworzenie gry…
options-create-failed = Nie udało się utworzyć gry: { $error }
options-press-enter = Naciśnij Enter, aby utworzyć grę i otworzyć poczekalnię.
option-on = wł.
option-off = wył.
option-intro = Sekundy przed odpowiedziami
option-intro-help = Każde pytanie jest widoczne tak długo, zanim gracze mogą odpowiadać.
option-streak = Premia za serię
option-streak-help = +100 za każdą kolejną dobrą odpowiedź, do +500.
option-shuffle-questions = Mieszaj pytania
option-shuffle-questions-help = Pytania padają w losowej kolejności.
option-shuffle-answers = Mieszaj odpowiedzi
option-shuffle-answers-help = Odpowiedzi każdego pytania pojawiają się w losowej kolejności.
option-screen-only = Pytania tylko na dużym ekranie
option-screen-only-help = Telefony pokazują tylko kolorowe kształty; pytanie czyta się z dużego ekranu.
option-screen-language = Język dużego ekranu
option-screen-language-help = Język dużego ekranu (/screen/PIN); domyślnie taki jak przeglądarka przy projektorze.
option-screen-language-browser = jak przeglądarka
option-generated-nicknames = Generowane pseudonimy
option-generated-nicknames-help = Gracze dostają sympatyczne imię, np. „Dzielna Wydra”, zamiast je wpisywać.
option-late-join = Późne dołączanie
option-late-join-help = Można dołączyć po starcie; gra się od następnego pytania z 0 punktów.
option-auto-advance = Dalej samo po (sekundach)
option-auto-advance-help = Odpowiedzi i ranking są widoczne tak długo, potem gra toczy się sama.
option-teams = Drużyny
option-teams-help = Drużyna dostaje średnią punktów członków; losowane, wybierane na telefonach albo jedna na wspólne urządzenie.
option-team-names = Nazwy drużyn (po przecinku)
option-team-names-help = Od 2 do 20 różnych nazw, każda najwyżej 30 znaków.
teams-off = wył.
teams-auto = losowane
teams-pick = wybierają gracze
teams-device = jedna na wspólne urządzenie

lobby-scan = zeskanuj, by dołączyć
lobby-join-at = Dołącz na
lobby-enlarge-for-qr = (powiększ okno, by zobaczyć kod QR)
lobby-pin = PIN gry
lobby-not-connected = (brak połączenia)
lobby-locked = Dołączanie: ZABLOKOWANE (l odblokowuje)
lobby-open = Dołączanie: otwarte
lobby-players = Gracze ({ $count })
lobby-waiting = Czekamy na graczy…
lobby-more = +{ $count } więcej
special-shuffled-questions = pomieszane pytania
special-shuffled-answers = pomieszane odpowiedzi
special-screen-only = pytania tylko na dużym ekranie
special-generated-nicknames = generowane pseudonimy
special-no-streak-bonus = bez premii za serię
special-no-late-join = bez późnego dołączania
special-auto-advance = dalej samo
special-screen-language = duży ekran: { $language }

notice-not-connected = brak połączenia z serwerem: poczekaj na ponowne połączenie i spróbuj jeszcze raz
notice-removed = { $count ->
    [one] usunięto { $count } gracza
   *[other] usunięto { $count } graczy
}
notice-storage = ZAPIS: { $problem }
notice-storage-back = zapis znów działa; gra trwa dalej
notice-server = serwer: { $message }
notice-nobody-to-remove = na razie nie ma kogo usunąć
notice-nothing-to-hide = w tym pytaniu nie ma czego ukryć

question-heading = Pytanie { $index } z { $total }
question-opens-in = Odpowiedzi za { $seconds } s  ·  potem { $limit } s na odpowiedź
question-paused = PAUZA
question-seconds-left = zostało { $seconds } s
question-seconds-paused = { $seconds } s, pauza
question-answered = Odpowiedzi
question-no-points = bez punktów
question-points = { $count ->
    [one] { $count } punkt
    [few] { $count } punkty
   *[many] { $count } punktów
}
kind-single = jedna odpowiedź
kind-multi = kilka odpowiedzi
kind-true-false = prawda czy fałsz
kind-type-answer = wpisywana odpowiedź
kind-slider = suwak
kind-ordering = ułóż w kolejności
kind-poll = ankieta
kind-word-cloud = chmura słów
kind-slide = slajd
form-type-answer = Gracze wpisują odpowiedź (do { $count } znaków).
form-word-cloud = Gracze wpisują słowo lub krótkie wyrażenie (do { $count } znaków).
form-slider = Gracze wybierają liczbę od { $min } do { $max }{ $unit } co { $step }.
form-ordering = Gracze układają to w kolejności:
form-multi = Gracze zaznaczają każdą odpowiedź, którą uważają za dobrą.
form-poll = Ankieta: żadna odpowiedź nie jest dobra ani zła.
slide-hint = n: dalej  ·  slajd nie ma odpowiedzi

reveal-answers = odpowiedzi
reveal-correct = dobrze
reveal-accepted = Przyjęte:
reveal-answered = odpowiedzi: { $count }
reveal-correct-order = Właściwa kolejność:
reveal-placed = tu: { $count }
reveal-no-answers = Brak odpowiedzi do pokazania.
reveal-more = jeszcze { $count }
reveal-more-values = jeszcze { $count }
reveal-slider-correct = Dobrze: { $value }
reveal-slider-range = Zakres od { $min } do { $max }{ $unit }, krok { $step }
reveal-average = Średnia: { $value }
reveal-average-none = Średnia: brak odpowiedzi

rank = { $rank }.
board-heading = Ranking po pytaniu { $index } z { $total }
board-nobody = Nikt nie gra.
board-teams = Drużyny
board-members = { $count ->
    [one] { $count } gracz
    [few] { $count } graczy
   *[many] { $count } graczy
}
podium-title = Podium
podium-winner = Zwycięzca:
podium-points = { $count ->
    [one] { $count } punkt
    [few] { $count } punkty
   *[many] { $count } punktów
}
podium-nobody = Nikt nie grał.
lost-title = Tej gry nie ma już na serwerze.
lost-server-said = Serwer odpowiedział: { $message }.
lost-why = Może się skończyła albo serwer uruchomił się ponownie bez niej.
lost-what-now = Naciśnij Enter, by wybrać quiz i zacząć nową grę, albo q, by wyjść.

round-end = Koniec rundy { $round } z { $rounds }: { $name }
round-after-question = po pytaniu { $index } z { $total }
round-this-round = w tej rundzie
round-in-all = { $score } łącznie
break-title = Przerwa
break-paused = Przerwa WSTRZYMANA (p wznawia)
break-auto = następna runda zacznie się sama
break-over = Koniec przerwy: n zaczyna następną rundę
break-running = n zaczyna teraz następną rundę, p wstrzymuje
break-next = Dalej: runda { $round } z { $rounds }: { $name }

summary-title = Koniec gry: { $title }
summary-accuracy = Trafność pytań
summary-accuracy-legend = Trafność pytań (⚠ trudne: poniżej 50 % dobrych)
summary-report-failed = Nie udało się odczytać raportu:
summary-retry = Naciśnij r, aby spróbować ponownie.
summary-loading = Wczytywanie raportu…
summary-top-players = Najlepsi gracze
summary-right = { $correct }/{ $answered } dobrze
summary-percent = { $value } %
summary-not-scored = bez punktacji
summary-more = jeszcze { $count } na stronie raportu
summary-most-missed = Najczęściej mylone:
summary-question = pytanie { $index }
summary-right-of = { $correct } z { $answered } dobrze
summary-none-missed = brak punktowanych odpowiedzi.
summary-participation = Udział { $participation } możliwych odpowiedzi · { $completion } graczy odpowiedziało na wszystko
summary-report-link = Raport (wykresy, wszystkie odpowiedzi, CSV i xlsx):
summary-results-link = Pełne wyniki (każdy gracz i odpowiedź, JSON):

header-pin = PIN { $pin }
header-joining-open = dołączanie otwarte
header-joining-locked = dołączanie ZABLOKOWANE (l)
header-joining-closed = dołączanie zamknięte
header-moving-on = dalej za { $seconds } s
header-advance-paused = automatyczne przejście WSTRZYMANE, zostało { $seconds } s
link-connecting = łączenie…
link-connected = połączono
link-reconnecting = ponowne łączenie… próba { $attempt }, następna za { $seconds } s
link-lost = Utracono połączenie z serwerem ({ $reason }). Ponowne łączenie… (próba { $attempt }, następna za { $seconds } s)
link-lost-game-goes-on = Gra trwa na serwerze; polecenia czekają na powrót połączenia.
confirm-title = potwierdź
confirm-yes = tak
confirm-no = nie
confirm-quit = Zamknąć panel?
confirm-quit-embedded = Serwer działa w tym panelu: zamknięcie go zatrzyma i zakończy grę.
confirm-quit-remote = Gra będzie trwać na serwerze bez prowadzącego.
confirm-end = Zakończyć grę teraz?
confirm-end-consequence = Dotychczasowe odpowiedzi zostaną policzone i pojawi się podium.
confirm-kick = Usunąć { $nickname } z gry?
confirm-kick-consequence = Zostanie rozłączony i nie wróci w tej samej sesji.
confirm-kick-recent = Usunąć wszystkich, którzy dołączyli w ciągu ostatnich { $seconds } s?
confirm-kick-recent-consequence = Przy zalewie dołączeń: najpierw zablokuj poczekalnię (l), by nie wrócili.
kick-matching-title = usuń po nazwie
kick-matching-prompt = Usuń wszystkich, których nazwa zawiera:
kick-matching-how = Bez rozróżniania wielkości liter i podobnych znaków.
kick-matching-remove = usuń
kick-matching-cancel = anuluj
help-title = klawisze
help-close = dowolny klawisz zamyka tę pomoc

hint-filter = filtruj
hint-choose = wybierz
hint-select = otwórz
hint-help = pomoc
hint-quit = wyjdź
hint-team-names-commas-between = nazwy drużyn, po przecinku
hint-option = opcja
hint-create-game = utwórz grę
hint-back = wstecz
hint-change = zmień
hint-load-report-again = wczytaj raport ponownie
hint-new-game = nowa gra
hint-start = start
hint-kick = usuń
hint-kick-recent = usuń nowych
hint-open-answers = otwórz odpowiedzi
hint-skip = pomiń
hint-end-game = zakończ grę
hint-close = zamknij
hint-10-s-more = +10 s
hint-end = zakończ
hint-move-now = dalej teraz
hint-leaderboard = ranking
hint-choose-entry = wybierz wpis
hint-hide-entry = ukryj wpis
hint-next = dalej
hint-podium = podium
hint-next-question = następne pytanie
hint-finish-game = zakończ grę
hint-unlock = odblokuj
hint-lock = zablokuj
hint-continue = wznów
hint-pause = pauza
help-filter-quizzes-title-description = filtruj quizy po tytule lub opisie
help-remove-last-filter-letter = usuń ostatnią literę filtra
help-clear-filter = wyczyść filtr
help-choose-quiz = wybierz quiz
help-game-options-chosen-quiz = opcje gry dla wybranego quizu
help-reload-quiz-list = wczytaj listę quizów ponownie
help-choose-option = wybierz opcję
help-fewer-more-seconds-before = mniej / więcej sekund przed odpowiedziami
help-turn-chosen-option-off = włącz / wyłącz wybraną opcję
help-teams-off-drawn-random = drużyny: wył., losowane, wybierają gracze, na urządzenie
help-team-names-separated-commas = nazwy drużyn, oddzielone przecinkami
help-create-game-open-lobby = utwórz grę i otwórz poczekalnię
help-back-quiz-list = wróć do listy quizów
help-start-move-open-close = start / dalej (otwórz, zamknij, następne)
help-choose-player-lobby = wybierz gracza w poczekalni
help-remove-chosen-player = usuń wybranego gracza
help-lobby-remove-everyone-joined = w poczekalni: usuń wszystkich z ostatniej minuty
help-lobby-remove-everyone-whose = w poczekalni: usuń wszystkich, których nazwa zawiera wpisany tekst
help-lock-joining-nobody-can = zablokuj dołączanie (nikt nie dołączy) lub odblokuj
help-pause-continue-countdown-autoadvance = wstrzymaj lub wznów odliczanie albo automatyczne przejście
help-give-10-more-seconds = dodaj 10 sekund
help-skip-question-reveal-now = pomiń pytanie (odsłoń teraz)
help-end-game-early-podium = zakończ grę wcześniej (podium)
help-word-cloud-choose-entry = przy chmurze słów: wybierz wpis i go ukryj
help-choose-quiz-start-new = wybierz quiz i zacznij nową grę
help-load-games-report-again = wczytaj raport gry ponownie
help-quit = wyjdź
help-this-help = ta pomoc
help-quit-asks-first-during = wyjdź (w trakcie gry pyta najpierw)
key-type = pisz
key-letters = litery
help-screen-language = język dużego ekranu: jak przeglądarka lub jeden z 13

reason-no-answer = serwer nie odpowiedział
reason-no-welcome = serwer nas nie przyjął
reason-silent = serwer przestał odpowiadać
reason-unknown-game = nie ma gry o tym PIN-ie
reason-replaced = tę grę przejęło inne połączenie
reason-restarting = serwer uruchamia się ponownie
reason-closed-why = zamknięte przez serwer ({ $code }: { $reason })
reason-closed = zamknięte przez serwer ({ $code })
reason-lost = połączenie utracone

## The break between rounds in the game options

option-break = Przerwa między rundami (sekundy)
option-break-help = W quizie z rundami: po podsumowaniu rundy przerwa z odliczaniem tej długości przed następną rundą; wył.: bez przerwy.

## Question media
# machine-drafted
question-media-picture = obraz: { $name }
question-media-sound = dźwięk: { $name }
question-media-video = wideo: { $name }
