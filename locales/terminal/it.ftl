# quizbox: la plancia dell'host nel terminale (`quizbox host`), in italiano.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = mai
ago-just-now = proprio ora
ago-minutes = { $count } min fa
ago-hours = { $count } h fa
ago-yesterday = ieri
ago-days = { $count ->
    [one] { $count } giorno fa
   *[other] { $count } giorni fa
}

picker-title = Scegli un quiz
picker-filter = Filtro:
picker-loading = caricamento dei quiz…
picker-load-failed = Impossibile caricare i quiz: { $error }
picker-retry = Premi Ctrl-R per riprovare.
picker-empty = Ancora nessun quiz. Importane uno con: quizbox import FILE
picker-no-match = Nessun quiz corrisponde a «{ $filter }» (Esc cancella il filtro).
picker-column-quiz = Quiz
picker-column-questions = Domande
picker-column-played = Ultima volta
picker-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quiz
}
picker-count-matching = { $shown } quiz su { $count } corrispondono

options-title = Nuova partita:
options-questions = { $count ->
    [one] { $count } domanda
   *[other] { $count } domande
}
options-creating = creazione della partita…
options-create-failed = Impossibile creare la partita: { $error }
options-press-enter = Premi Enter per creare la partita e aprire la sala d'attesa.
option-on = sì
option-off = no
option-intro = Secondi prima delle risposte
option-intro-help = Ogni domanda resta visibile per questo tempo prima che si possa rispondere.
option-streak = Bonus serie
option-streak-help = +100 per ogni risposta giusta di fila, fino a +500.
option-shuffle-questions = Mescola le domande
option-shuffle-questions-help = Le domande vengono giocate in ordine casuale.
option-shuffle-answers = Mescola le risposte
option-shuffle-answers-help = Le opzioni di ogni domanda appaiono in ordine casuale.
option-screen-only = Domande solo sul grande schermo
option-screen-only-help = I telefoni mostrano solo forme colorate; la domanda si legge sul grande schermo.
option-screen-language = Lingua del grande schermo
option-screen-language-help = La lingua del grande schermo (/screen/PIN); di norma quella del browser del proiettore.
option-screen-language-browser = quella del browser
option-generated-nicknames = Soprannomi generati
option-generated-nicknames-help = I giocatori ricevono un nome simpatico come «Lontra Coraggiosa» invece di scriverlo.
option-late-join = Ingresso in ritardo
option-late-join-help = Si può entrare dopo l'inizio; si gioca dalla domanda successiva con 0 punti.
option-auto-advance = Avanza da solo dopo (secondi)
option-auto-advance-help = Risposte e classifica restano visibili per questo tempo, poi la partita prosegue da sola.
option-teams = Squadre
option-teams-help = Una squadra ottiene la media dei punti dei membri; sorteggiate, scelte sul telefono o una per dispositivo condiviso.
option-team-names = Nomi delle squadre (separati da virgole)
option-team-names-help = Da 2 a 20 nomi diversi, ciascuno di al massimo 30 caratteri.
teams-off = no
teams-auto = sorteggiate
teams-pick = scelte dai giocatori
teams-device = una per dispositivo condiviso

lobby-scan = scansiona per entrare
lobby-join-at = Entra su
lobby-enlarge-for-qr = (allarga la finestra per vedere un codice QR)
lobby-pin = PIN della partita
lobby-not-connected = (non connesso)
lobby-locked = Ingresso: BLOCCATO (l per sbloccare)
lobby-open = Ingresso: aperto
lobby-players = Giocatori ({ $count })
lobby-waiting = In attesa dei giocatori…
lobby-more = +{ $count } altri
special-shuffled-questions = domande mescolate
special-shuffled-answers = risposte mescolate
special-screen-only = domande solo sul grande schermo
special-generated-nicknames = soprannomi generati
special-no-streak-bonus = senza bonus serie
special-no-late-join = senza ingresso in ritardo
special-auto-advance = avanzamento automatico
special-screen-language = grande schermo in { $language }

notice-not-connected = non connesso al server: attendi la riconnessione, poi riprova
notice-removed = { $count ->
    [one] { $count } giocatore rimosso
   *[other] { $count } giocatori rimossi
}
notice-storage = ARCHIVIAZIONE: { $problem }
notice-storage-back = il salvataggio funziona di nuovo; la partita continua
notice-server = server: { $message }
notice-nobody-to-remove = ancora nessuno da rimuovere
notice-nothing-to-hide = nessuna voce da nascondere in questa domanda

question-heading = Domanda { $index } di { $total }
question-opens-in = Risposte tra { $seconds } s  ·  poi { $limit } s per rispondere
question-paused = IN PAUSA
question-seconds-left = { $seconds } s rimasti
question-seconds-paused = { $seconds } s in pausa
question-answered = Risposte
question-no-points = senza punti
question-points = { $count ->
    [one] { $count } punto
   *[other] { $count } punti
}
kind-single = una risposta
kind-multi = più risposte
kind-true-false = vero o falso
kind-type-answer = risposta scritta
kind-slider = cursore
kind-ordering = metti in ordine
kind-poll = sondaggio
kind-word-cloud = nuvola di parole
kind-slide = diapositiva
form-type-answer = I giocatori scrivono la risposta (fino a { $count } caratteri).
form-word-cloud = I giocatori scrivono una parola o una breve frase (fino a { $count } caratteri).
form-slider = I giocatori scelgono un numero da { $min } a { $max }{ $unit }, a passi di { $step }.
form-ordering = I giocatori mettono in ordine:
form-multi = I giocatori segnano ogni risposta che ritengono giusta.
form-poll = Un sondaggio: nessuna risposta è giusta o sbagliata.
slide-hint = n: avanti  ·  nessuna risposta su una diapositiva

reveal-answers = risposte
reveal-correct = giusta
reveal-accepted = Accettate:
reveal-answered = { $count } hanno risposto
reveal-correct-order = Ordine giusto:
reveal-placed = { $count } l'hanno messo qui
reveal-no-answers = Nessuna risposta da mostrare.
reveal-more = altri { $count }
reveal-more-values = altri { $count } valori
reveal-slider-correct = Giusto: { $value }
reveal-slider-range = Da { $min } a { $max }{ $unit }, passo { $step }
reveal-average = Media: { $value }
reveal-average-none = Media: nessuna risposta

rank = { $rank }º
board-heading = Classifica dopo la domanda { $index } di { $total }
board-nobody = Nessuno sta giocando.
board-teams = Squadre
board-members = { $count ->
    [one] { $count } giocatore
   *[other] { $count } giocatori
}
podium-title = Podio
podium-winner = Vincitore:
podium-points = { $count ->
    [one] { $count } punto
   *[other] { $count } punti
}
podium-nobody = Nessuno ha giocato.
lost-title = Questa partita non esiste più sul server.
lost-server-said = Il server ha risposto: { $message }.
lost-why = Forse è finita, o il server è ripartito senza di essa.
lost-what-now = Premi Enter per scegliere un quiz e iniziare una nuova partita, o q per uscire.

round-end = Fine del round { $round } di { $rounds }: { $name }
round-after-question = dopo la domanda { $index } di { $total }
round-this-round = in questo round
round-in-all = { $score } in totale
break-title = Pausa
break-paused = Pausa FERMA (p riprende)
break-auto = il round successivo parte da solo
break-over = Pausa finita: n avvia il round successivo
break-running = n avvia ora il round successivo, p mette in pausa
break-next = Prossimo: round { $round } di { $rounds }: { $name }

summary-title = Partita finita: { $title }
summary-accuracy = Precisione per domanda
summary-accuracy-legend = Precisione per domanda (⚠ difficile: meno del 50 % giuste)
summary-report-failed = Impossibile leggere il rapporto:
summary-retry = Premi r per riprovare.
summary-loading = Caricamento del rapporto…
summary-top-players = Migliori giocatori
summary-right = { $correct }/{ $answered } giuste
summary-percent = { $value } %
summary-not-scored = senza punteggio
summary-more = altre { $count } nella pagina del rapporto
summary-most-missed = Più sbagliata:
summary-question = domanda { $index }
summary-right-of = { $correct } giuste su { $answered }
summary-none-missed = nessuna risposta con punteggio.
summary-participation = Partecipazione { $participation } delle risposte possibili · { $completion } dei giocatori ha risposto a tutto
summary-report-link = Rapporto (grafici, tutte le risposte, CSV e xlsx):
summary-results-link = Risultati completi (ogni giocatore e risposta, JSON):

header-pin = PIN { $pin }
header-joining-open = ingresso aperto
header-joining-locked = ingresso BLOCCATO (l)
header-joining-closed = ingresso chiuso
header-moving-on = si prosegue tra { $seconds } s
header-advance-paused = avanzamento automatico IN PAUSA, { $seconds } s rimasti
link-connecting = connessione…
link-connected = connesso
link-reconnecting = riconnessione… tentativo { $attempt }, prossimo tra { $seconds } s
link-lost = Connessione al server persa ({ $reason }). Riconnessione… (tentativo { $attempt }, prossimo tra { $seconds } s)
link-lost-game-goes-on = La partita continua sul server; i comandi aspettano il ritorno della connessione.
confirm-title = conferma
confirm-yes = sì
confirm-no = no
confirm-quit = Uscire dalla plancia?
confirm-quit-embedded = Il server gira dentro questa plancia: uscire lo ferma e termina la partita.
confirm-quit-remote = La partita continua sul server senza il suo host.
confirm-end = Terminare la partita ora?
confirm-end-consequence = Le risposte date finora contano e si mostra il podio.
confirm-kick = Rimuovere { $nickname } dalla partita?
confirm-kick-consequence = Viene disconnesso e non può rientrare con la stessa sessione.
confirm-kick-recent = Rimuovere tutti quelli entrati negli ultimi { $seconds } s?
confirm-kick-recent-consequence = Contro un'ondata di ingressi: blocca prima la sala (l) così non tornano.
kick-matching-title = rimuovi per nome
kick-matching-prompt = Rimuovi tutti quelli il cui nome contiene:
kick-matching-how = Confronto senza maiuscole e lettere simili.
kick-matching-remove = rimuovi
kick-matching-cancel = annulla
help-title = tasti
help-close = un tasto qualsiasi chiude questo aiuto

hint-filter = filtra
hint-choose = scegli
hint-select = apri
hint-help = aiuto
hint-quit = esci
hint-team-names-commas-between = nomi delle squadre, separati da virgole
hint-option = opzione
hint-create-game = crea partita
hint-back = indietro
hint-change = cambia
hint-load-report-again = ricarica il rapporto
hint-new-game = nuova partita
hint-start = inizia
hint-kick = rimuovi
hint-kick-recent = rimuovi recenti
hint-open-answers = apri risposte
hint-skip = salta
hint-end-game = termina
hint-close = chiudi
hint-10-s-more = +10 s
hint-end = termina
hint-move-now = avanti ora
hint-leaderboard = classifica
hint-choose-entry = scegli voce
hint-hide-entry = nascondi voce
hint-next = avanti
hint-podium = podio
hint-next-question = prossima domanda
hint-finish-game = concludi la partita
hint-unlock = sblocca
hint-lock = blocca
hint-continue = riprendi
hint-pause = pausa
help-filter-quizzes-title-description = filtra i quiz per titolo o descrizione
help-remove-last-filter-letter = cancella l'ultima lettera del filtro
help-clear-filter = cancella il filtro
help-choose-quiz = scegli un quiz
help-game-options-chosen-quiz = opzioni di partita del quiz scelto
help-reload-quiz-list = ricarica l'elenco dei quiz
help-choose-option = scegli un'opzione
help-fewer-more-seconds-before = meno / più secondi prima delle risposte
help-turn-chosen-option-off = attiva / disattiva l'opzione scelta
help-teams-off-drawn-random = squadre: no, sorteggiate, scelte dai giocatori, per dispositivo
help-team-names-separated-commas = i nomi delle squadre, separati da virgole
help-create-game-open-lobby = crea la partita e apri la sala d'attesa
help-back-quiz-list = torna all'elenco dei quiz
help-start-move-open-close = inizia / avanti (apri, chiudi, prossima)
help-choose-player-lobby = scegli un giocatore nella sala d'attesa
help-remove-chosen-player = rimuovi il giocatore scelto
help-lobby-remove-everyone-joined = in sala: rimuovi tutti quelli entrati nell'ultimo minuto
help-lobby-remove-everyone-whose = in sala: rimuovi tutti quelli il cui nome contiene ciò che scrivi
help-lock-joining-nobody-can = blocca l'ingresso (nessuno può entrare) o sbloccalo
help-pause-continue-countdown-autoadvance = metti in pausa o riprendi il conto alla rovescia o l'avanzamento
help-give-10-more-seconds = dai 10 secondi in più
help-skip-question-reveal-now = salta la domanda (rivela ora)
help-end-game-early-podium = termina la partita in anticipo (podio)
help-word-cloud-choose-entry = in una nuvola di parole: scegli una voce, nascondila
help-choose-quiz-start-new = scegli un quiz e inizia una nuova partita
help-load-games-report-again = ricarica il rapporto della partita
help-quit = esci
help-this-help = questo aiuto
help-quit-asks-first-during = esci (chiede conferma durante una partita)
key-type = scrivi
key-letters = lettere
help-screen-language = lingua del grande schermo: quella del browser o una delle 13

reason-no-answer = il server non ha risposto
reason-no-welcome = il server non ci ha accolti
reason-silent = il server ha smesso di rispondere
reason-unknown-game = non ha nessuna partita con questo PIN
reason-replaced = un'altra connessione ha preso questa partita
reason-restarting = il server si sta riavviando
reason-closed-why = chiusa dal server ({ $code }: { $reason })
reason-closed = chiusa dal server ({ $code })
reason-lost = connessione persa

## The break between rounds in the game options

option-break = Pausa tra i round (secondi)
option-break-help = Per un quiz a round: dopo il riepilogo di un round, una pausa con conto alla rovescia di questa durata prima del successivo; no: nessuna pausa.

## Question media
# machine-drafted
question-media-picture = immagine: { $name }
question-media-sound = audio: { $name }
question-media-video = video: { $name }
