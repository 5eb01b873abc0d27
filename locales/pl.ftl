# quizbox: komunikaty strony gracza, po polsku.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = Dołącz do quizu – quizbox
me-score = { $score } pkt
sound = Dźwięk
    .title = Sygnały dźwiękowe na tym telefonie
leave = Wyjdź
    .title = Wyjdź z tej gry, aby dołączyć do innej
language = Język
join-title = Dołącz do quizu
resume-offer = Grałeś w grze { $pin } jako { $name }.
resume = Wróć do tej gry
forget = To nie ja
pin-label = PIN gry
nickname-label = Pseudonim
join = Dołącz
joining = Dołączanie…
error-pin = Wpisz 6-cyfrowy PIN gry widoczny na ekranie.
error-nickname = Wpisz pseudonim.
error-nickname-long = Pseudonim może mieć najwyżej { $max } znaków.
error-no-answer = Serwer gry nie odpowiedział. Sprawdź połączenie i spróbuj ponownie.
error-unreachable = Nie można połączyć się z serwerem gry. Sprawdź połączenie i spróbuj ponownie.
rejoining = Wracasz do gry…
rejoining-as = Gra { $pin } jako { $name }
rejoining-game = Gra { $pin }
reconnecting = Ponowne łączenie…
reconnecting-kept = Ponowne łączenie… Twoje miejsce i wynik są zachowane.
saving-again = Zapisywanie znów działa.
not-saved-yet = Jeszcze nie zapisano – zostanie wysłane ponownie, gdy serwer będzie mógł zapisać.
lobby-title = Jesteś w grze! Czekamy na prowadzącego…
you-are = Jesteś { $name }
nick-note = Gra nadała ci ten pseudonim: to on jest na dużym ekranie.
lobby-see-name = Widzisz swój pseudonim na dużym ekranie?
waiting-title = Jesteś w grze! Grasz od następnego pytania.
waiting-text = Pozostali są przy pytaniu { $index } z { $total }. Twoje pierwsze to pytanie { $first }, zaczynasz z 0 punktami.
question-of = Pytanie { $index } z { $total }
slide-of = { $index } z { $total }
look-at-screen = Spójrz na duży ekran
get-ready = Przygotuj się…
time-left = Pozostały czas
seconds-left = { $secs ->
    [one] Została { $secs } sekunda
    [few] Zostały { $secs } sekundy
   *[other] Zostało { $secs } sekund
}
paused = Wstrzymano
times-up = Koniec czasu!
answers =
    .aria-label = Odpowiedzi
answer-locked = Odpowiedź zapisana ✓ Czekamy na pozostałych…
answer-sending = Wysyłanie odpowiedzi…
slide-note = Nie trzeba odpowiadać: prowadzący przejdzie dalej.
hint-multi = Zaznacz wszystkie poprawne odpowiedzi, potem Wyślij.
hint-type-answer = Wpisz odpowiedź.
hint-slider = Przesuń do swojej odpowiedzi, potem Wyślij.
hint-ordering = Ułóż je we właściwej kolejności, potem Wyślij.
hint-poll = Głosuj: nie ma złej odpowiedzi.
hint-word-cloud = Wyślij jedno lub dwa słowa: pojawią się na dużym ekranie.
submit = Wyślij
submit-order = Wyślij kolejność
text-limit = Najwyżej { $max } znaków.
your-word = Twoje słowo
your-answer = Twoja odpowiedź
type-first = Najpierw coś wpisz.
your-order = Twoja kolejność
move-up = Przesuń { $name } w górę
move-down = Przesuń { $name } w dół
checking-answer = Sprawdzanie odpowiedzi…
your-score = Twój wynik: { $score } pkt
result-thanks = Dziękujemy za odpowiedź
result-no-answer = Tym razem bez odpowiedzi
result-correct = Dobrze ✓
result-partial = Częściowo dobrze ◐
result-incorrect = Źle ✗
result-incorrect-none = Źle ✗ – brak odpowiedzi
result-points = { $points ->
    [one] +{ $points } punkt
    [few] +{ $points } punkty
   *[other] +{ $points } punktów
}
result-points-bonus = +{ $points } pkt (w tym +{ $bonus } premii za serię)
result-streak = Seria odpowiedzi: { $streak } 🔥
result-score = Wynik: { $score }
result-rank = Miejsce { $rank } z { $players }
result-behind = { $points ->
    [one] { $points } punkt za następnym miejscem
    [few] { $points } punkty za następnym miejscem
   *[other] { $points } punktów za następnym miejscem
}
result-tied = Remis z następnym miejscem
result-lead = Prowadzisz!
correct-order = Poprawna kolejność: { $order }
accepted-answers = { $count ->
    [one] Akceptowana odpowiedź: { $answers }
   *[other] Akceptowane odpowiedzi: { $answers }
}
correct-answers = { $count ->
    [one] Poprawna odpowiedź: { $answers }
   *[other] Poprawne odpowiedzi: { $answers }
}
slider-average = Średnia: { $average }
you-ticked = Zaznaczyłeś:
your-order-was = Twoja kolejność:
you-answered = Twoja odpowiedź:
you-voted = Twój głos:
leaderboard = Ranking
final-results = Wyniki końcowe
place = { $rank }.
nickname-you = { $name } (ty)
standing-me = Jesteś na { $rank }. miejscu z { $players } z wynikiem { $score } pkt.
standing-score = Twój wynik: { $score } pkt.
final = Kończysz na { $rank }. miejscu z { $players } z wynikiem { $score } pkt!
game-over = Koniec gry
thanks = Dzięki za grę!
join-another = Dołącz do innej gry
gone-title = Ta gra się zakończyła
gone-text = Gra { $pin } już nie trwa.
gone-refused-title = Nie możesz wrócić do tej gry
gone-refused-text = Gra nie przyjęła cię z powrotem. Prowadzący mógł cię usunąć.
kicked-title = Usunięto cię z gry
kicked-text = Prowadzący usunął cię z tej gry.
back-to-start = Wróć na początek
lost-title = Grasz gdzie indziej
lost-text = Ta gra jest otwarta w innej karcie lub na innym urządzeniu.
play-here = Graj tutaj

shape-red-triangle = Czerwony trójkąt
shape-blue-diamond = Niebieski romb
shape-yellow-circle = Żółte koło
shape-green-square = Zielony kwadrat
shape-purple-star = Fioletowa gwiazda
shape-teal-pentagon = Turkusowy pięciokąt
shape-orange-hexagon = Pomarańczowy sześciokąt
shape-pink-cross = Różowy krzyż

media-sound = Dźwięk do { $about }
media-video = Wideo do { $about }
media-picture = Obraz do tego pytania
media-this-question = tego pytania

error-unknown-game = Nie ma gry z PIN-em { $pin }. Sprawdź PIN na ekranie.
error-game-started = Gra { $pin } już się zaczęła.
error-game-full = Gra { $pin } jest pełna.
error-lobby-locked = Prowadzący zamknął poczekalnię; nikt nie może teraz dołączyć.
error-too-many-joins = To urządzenie dołączyło do gry { $pin } tyle razy, ile wolno.
error-nickname-taken = Pseudonim { $name } jest już zajęty w tej grze. Wybierz inny.
error-rate-limited = Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.
error-bad-message = Serwer nie zrozumiał tego żądania. Odśwież stronę i spróbuj ponownie.
error-version = Ta strona jest starsza niż serwer. Odśwież stronę.
error-forbidden = Ten klucz lub link nie jest ważny dla tej gry.
error-nickname-invalid = Tego pseudonimu nie można użyć. Wybierz inny.
error-not-host = Tylko prowadzący może to zrobić.
error-wrong-phase = Na tym etapie gry nie jest to możliwe.
error-wrong-question = To pytanie nie jest teraz otwarte.
error-too-late = Odpowiedzi na to pytanie są zamknięte.
error-already-answered = Już odpowiedziałeś na to pytanie.
error-invalid-answer = Tej odpowiedzi nie można przyjąć. Sprawdź ją i spróbuj ponownie.
error-no-such-player = Nie ma takiego gracza w tej grze.
error-too-big = To było za dużo naraz.
error-storage-unavailable = Serwer nie może teraz zapisać. Spróbuj ponownie za chwilę.
error-no-such-team = Nie ma takiej drużyny w tej grze.
too-late = Za późno – koniec czasu!

## Rounds
# machine-drafted
break-title = Przerwa
break-next = Dalej: runda { $number } z { $rounds } · { $name }
break-text = Następna runda zaraz się zacznie.
round-title = Runda { $number } z { $rounds } · { $name }
round-end = Koniec rundy { $number } z { $rounds }
round-points = { $points } w tej rundzie
round-total = { $score } łącznie
round-board =
    .aria-label = Punkty w tej rundzie
break-paused = Wstrzymano
break-auto = Następna runda zacznie się sama.
break-starting = Start…
next-break = Dalej: przerwa
next-round = Rozpocznij następną rundę

## Drużyny (strona gracza)
team-line = Twoja drużyna: { $team }
team-none = jeszcze żadna
team-playing = Grają: { $names }
team-pick =
    .aria-label = Wybierz drużynę
team-members-label = Kto gra na tym urządzeniu? Imiona oddzielone przecinkami
team-members-save = Zapisz imiona
team-place = Twoja drużyna: { $team } — miejsce { $rank } z { $teams }, { $score } pkt
team-final = Twoja drużyna, { $team }, kończy na { $rank }. miejscu z { $teams } z wynikiem { $score } pkt!

## Duży ekran
screen-title = quizbox – ekran
screen-pin = PIN { $pin }
joining-open = Dołączanie otwarte
joining-closed = Dołączanie zamknięte
sound-enable = Kliknij, aby włączyć dźwięk
mute = Wycisz
unmute = Włącz dźwięk
volume = Głośność
read-aloud = Czytaj na głos
    .title = Czytaj każde pytanie na głos głosem tego komputera
connecting = Łączenie…
screen-bad-key = Klucz prowadzącego nie został przyjęty.
screen-no-game = Nie ma gry o PIN-ie { $pin }.
screen-no-pin = Ten adres nie zawiera PIN-u gry. Otwórz link do ekranu ze strony prowadzącego.
screen-reconnecting-kept = Ponowne łączenie… Gra jest zachowana na serwerze.
storage-paused = Wstrzymano: { $problem }
storage-ok = Zapisywanie znów działa; gra toczy się dalej.
not-connected = Brak połączenia – spróbuj ponownie za chwilę.
failed-title = Nie można pokazać tej gry
screen-join-title = Dołącz do gry
join-how = Wejdź na { $url }
qr-code =
    .alt = Kod QR do dołączenia
players-noun = { $count ->
    [one] gracz
    [few] gracze
   *[other] graczy
}
waiting-players = Czekamy na graczy…
players = Gracze
    .aria-label = Gracze
lobby-controls =
    .aria-label = Sterowanie poczekalnią
lock-lobby = Zablokuj poczekalnię
unlock-lobby = Odblokuj poczekalnię
kick-recent-label = Usuń wszystkich, którzy dołączyli w ciągu ostatnich
seconds-unit = s
remove = Usuń
kick-pattern-label = Usuń nazwy zawierające
kick-recent-range = Wpisz liczbę sekund od 1 do { $max }.
kick-pattern-empty = Wpisz część nazw do usunięcia.
kick = Wyrzuć
kick-name = Wyrzuć { $name }
advance-next = Dalej za { $secs } s
advance-paused = Wstrzymano: zostało { $secs } s
answers-open-in = Odpowiedzi za
answered-of = Odpowiedziało { $answered } z { $players }
players-playing = { $count ->
    [one] { $count } gracz w grze
   *[other] Graczy w grze: { $count }
}
screen-hint-multi = Zaznacz wszystkie poprawne odpowiedzi.
screen-hint-true-false = Prawda czy fałsz?
screen-hint-type-answer = Wpisz odpowiedź na telefonie.
screen-hint-slider = Wybierz na telefonie liczbę od { $min } do { $max }.
screen-hint-slider-any = Wybierz liczbę na telefonie.
screen-hint-ordering = Ułóż to na telefonie we właściwej kolejności.
screen-hint-poll = Głosuj na telefonie: nie ma złych odpowiedzi.
screen-hint-word-cloud = Wyślij słowo lub dwa z telefonu.
media-ref = Multimedia: { $media }
answers-chosen =
    .aria-label = Wybrane odpowiedzi
correct-tag = ✓ Poprawna
sr-incorrect = (błędna)
sr-accepted = (przyjęta)
players-chose = { $count ->
    [one] gracz wybrał
   *[other] graczy wybrało
}
sr-times = { $count ->
    [one] ({ $count } raz)
   *[other] ({ $count } razy)
}
hide = Ukryj
hide-name = Ukryj { $name }
no-answers = Brak odpowiedzi.
answers-given = Udzielone odpowiedzi
no-words = Jeszcze brak słów.
word-cloud = Chmura słów
in-right-place = { $count } na właściwym miejscu
correct-order-label = Poprawna kolejność
correct-answer-is = Poprawna odpowiedź: { $answer }
correct-answer-within = Poprawna odpowiedź: { $answer } (± { $tolerance })
most-given = Najczęstsze
players-answered = { $count ->
    [one] { $count } gracz odpowiedział
   *[other] Odpowiedziało graczy: { $count }
}
after-question = Po pytaniu { $index } z { $total }
rank-same = bez zmian
rank-up = { $count ->
    [one] w górę o { $count } miejsce
    [few] w górę o { $count } miejsca
   *[other] w górę o { $count } miejsc
}
rank-down = { $count ->
    [one] w dół o { $count } miejsce
    [few] w dół o { $count } miejsca
   *[other] w dół o { $count } miejsc
}
no-players-yet = Jeszcze nie ma graczy.
teams = Drużyny
team-leaderboard =
    .aria-label = Ranking drużyn
players-count = { $count ->
    [one] { $count } gracz
    [few] { $count } gracze
   *[other] { $count } graczy
}
points = { $score } pkt
podium = Podium
team-podium = Podium drużyn
top-three = Pierwsza trójka
top-three-teams = Pierwsze trzy drużyny
top-players = Najlepsi gracze
fourth-fifth =
    .aria-label = Czwarte i piąte miejsce
nobody-played = Tym razem nikt nie grał.
screen-game-over = Gra się skończyła.
host-again = Poprowadź kolejną grę
host-controls =
    .aria-label = Sterowanie prowadzącego
start = Start
show-answers = Pokaż odpowiedzi
close-answers = Zamknij odpowiedzi
skip = Pomiń
pause = Pauza
continue = Wznów
extend = +10 s
    .title = Daj graczom 10 sekund więcej
lock-joining = Zablokuj dołączanie
unlock-joining = Odblokuj dołączanie
next-question = Następne pytanie
next-podium = Dalej: podium
next-leaderboard = Dalej: ranking
finish = Zakończ
hint-next = Spacja lub Enter: dalej
hint-finish = Zakończ: zamyka grę na wszystkich ekranach i telefonach. Wyniki są już zapisane.
end-game-ask = Zakończ grę…
end-title = Zakończyć grę teraz?
end-text-lobby = Nikt jeszcze nie grał. Gra zamknie się bez rozpoczęcia i nikt już nie dołączy.
end-text-playing = Dotychczasowe odpowiedzi zostaną policzone, a podium pokaże się teraz. Pozostałe pytania nie zostaną rozegrane.
cancel = Anuluj
end-game = Zakończ grę
