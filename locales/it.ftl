# quizbox: messaggi della pagina del giocatore, in italiano.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = Partecipa a un quiz – quizbox
me-score = { $score } pt
sound = Suono
    .title = Segnali sonori su questo telefono
leave = Esci
    .title = Esci da questa partita per entrare in un'altra
language = Lingua
join-title = Partecipa a un quiz
resume-offer = Stavi giocando nella partita { $pin } come { $name }.
resume = Rientra in quella partita
forget = Non sono io
pin-label = PIN della partita
nickname-label = Soprannome
join = Partecipa
joining = Ingresso…
error-pin = Inserisci il PIN di 6 cifre mostrato sullo schermo.
error-nickname = Inserisci un soprannome.
error-nickname-long = I soprannomi possono avere al massimo { $max } caratteri.
error-no-answer = Il server della partita non ha risposto. Controlla la connessione e riprova.
error-unreachable = Impossibile raggiungere il server della partita. Controlla la connessione e riprova.
rejoining = Rientro nella tua partita…
rejoining-as = Partita { $pin } come { $name }
rejoining-game = Partita { $pin }
reconnecting = Riconnessione…
reconnecting-kept = Riconnessione… Posizione e punteggio restano salvati.
saving-again = Il salvataggio funziona di nuovo.
not-saved-yet = Non ancora salvata: verrà reinviata appena il server potrà salvare.
lobby-title = Ci sei! In attesa dell'host…
you-are = Sei { $name }
nick-note = La partita ti ha dato questo soprannome: è quello mostrato sul grande schermo.
lobby-see-name = Vedi il tuo soprannome sul grande schermo?
waiting-title = Ci sei! Giochi dalla prossima domanda.
waiting-text = Gli altri sono alla domanda { $index } di { $total }. La tua prima è la domanda { $first }, partendo da 0 punti.
question-of = Domanda { $index } di { $total }
slide-of = { $index } di { $total }
look-at-screen = Guarda il grande schermo
get-ready = Preparati…
time-left = Tempo rimasto
seconds-left = { $secs ->
    [one] Manca { $secs } secondo
   *[other] Mancano { $secs } secondi
}
paused = In pausa
times-up = Tempo scaduto!
answers =
    .aria-label = Risposte
answer-locked = Risposta registrata ✓ In attesa degli altri…
answer-sending = Invio della risposta…
slide-note = Nessuna risposta richiesta: l'host prosegue.
hint-multi = Spunta tutte le risposte corrette, poi Invia.
hint-type-answer = Scrivi la tua risposta.
hint-slider = Scorri fino alla tua risposta, poi Invia.
hint-ordering = Mettile nell'ordine giusto, poi Invia.
hint-poll = Vota: non c'è una risposta sbagliata.
hint-word-cloud = Invia una o due parole: appaiono sul grande schermo.
submit = Invia
submit-order = Invia l'ordine
text-limit = Al massimo { $max } caratteri.
your-word = La tua parola
your-answer = La tua risposta
type-first = Scrivi prima qualcosa.
your-order = Il tuo ordine
move-up = Sposta su { $name }
move-down = Sposta giù { $name }
checking-answer = Verifica della risposta…
your-score = Il tuo punteggio: { $score } punti
result-thanks = Grazie per aver risposto
result-no-answer = Nessuna risposta questa volta
result-correct = Corretto ✓
result-partial = Parzialmente corretto ◐
result-incorrect = Sbagliato ✗
result-incorrect-none = Sbagliato ✗ – nessuna risposta
result-points = { $points ->
    [one] +{ $points } punto
   *[other] +{ $points } punti
}
result-points-bonus = +{ $points } punti (incl. +{ $bonus } di bonus serie)
result-streak = Serie di risposte: { $streak } 🔥
result-score = Punteggio: { $score }
result-rank = { $rank }º su { $players }
result-behind = { $points ->
    [one] { $points } punto dietro il posto successivo
   *[other] { $points } punti dietro il posto successivo
}
result-tied = Pari con il posto successivo
result-lead = Sei in testa!
correct-order = Ordine corretto: { $order }
accepted-answers = { $count ->
    [one] Risposta accettata: { $answers }
   *[other] Risposte accettate: { $answers }
}
correct-answers = { $count ->
    [one] Risposta corretta: { $answers }
   *[other] Risposte corrette: { $answers }
}
slider-average = Media: { $average }
you-ticked = Hai spuntato:
your-order-was = Il tuo ordine:
you-answered = Hai risposto:
you-voted = Hai votato:
leaderboard = Classifica
final-results = Risultati finali
place = { $rank }º
nickname-you = { $name } (tu)
standing-me = Sei { $rank }º su { $players } con { $score } punti.
standing-score = Il tuo punteggio: { $score } punti.
final = Hai finito { $rank }º su { $players } con { $score } punti!
game-over = Partita finita
thanks = Grazie per aver giocato!
join-another = Partecipa a un'altra partita
gone-title = Questa partita è finita
gone-text = La partita { $pin } non è più in corso.
gone-refused-title = Non puoi rientrare in questa partita
gone-refused-text = La partita non ti ha fatto rientrare. Forse l'host ti ha rimosso.
kicked-title = Sei stato rimosso dalla partita
kicked-text = L'host ti ha rimosso da questa partita.
back-to-start = Torna all'inizio
lost-title = Stai giocando altrove
lost-text = Hai aperto questa partita in un'altra scheda o su un altro dispositivo.
play-here = Gioca qui

shape-red-triangle = Triangolo rosso
shape-blue-diamond = Rombo blu
shape-yellow-circle = Cerchio giallo
shape-green-square = Quadrato verde
shape-purple-star = Stella viola
shape-teal-pentagon = Pentagono verde acqua
shape-orange-hexagon = Esagono arancione
shape-pink-cross = Croce rosa

media-sound = Audio per { $about }
media-video = Video per { $about }
media-picture = Immagine di questa domanda
media-this-question = questa domanda

error-unknown-game = Non esiste una partita con PIN { $pin }. Controlla il PIN sullo schermo.
error-game-started = La partita { $pin } è già iniziata.
error-game-full = La partita { $pin } è piena.
error-lobby-locked = L'host ha chiuso la sala d'attesa; ora nessuno può entrare.
error-too-many-joins = Questo dispositivo è entrato nella partita { $pin } tutte le volte consentite.
error-nickname-taken = Il soprannome { $name } è già usato in questa partita. Scegline un altro.
error-rate-limited = Troppi tentativi. Attendi un momento e riprova.
error-bad-message = Il server non ha capito questa richiesta. Ricarica la pagina e riprova.
error-version = Questa pagina è più vecchia del server. Ricarica la pagina.
error-forbidden = Questa chiave o questo link non è valido per questa partita.
error-nickname-invalid = Questo soprannome non si può usare. Scegline un altro.
error-not-host = Solo l'host può farlo.
error-wrong-phase = Non è possibile in questo momento della partita.
error-wrong-question = Questa domanda non è quella aperta adesso.
error-too-late = Le risposte a questa domanda sono chiuse.
error-already-answered = Hai già risposto a questa domanda.
error-invalid-answer = Questa risposta non può essere accettata. Controllala e riprova.
error-no-such-player = Questo giocatore non è in questa partita.
error-too-big = Era troppo da inviare in una volta.
error-storage-unavailable = Il server non riesce a salvare adesso. Riprova tra un momento.
error-no-such-team = Questa squadra non esiste in questa partita.
too-late = Troppo tardi – tempo scaduto!

## Rounds
# machine-drafted
break-title = Pausa
break-next = Prossimo: round { $number } di { $rounds } · { $name }
break-text = Il prossimo round inizia a breve.
round-title = Round { $number } di { $rounds } · { $name }
round-end = Fine del round { $number } di { $rounds }
round-points = { $points } in questo round
round-total = { $score } in totale
round-board =
    .aria-label = Punti in questo round
break-paused = In pausa
break-auto = Il prossimo round inizia da solo.
break-starting = Si parte…
next-break = Prossimo: pausa
next-round = Inizia il prossimo round

## Squadre (pagina del giocatore)
team-line = La tua squadra: { $team }
team-none = ancora nessuna
team-playing = Giocano: { $names }
team-pick =
    .aria-label = Scegli la tua squadra
team-members-label = Chi gioca su questo dispositivo? Nomi separati da virgole
team-members-save = Salva i nomi
team-place = La tua squadra: { $team } — { $rank }ª su { $teams }, { $score } punti
team-final = La tua squadra, { $team }, ha finito { $rank }ª su { $teams } con { $score } punti!

## Schermo grande
screen-title = quizbox – schermo
screen-pin = PIN { $pin }
joining-open = Ingresso aperto
joining-closed = Ingresso chiuso
sound-enable = Fai clic per attivare l'audio
mute = Silenzia
unmute = Riattiva audio
volume = Volume
read-aloud = Leggi ad alta voce
    .title = Leggi ogni domanda ad alta voce con la voce di questo computer
connecting = Connessione…
screen-bad-key = La chiave dell'organizzatore non è stata accettata.
screen-no-game = Non esiste una partita con PIN { $pin }.
screen-no-pin = Questo indirizzo non ha un PIN di partita. Apri il link dello schermo fornito dalla pagina dell'organizzatore.
screen-reconnecting-kept = Riconnessione… La partita resta salvata sul server.
storage-paused = In pausa: { $problem }
storage-ok = Il salvataggio funziona di nuovo; la partita continua.
not-connected = Non connesso – riprova tra un momento.
failed-title = Impossibile mostrare questa partita
screen-join-title = Partecipa alla partita
join-how = Vai su { $url }
qr-code =
    .alt = Codice QR per partecipare
players-noun = { $count ->
    [one] giocatore
   *[other] giocatori
}
waiting-players = In attesa dei giocatori…
players = Giocatori
    .aria-label = Giocatori
lobby-controls =
    .aria-label = Comandi della sala d'attesa
lock-lobby = Blocca la sala d'attesa
unlock-lobby = Sblocca la sala d'attesa
kick-recent-label = Rimuovi chi è entrato negli ultimi
seconds-unit = s
remove = Rimuovi
kick-pattern-label = Rimuovi i nomi che contengono
kick-recent-range = Inserisci un numero di secondi da 1 a { $max }.
kick-pattern-empty = Scrivi una parte dei nomi da rimuovere.
kick = Espelli
kick-name = Espelli { $name }
advance-next = Avanti tra { $secs } s
advance-paused = In pausa: mancano { $secs } s
answers-open-in = Risposte aperte tra
answered-of = { $answered } su { $players } hanno risposto
players-playing = { $count ->
    [one] { $count } giocatore in gioco
   *[other] { $count } giocatori in gioco
}
screen-hint-multi = Seleziona tutte le risposte corrette.
screen-hint-true-false = Vero o falso?
screen-hint-type-answer = Scrivi la tua risposta sul telefono.
screen-hint-slider = Scegli un numero da { $min } a { $max } sul telefono.
screen-hint-slider-any = Scegli un numero sul telefono.
screen-hint-ordering = Metti questi elementi nell'ordine giusto sul telefono.
screen-hint-poll = Vota sul telefono: non ci sono risposte sbagliate.
screen-hint-word-cloud = Invia una o due parole dal telefono.
media-ref = Media: { $media }
answers-chosen =
    .aria-label = Risposte scelte
correct-tag = ✓ Corretta
sr-incorrect = (sbagliata)
sr-accepted = (accettata)
players-chose = { $count ->
    [one] giocatore l'ha scelta
   *[other] giocatori l'hanno scelta
}
sr-times = { $count ->
    [one] ({ $count } volta)
   *[other] ({ $count } volte)
}
hide = Nascondi
hide-name = Nascondi { $name }
no-answers = Nessuna risposta.
answers-given = Risposte date
no-words = Ancora nessuna parola.
word-cloud = Nuvola di parole
in-right-place = { $count } al posto giusto
correct-order-label = Ordine corretto
correct-answer-is = Risposta corretta: { $answer }
correct-answer-within = Risposta corretta: { $answer } (± { $tolerance })
most-given = Le più date
players-answered = { $count ->
    [one] { $count } giocatore ha risposto
   *[other] { $count } giocatori hanno risposto
}
after-question = Dopo la domanda { $index } di { $total }
rank-same = nessun cambiamento
rank-up = { $count ->
    [one] sale di { $count } posizione
   *[other] sale di { $count } posizioni
}
rank-down = { $count ->
    [one] scende di { $count } posizione
   *[other] scende di { $count } posizioni
}
no-players-yet = Ancora nessun giocatore.
teams = Squadre
team-leaderboard =
    .aria-label = Classifica delle squadre
players-count = { $count ->
    [one] { $count } giocatore
   *[other] { $count } giocatori
}
points = { $score } punti
podium = Podio
team-podium = Podio delle squadre
top-three = I primi tre
top-three-teams = Le prime tre squadre
top-players = Migliori giocatori
fourth-fifth =
    .aria-label = Quarto e quinto posto
nobody-played = Questa volta non ha giocato nessuno.
screen-game-over = La partita è finita.
host-again = Organizza un'altra partita
host-controls =
    .aria-label = Comandi dell'organizzatore
start = Inizia
show-answers = Mostra le risposte
close-answers = Chiudi le risposte
skip = Salta
pause = Pausa
continue = Riprendi
extend = +10 s
    .title = Dai ai giocatori 10 secondi in più
lock-joining = Chiudi l'ingresso
unlock-joining = Apri l'ingresso
next-question = Domanda successiva
next-podium = Avanti: podio
next-leaderboard = Avanti: classifica
finish = Concludi
hint-next = Spazio o Invio: avanti
hint-finish = Concludi: chiude la partita su tutti gli schermi e telefoni. I risultati sono già salvati.
end-game-ask = Termina partita…
end-title = Terminare la partita adesso?
end-text-lobby = Nessuno ha ancora giocato. La partita si chiude senza iniziare e nessuno potrà più entrare.
end-text-playing = Le risposte date finora vengono conteggiate e il podio viene mostrato adesso. Le domande rimaste non vengono giocate.
cancel = Annulla
end-game = Termina partita
