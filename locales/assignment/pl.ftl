# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language pl.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Zadanie – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Pseudonim
assignment-intro = Odpowiadaj we własnym tempie: każde pytanie ma własny licznik czasu, który rusza, gdy pytanie się pojawi. Możesz zamknąć tę stronę i wrócić na tym urządzeniu, by kontynuować od miejsca, w którym skończyłeś.
assignment-start = Zacznij
assignment-window = { $count ->
    [one] { $count } pytanie · otwarte do { $closes }
    [few] { $count } pytania · otwarte do { $closes }
    [many] { $count } pytań · otwarte do { $closes }
   *[other] { $count } pytania · otwarte do { $closes }
}
assignment-not-open-title = Jeszcze nie otwarte
assignment-opens-on = To zadanie otwiera się { $opens }.
assignment-closed-title = To zadanie jest zamknięte
assignment-deadline-passed = Termin minął.
assignment-closed-summary = { $answered ->
   *[other] Odpowiedziano na { $answered } z { $count } pytań, wynik: { $score } pkt.
}
assignment-question-of = Pytanie { $n } z { $count }
assignment-points = { $points ->
   *[other] { $points } pkt
}
assignment-not-scored = bez punktów
assignment-time-left = Pozostały czas
assignment-skip = Pomiń to pytanie
assignment-continue = Dalej
assignment-announce-question = Pytanie { $n }: { $text }
assignment-skipped = Pominięto
assignment-correct = Dobrze!
assignment-saved = Odpowiedź zapisana
assignment-gained = { $points ->
   *[other] +{ $points } pkt
}
assignment-next = Następne pytanie
assignment-see-result = Zobacz swój wynik
assignment-finished = Koniec!
assignment-done-score = { $correct ->
    [one] Wynik: { $score } pkt, { $correct } poprawna odpowiedź.
    [few] Wynik: { $score } pkt, { $correct } poprawne odpowiedzi.
    [many] Wynik: { $score } pkt, { $correct } poprawnych odpowiedzi.
   *[other] Wynik: { $score } pkt, { $correct } poprawnej odpowiedzi.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] Zajmujesz { $rank }. miejsce wśród tych, którzy skończyli.
}
assignment-board = Dotychczasowy ranking
assignment-board-line = { $name } — { $score } pkt
assignment-announce-done = Koniec, { $score } pkt.
assignment-server-answered = Serwer odpowiedział { $status }
assignment-not-saved = Nie można połączyć się z serwerem. Odpowiedź nie została zapisana; spróbuj ponownie.
assignment-unreachable-reload = Nie można połączyć się z serwerem. Odśwież stronę, aby spróbować ponownie.
assignment-unreachable = Nie można połączyć się z serwerem. Spróbuj ponownie.
assignment-storage-retry = Serwer nie może teraz zapisać (jego dysk jest pełny lub uszkodzony). Twoja odpowiedź jest zachowana i za chwilę zostanie wysłana ponownie; możesz też odpowiedzieć jeszcze raz.

## Whether an answer was right, and its points

assignment-partly-correct = Częściowo dobrze
assignment-incorrect = Źle
assignment-gained-bonus = +{ $points } pkt (w tym +{ $bonus } premii za serię)
assignment-no-points = Brak punktów
