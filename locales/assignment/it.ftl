# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language it.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Compito – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Soprannome
assignment-intro = Rispondi con calma: ogni domanda ha il suo timer, che parte quando appare. Puoi chiudere questa pagina e tornare su questo dispositivo per riprendere da dove eri.
assignment-start = Inizia
assignment-window = { $count ->
    [one] { $count } domanda · aperto fino al { $closes }
   *[other] { $count } domande · aperto fino al { $closes }
}
assignment-not-open-title = Non ancora aperto
assignment-opens-on = Questo compito apre il { $opens }.
assignment-closed-title = Questo compito è chiuso
assignment-deadline-passed = La scadenza è passata.
assignment-closed-summary = { $answered ->
    [one] Hai risposto a { $answered } domanda su { $count } e fatto { $score } punti.
   *[other] Hai risposto a { $answered } domande su { $count } e fatto { $score } punti.
}
assignment-question-of = Domanda { $n } di { $count }
assignment-points = { $points ->
    [one] { $points } punto
   *[other] { $points } punti
}
assignment-not-scored = senza punti
assignment-time-left = Tempo rimasto
assignment-skip = Salta questa domanda
assignment-continue = Continua
assignment-announce-question = Domanda { $n }: { $text }
assignment-skipped = Saltata
assignment-correct = Giusto!
assignment-saved = Risposta salvata
assignment-gained = { $points ->
    [one] +{ $points } punto
   *[other] +{ $points } punti
}
assignment-next = Domanda successiva
assignment-see-result = Vedi il tuo risultato
assignment-finished = Finito!
assignment-done-score = { $correct ->
    [one] Hai fatto { $score } punti con { $correct } risposta giusta.
   *[other] Hai fatto { $score } punti con { $correct } risposte giuste.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] Sei { $rank }º tra chi ha finito.
}
assignment-board = Classifica finora
assignment-board-line = { $name } — { $score } punti
assignment-announce-done = Finito con { $score } punti.
assignment-server-answered = Il server ha risposto { $status }
assignment-not-saved = Impossibile raggiungere il server. La tua risposta non è stata salvata; riprova.
assignment-unreachable-reload = Impossibile raggiungere il server. Ricarica la pagina per riprovare.
assignment-unreachable = Impossibile raggiungere il server. Riprova.
assignment-storage-retry = Il server non riesce a salvare in questo momento (il suo disco è pieno o guasto). La tua risposta è conservata e verrà inviata di nuovo da sola tra poco; puoi anche rispondere di nuovo.

## Whether an answer was right, and its points

assignment-partly-correct = Parzialmente corretto
assignment-incorrect = Sbagliato
assignment-gained-bonus = +{ $points } punti (incl. +{ $bonus } di bonus serie)
assignment-no-points = Nessun punto
