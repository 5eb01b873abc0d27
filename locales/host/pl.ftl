# quizbox: the host's pages (dashboard, studio, reports, account); language pl.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = Poprowadź grę – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Strony
studio-nav-library = Biblioteka quizów
studio-nav-host = Poprowadź grę
studio-sign-out = Wyloguj się
studio-login-username = Nazwa użytkownika
studio-login-password = Hasło
studio-login-submit = Zaloguj się
studio-confirm-keep = Zachowaj
studio-delete = Usuń
studio-unexpected-reply = Serwer przysłał nieoczekiwaną odpowiedź.
studio-kind-single = Jednokrotny wybór
studio-kind-multi = Wielokrotny wybór
studio-kind-true-false = Prawda czy fałsz
studio-kind-type-answer = Wpisz odpowiedź
studio-kind-slider = Suwak
studio-kind-ordering = Kolejność
studio-kind-poll = Ankieta
studio-kind-word-cloud = Chmura słów
studio-kind-slide = Slajd

reports-page-title = Raporty – quizbox
reports-title = Raporty
reports-login-legend = Zaloguj się, aby zobaczyć raporty swoich gier
reports-search = Szukaj według quizu
reports-search-placeholder = Tytuł lub id quizu
reports-table-caption = Zakończone gry, od najnowszych
reports-col-quiz = Quiz
reports-col-played = Rozegrana
reports-col-players = Gracze
reports-col-status = Stan
reports-col-actions = Działania
reports-confirm-text = Jej wyniki i wszystkie odpowiedzi zostaną usunięte na zawsze.
reports-load-failed = Nie udało się wczytać gier: { $error }
reports-status-finished = zakończona, { $duration }
reports-host = prowadzący: { $name }
reports-open = Otwórz
reports-open-label = Otwórz raport z { $title } z { $date }
reports-delete-label = Usuń grę { $title } z { $date }
reports-none = Brak zakończonych gier: poprowadź jedną, a jej raport pojawi się tutaj.
reports-count = { $count ->
    [one] { $count } gra
    [few] { $count } gry
   *[many] { $count } gier
}
reports-count-match = { $count ->
    [one] Pasuje { $shown } z { $count } gry
   *[other] Pasuje { $shown } z { $count } gier
}
reports-confirm-title = Usunąć grę „{ $title }” z { $date }?
reports-delete-failed = Nie udało się usunąć gry „{ $title }”: { $error }
reports-deleted = Usunięto grę „{ $title }”.

report-page-title = Raport z gry – quizbox
report-nav-all = Wszystkie raporty
report-title = Raport z gry
report-login-legend = Zaloguj się, aby zobaczyć ten raport
report-summary = Podsumowanie
report-downloads = Pobierz ten raport
report-download-csv = Pobierz CSV
report-download-json = Pobierz JSON
report-download-xlsx = Pobierz arkusz (xlsx)
report-print = Drukuj
report-questions = Pytania
report-legend = Słupki liczą graczy, którzy wybrali każdą odpowiedź; { $right }. Pytanie jest { $difficult }, gdy mniej niż połowa odpowiedzi była poprawna.
report-legend-right = ✓ oznacza poprawną odpowiedź
report-legend-difficult = trudne
report-questions-caption = Każde pytanie: odpowiedzi, trafność i czasy
report-col-question = Pytanie i odpowiedzi
report-col-accuracy = Trafność
report-col-average = Średni czas
report-col-median = Mediana czasu
report-col-difficult = Trudne
report-across-heading = We wszystkich grach tego quizu
report-across-intro = Najczęściej chybione pytania, od najniższej trafności:
report-teams = Drużyny
report-teams-note = Wynik drużyny to średnia wyników jej graczy.
report-teams-caption = Każda drużyna, według miejsca
report-col-rank = Miejsce
report-col-team = Drużyna
report-col-score = Wynik
report-players-caption = Każdy gracz, według miejsca, z odpowiedziami
report-col-player = Gracz
report-col-correct = Poprawne
report-col-streak = Najdłuższa seria
report-unknown = nieznany
report-ended-in-lobby = zakończona w poczekalni
report-duration-hours = { $h } godz. { $m } min
report-duration-minutes = { $m } min { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct }%
report-not-found = Brak raportu z tej gry: została usunięta albo należy do innego prowadzącego.
report-load-failed = Nie udało się wczytać raportu: { $error }
report-heading = Raport: { $title }
report-doc-title = { $title } – raport – quizbox
report-fact-duration = Czas trwania
report-fact-pin = PIN
report-fact-participation = Udział
report-fact-completion = Ukończenie
report-participation = Udzielono { $percent } możliwych odpowiedzi
report-completion = { $percent } graczy odpowiedziało na każde pytanie
report-across-games = { $count ->
    [one] Rozegrano { $count } grę tego quizu.
    [few] Rozegrano { $count } gry tego quizu.
   *[many] Rozegrano { $count } gier tego quizu.
}
report-across-item = { $games ->
    [one] { $percent } poprawnych ({ $correct } z { $answered } odpowiedzi w { $games } grze)
   *[other] { $percent } poprawnych ({ $correct } z { $answered } odpowiedzi w { $games } grach)
}
report-answered = Odpowiedzi: { $count }
report-right-count = Poprawnych: { $count }
report-right-answers = Poprawna: { $answers }
report-not-scored = bez punktacji
report-flag-difficult = ⚠ trudne
report-flag-no = nie
report-result-right = ✓ dobrze
report-result-wrong = ✗ źle
report-no-answer = brak odpowiedzi
report-answers-of = Odpowiedzi gracza { $name }
report-answers-question = Pytanie
report-answers-answer = Odpowiedź
report-answers-result = Wynik
report-answers-points = Punkty
report-answers-time = Czas
report-correct-of = { $correct } z { $answered }
report-download-failed = Nie udało się pobrać raportu: { $error }
report-downloaded = { $size ->
    [one] Pobrano { $name } ({ $size } bajt).
    [few] Pobrano { $name } ({ $size } bajty).
   *[many] Pobrano { $name } ({ $size } bajtów).
}
report-chart-none = Pytanie { $number }: brak odpowiedzi.
report-chart-summary = Odpowiedzi na pytanie { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (poprawna odpowiedź)
report-chart-count-right = { $count } (poprawna)
report-chart-more = { $count ->
    [one] i jeszcze { $count } odpowiedź, wybrana { $times } razy
    [few] i jeszcze { $count } odpowiedzi, wybrane { $times } razy
   *[many] i jeszcze { $count } odpowiedzi, wybrane { $times } razy
}
report-chart-no-answers = Brak odpowiedzi

studio-page-title = Biblioteka quizów – quizbox
studio-login-legend = Zaloguj się, aby pisać quizy
studio-new-quiz = Nowy quiz
studio-search = Szukaj
studio-search-placeholder = Tytuł, opis lub id
studio-sort = Sortuj według
studio-sort-title = Tytuł
studio-sort-updated = Ostatnia zmiana
studio-sort-played = Ostatnia gra
studio-import = Import
studio-import-text = Upuść tu pliki quizów (TOML, JSON, CSV, arkusze Kahoot!, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot albo pakiet: quiz i multimedia w pliku .zip) albo je wybierz.
studio-import-choose = Wybierz pliki do importu…
studio-import-files = Pliki quizów do importu
studio-quizzes = Quizy
studio-confirm-text = Przez kilka sekund można to cofnąć.
studio-undo = Cofnij
studio-format-xlsx = Arkusz Kahoot!
studio-format-bundle = Pakiet: quiz i multimedia (zip)
studio-load-failed = Nie udało się wczytać quizów: { $error }
studio-never = nigdy
studio-questions = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
   *[many] { $count } pytań
}
studio-changed = zmieniony { $when }
studio-last-played = ostatnia gra { $when }
studio-owner = właściciel { $name }
studio-sample = przykład
studio-export-format = Format eksportu dla { $name }
studio-export = Eksportuj
studio-export-label = Eksportuj { $name }
studio-host = Poprowadź
studio-host-label = Poprowadź { $name }
studio-edit = Edytuj
studio-edit-label = Edytuj { $name }
studio-duplicate = Duplikuj
studio-duplicate-label = Duplikuj { $name }
studio-delete-label = Usuń { $name }
studio-none = Brak quizów: napisz quiz przyciskiem „Nowy quiz” albo zaimportuj plik.
studio-count = { $count ->
    [one] { $count } quiz
    [few] { $count } quizy
   *[many] { $count } quizów
}
studio-count-match = { $count ->
    [one] Pasuje { $shown } z { $count } quizu
   *[other] Pasuje { $shown } z { $count } quizów
}
studio-host-failed = Nie udało się rozpocząć gry: { $error }
studio-duplicate-failed = Nie udało się zduplikować „{ $title }”: { $error }
studio-duplicated = Zduplikowano „{ $title }”.
studio-duplicated-as = Zduplikowano „{ $title }” jako „{ $copy }”.
studio-export-failed = Nie udało się wyeksportować „{ $title }”: { $error }
studio-exported = Wyeksportowano „{ $title }”.
studio-exported-lossy = { $count ->
    [one] Wyeksportowano „{ $title }”; pominięto { $count } element, którego ten format nie obsługuje (quizbox export go wymienia).
   *[other] Wyeksportowano „{ $title }”; pominięto elementy, których ten format nie obsługuje: { $count } (quizbox export je wymienia).
}
studio-confirm-title = Usunąć „{ $title }”?
studio-delete-failed = Nie udało się usunąć „{ $title }”: { $error }
studio-deleted = Usunięto „{ $title }”.
studio-undo-label = Cofnij usunięcie { $title }
studio-deleted-undo = Usunięto „{ $title }”. Cofnięcie jest możliwe przez { $secs } sekund.
studio-undo-failed = Nie udało się przywrócić „{ $title }”: { $error }
studio-back = „{ $title }” wrócił.
studio-import-line = wiersz { $where }:
studio-import-refused = { $name }: nie zaimportowano.
studio-import-quiz = { $count ->
    [one] „{ $title }” ({ $count } pytanie, { $status })
    [few] „{ $title }” ({ $count } pytania, { $status })
   *[many] „{ $title }” ({ $count } pytań, { $status })
}
studio-import-created = utworzony
studio-import-updated = zaktualizowany
studio-import-checked = sprawdzony
studio-imported = { $name }: zaimportowano { $titles }
studio-import-nothing = { $name }: nie zaimportowano, nic nie zapisano.
studio-import-error = błąd: { $text }
studio-import-warning = ostrzeżenie: { $text }
studio-importing = { $count ->
    [one] Import { $count } pliku…
   *[other] Import { $count } plików…
}
studio-import-server-refused = serwer go odrzucił
studio-imported-count = { $count ->
    [one] Zaimportowano { $imported } z { $count } pliku.
   *[other] Zaimportowano { $imported } z { $count } plików.
}

studio-edit-page-title = Edycja quizu – quizbox
studio-save = Zapisz
studio-conflict-text = { $saved } Wszystko, co wpisano, nadal tu jest. Zachowaj ich wersję albo swoją:
studio-conflict = Ktoś inny zapisał ten quiz po tym, jak go otwarto.
studio-reload-theirs = Wczytaj ich wersję (odrzuć moje zmiany)
studio-overwrite = Nadpisz moją wersją
studio-problems = Tego quizu nie można jeszcze zapisać
studio-description = Opis
studio-reorder-help = Przeciągnij pytanie, aby je przenieść, albo zaznacz je i naciśnij Alt+↑ lub Alt+↓.
studio-new-kind = Rodzaj nowego pytania
studio-add-question = Dodaj pytanie
studio-preview = Podgląd
studio-preview-as = Podgląd na
studio-preview-phone = Telefon
studio-preview-screen = Duży ekran
studio-open-failed = Nie udało się otworzyć quizu: { $error }
studio-edit-quiz = Edycja quizu
studio-edit-heading = Edycja „{ $title }”
studio-edit-doc-title = { $title } – quizbox
studio-id = Id: { $id }
studio-id-note = Id powstaje z tytułu przy pierwszym zapisie quizu.
studio-no-questions = Brak pytań
studio-add-first = Dodaj pytanie, aby zacząć.
studio-problem-at = Pytanie { $number }
studio-problem-at-field = Pytanie { $number } ({ $field })
studio-unsaved = Niezapisane zmiany.
studio-moved = Przeniesiono na pozycję { $position } z { $total }.
studio-question-duplicated = Pytanie { $number } zduplikowano jako pytanie { $copy }.
studio-question-removed = Usunięto pytanie { $number } ({ $summary }).
studio-saving = Zapisywanie…
studio-not-saved-failure = Nie zapisano. { $error }
studio-not-saved-conflict = Nie zapisano: ktoś inny zapisał ten quiz po tym, jak go otwarto. Twoje zmiany zostały zachowane.
studio-not-saved-problems = { $count ->
    [one] Nie zapisano: jedna rzecz do poprawienia.
    [few] Nie zapisano: { $count } rzeczy do poprawienia.
   *[many] Nie zapisano: { $count } rzeczy do poprawienia.
}
studio-server-answered = serwer odpowiedział { $status }
studio-not-saved = Nie zapisano: { $error }
studio-saved-at = Zapisano o { $time }.
studio-theirs-loaded = Wczytano ich wersję; twoje zmiany odrzucono.
studio-starting = Rozpoczynanie gry…
studio-no-text = (jeszcze bez tekstu)
studio-pick-label = Pytanie { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } (do poprawienia: { $count })
studio-check-empty = Nie może być puste.
studio-check-too-long = Dłuższe niż { $max } znaków ({ $count }).
studio-check-no-questions = Quiz potrzebuje co najmniej jednego pytania.
studio-check-too-many-questions = Quiz może mieć najwyżej { $max } pytań ({ $count }).
studio-check-whole-seconds = Musi być całkowitą liczbą sekund.
studio-check-time-limit = Musi wynosić od { $min } do { $max } sekund.
studio-check-whole-points = Musi być całkowitą liczbą punktów.
studio-check-correct-one = Zaznacz jedną z odpowiedzi jako poprawną.
studio-check-correct-none = Zaznacz co najmniej jedną odpowiedź jako poprawną.
studio-check-accepted-none = Potrzebna jest co najmniej jedna akceptowana odpowiedź.
studio-check-accepted-many = Najwyżej { $max } akceptowanych odpowiedzi ({ $count }).
studio-check-whole-characters = Musi być całkowitą liczbą znaków.
studio-check-word-cloud = Musi wynosić od 1 do { $max } znaków.
studio-check-number = Musi być liczbą.
studio-check-slider-max = Musi być większe od najniższej wartości ({ $min }).
studio-check-slider-step = Musi być większe od 0.
studio-check-slider-positions = Daje ponad 10 000 pozycji; użyj większego kroku.
studio-check-slider-correct = Musi mieścić się między { $min } a { $max }.
studio-check-slider-tolerance = Nie może być ujemna.
studio-check-answer-count = Potrzeba od { $min } do { $max } odpowiedzi ({ $count }).
studio-check-item-count = Potrzeba od { $min } do { $max } elementów ({ $count }).
studio-check-twice = To samo co numer { $number }.
studio-check-count = { $count ->
    [one] Jeden problem do poprawienia.
    [few] { $count } problemy do poprawienia.
   *[many] { $count } problemów do poprawienia.
}
studio-move-up = Przesuń pytanie { $number } w górę
studio-move-down = Przesuń pytanie { $number } w dół
studio-slide-n = Slajd { $number }
studio-question-n = Pytanie { $number }
studio-duplicate-question = Duplikuj pytanie { $number }
studio-remove = Usuń
studio-remove-question = Usuń pytanie { $number }
studio-kind = Rodzaj
studio-time-limit = Limit czasu (sekundy)
studio-time-limit-note = Od 5 do 240 sekund.
studio-points-note = 1000 to standard, 2000 podwójnie, 0 oznacza pytanie bez punktów.
studio-explanation = Wyjaśnienie (pokazywane z odpowiedzią)
studio-true = Prawda
studio-false = Fałsz
studio-correct-answer = Poprawna odpowiedź
studio-max-length = Najdłuższy wpis (znaki)
studio-max-length-note = Od 1 do 100.
studio-slide-body = Tekst pod tytułem
studio-answer-n = Odpowiedź { $number }
studio-answer-correct = Odpowiedź { $number } jest poprawna
studio-remove-answer = Usuń odpowiedź { $number }
studio-add-answer = Dodaj odpowiedź
studio-answers = Odpowiedzi
studio-answers-single = Odpowiedzi (wybierz poprawną)
studio-answers-multi = Odpowiedzi (zaznacz wszystkie poprawne)
studio-accepted-n = Akceptowana odpowiedź { $number }
studio-remove-accepted = Usuń akceptowaną odpowiedź { $number }
studio-add-accepted = Dodaj akceptowaną odpowiedź
studio-accepted = Akceptowane odpowiedzi (wielkość liter, akcenty i spacje nie mają znaczenia)
studio-typos = Akceptuj drobne literówki
studio-slider-min = Najniższa wartość
studio-slider-max = Najwyższa wartość
studio-slider-step = Krok
studio-slider-correct = Poprawna wartość
studio-slider-tolerance = Tolerancja (±)
studio-slider-tolerance-note = Odpowiedzi tak bliskie liczą się jako poprawne.
studio-slider-unit = Jednostka (opcjonalnie)
studio-item-n = Element { $number }
studio-item-up = Przesuń element { $number } w górę
studio-item-down = Przesuń element { $number } w dół
studio-remove-item = Usuń element { $number }
studio-add-item = Dodaj element
studio-items = Elementy w poprawnej kolejności (gracze widzą je wymieszane)
studio-media-file = Plik multimedialny do przesłania
studio-upload = Prześlij obraz, dźwięk lub wideo…
studio-uploading = Przesyłanie { $name }…
studio-uploaded = Przesłano { $name }.
studio-upload-failed = Nie udało się przesłać { $name }.
studio-remove-media = Usuń multimedia
studio-media = Multimedia
studio-media-address = Adres obrazu, dźwięku lub wideo
studio-media-note = Prześlij plik albo podaj adres /media/.
studio-preview-question = Twoje pytanie
studio-preview-slide = Slajd { $index } z { $total }
host-nav-label = Strony
host-nav-library = Biblioteka quizów
host-nav-reports = Raporty
host-heading = Poprowadź grę
host-login-legend = Zaloguj się, aby prowadzić
host-choose-quiz = Wybierz quiz
host-filter = Filtruj quizy
host-filter-placeholder = Wpisz, aby filtrować po tytule lub opisie
host-loading = Wczytywanie quizów…
host-quiz-list-label = Quizy
host-load-failed = Nie udało się wczytać quizów: { $error }
host-no-quizzes = Nie ma jeszcze quizów. Napisz lub zaimportuj quiz w bibliotece (/studio) albo poleceniem: quizbox import PLIK
host-question-count = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
host-quiz-count = { $count ->
    [one] { $count } quiz
    [few] { $count } quizy
    [many] { $count } quizów
   *[other] { $count } quizu
}
host-quizzes-match = { $total ->
    [one] Pasuje { $shown } z { $total } quizu
   *[other] Pasuje { $shown } z { $total } quizów
}
host-options = Opcje gry
host-options-note = Opcjonalne: ustawienia domyślne pasują do większości gier.
host-intro-secs = Sekundy przed otwarciem odpowiedzi
host-streak-bonus = Premia za serię
host-shuffle-questions = Tasuj pytania
host-shuffle-answers = Tasuj odpowiedzi
host-on-screen-only = Pytania tylko na dużym ekranie
host-on-screen-note = Telefony pokazują wtedy kolorowe kształty zamiast pytania i odpowiedzi.
host-generated-nicknames = Generowane pseudonimy
host-nicknames-note = Każdy gracz dostaje nazwę w rodzaju „Dzielna Wydra” zamiast wpisanej.
host-late-join = Późne dołączanie
host-late-join-note = Gracze mogą dołączyć po starcie; grają od następnego pytania z 0 punktów.
host-auto-advance = Przejdź dalej sam po (sekundy, 0: wył.)
host-auto-advance-note = Odpowiedzi i ranking są widoczne tak długo, potem gra sama idzie dalej.
host-break = Przerwa między rundami (sekundy, 0: brak)
host-break-note = Dla quizu w rundach: podsumowanie rundy, potem przerwa z odliczaniem przed następną rundą.
host-teams = Drużyny
host-team-off = Wył.: każdy gra sam
host-team-auto = Losowane, wyrównane
host-team-pick = Gracze wybierają drużynę
host-team-device = Jedna drużyna na wspólne urządzenie
host-team-note = Drużyna zdobywa średnią punktów swoich członków; duży ekran pokazuje ranking i podium drużyn.
host-team-names = Nazwy drużyn, po jednej w wierszu (od 2 do 20)
host-team-red = Czerwoni
host-team-blue = Niebiescy
host-screen-language = Język dużego ekranu
host-screen-language-own = Język przeglądarki, która wyświetla
host-screen-language-note = Przyciski i komunikaty ekranu prezentera, niezależnie od ustawień komputera, który wyświetla. Treść quizu nie jest tłumaczona.
host-start-note = Wybierz quiz powyżej, aby zacząć.
host-start = Rozpocznij grę
host-start-quiz = Rozpocznij „{ $title }”
host-start-note-pin = Gracze dołączają kodem PIN, który zaraz pokaże duży ekran.
host-starting = Uruchamianie…
host-choose-first = Najpierw wybierz quiz.
host-invalid-intro = Sekundy przed otwarciem odpowiedzi muszą być liczbą całkowitą od 0 do { $max }.
host-invalid-auto-advance = Automatyczne przejście musi być całkowitą liczbą sekund od 0 (wył.) do { $max }.
host-invalid-break = Przerwa między rundami musi być całkowitą liczbą sekund od 0 (brak) do { $max }.
host-invalid-teams = Podaj od { $min } do { $max } różnych nazw drużyn, po jednej w wierszu, każda najwyżej { $chars } znaków.
host-start-failed = Nie udało się rozpocząć gry: { $error }
host-unexpected-reply = Serwer przysłał nieoczekiwaną odpowiedź.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Nazwa użytkownika
signin-password = Hasło
signin-submit = Zaloguj się
signin-sign-out = Wyloguj się
signin-signed-in-as = Zalogowano jako { $name }
signin-session-ended = Sesja wygasła. Zaloguj się ponownie.
signin-unreachable = Nie można połączyć się z serwerem quizbox. Czy działa?
signin-server-answered = Serwer odpowiedział { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Twoje konto – quizbox
account-heading = Twoje konto
account-username = Nazwa użytkownika (a-z, 0-9, '.', '_' i '-')
account-password = Nowe hasło (co najmniej 8 znaków)
account-again = To samo hasło jeszcze raz
account-save = Zapisz
account-host-link = Zaloguj się, aby poprowadzić grę
account-invite-title = Witamy w quizbox
account-invite-intro = Wybierz nazwę użytkownika i hasło, którymi będziesz się logować.
account-invite-legend = Twoje nowe konto
account-invite-submit = Utwórz moje konto
account-reset-title = Ustaw nowe hasło
account-reset-legend = Nowe hasło
account-reset-submit = Ustaw hasło
account-no-secret = Temu adresowi brakuje sekretu: otwórz ponownie link z wiadomości.
account-passwords-differ = Hasła się różnią.
account-server-said = Serwer odpowiedział { $status }.
account-invite-done = Twoje konto { $name } jest gotowe. Zaloguj się nim teraz.
account-reset-done = Hasło konta { $name } zostało ustawione. Zaloguj się teraz.
account-unreachable = Nie można połączyć się z serwerem. Spróbuj ponownie.

## The assignments page (/assignments)

assignments-page-title = Zadania – quizbox
assignments-nav-host = Poprowadź grę
assignments-heading = Zadania
assignments-login-legend = Zaloguj się, aby publikować i śledzić zadania
assignments-quiz = Quiz
assignments-opens = Otwarcie
assignments-closes = Zamknięcie
assignments-identifier = Pytaj graczy o (puste: pseudonim)
assignments-identifier-placeholder = Numer indeksu
assignments-publish = Opublikuj zadanie
assignments-caption = Zadania, od najnowszych
assignments-link = Link
assignments-state = Stan
assignments-started = Rozpoczęte
assignments-finished = Ukończone
assignments-actions = Działania
assignments-leaderboard = Ranking
assignments-rank = Miejsce
assignments-player = Gracz
assignments-score = Wynik
assignments-correct = Poprawne
assignments-players = Gracze
assignments-progress = Postęp
assignments-questions = Pytania
assignments-question = Pytanie
assignments-answered = Odpowiedzi
assignments-state-scheduled = zaplanowane
assignments-state-open = otwarte
assignments-state-closed = zamknięte
assignments-results = Wyniki
assignments-results-of = Wyniki: { $quiz } ({ $code })
assignments-close = Zamknij teraz
assignments-close-of = Zamknij teraz { $quiz } ({ $code })
assignments-count = { $count ->
    [one] { $count } zadanie
    [few] { $count } zadania
    [many] { $count } zadań
   *[other] { $count } zadania
}
assignments-none = Nie ma jeszcze zadań: opublikuj je powyżej.
assignments-published = Opublikowano: { $link }
assignments-closed = Zamknięto { $quiz }.
assignments-player-finished = ukończone
assignments-player-at = pytanie { $n } z { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } gracz zaczął, ukończyło { $finished } · zamknięcie { $closes }
    [few] { $state } · { $players } graczy zaczęło, ukończyło { $finished } · zamknięcie { $closes }
   *[other] { $state } · { $players } graczy zaczęło, ukończyło { $finished } · zamknięcie { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Rozpoczyna rundę o nazwie
studio-round-note = Zostaw puste, chyba że od tego pytania zaczyna się nowa runda.
studio-round-starts = Runda: { $name }
studio-pick-round = { $label }, rozpoczyna rundę { $name }
studio-round-passed = Runda { $name } zaczyna się teraz od pytania { $number }.
