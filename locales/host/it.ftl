# quizbox: the host's pages (dashboard, studio, reports, account); language it.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = Condurre una partita – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Pagine
studio-nav-library = Libreria dei quiz
studio-nav-host = Conduci una partita
studio-sign-out = Esci
studio-login-username = Nome utente
studio-login-password = Password
studio-login-submit = Accedi
studio-confirm-keep = Tienilo
studio-delete = Elimina
studio-unexpected-reply = Il server ha inviato una risposta inattesa.
studio-kind-single = Scelta singola
studio-kind-multi = Scelta multipla
studio-kind-true-false = Vero o falso
studio-kind-type-answer = Risposta scritta
studio-kind-slider = Cursore
studio-kind-ordering = Ordinamento
studio-kind-poll = Sondaggio
studio-kind-word-cloud = Nuvola di parole
studio-kind-slide = Diapositiva

reports-page-title = Resoconti – quizbox
reports-title = Resoconti
reports-login-legend = Accedi per vedere i resoconti delle tue partite
reports-search = Cerca per quiz
reports-search-placeholder = Titolo o id del quiz
reports-table-caption = Partite concluse, le più recenti prima
reports-col-quiz = Quiz
reports-col-played = Giocata
reports-col-players = Giocatori
reports-col-status = Stato
reports-col-actions = Azioni
reports-confirm-text = I suoi risultati e tutte le risposte vengono eliminati per sempre.
reports-load-failed = Impossibile caricare le partite: { $error }
reports-status-finished = conclusa, { $duration }
reports-host = condotta da { $name }
reports-open = Apri
reports-open-label = Apri il resoconto di { $title } del { $date }
reports-delete-label = Elimina la partita di { $title } del { $date }
reports-none = Ancora nessuna partita conclusa: conducine una e il suo resoconto apparirà qui.
reports-count = { $count ->
    [one] { $count } partita
   *[other] { $count } partite
}
reports-count-match = { $count ->
    [one] { $shown } di { $count } partita corrispondono
   *[other] { $shown } di { $count } partite corrispondono
}
reports-confirm-title = Eliminare la partita di «{ $title }» del { $date }?
reports-delete-failed = Impossibile eliminare la partita di «{ $title }»: { $error }
reports-deleted = Partita di «{ $title }» eliminata.

report-page-title = Resoconto della partita – quizbox
report-nav-all = Tutti i resoconti
report-title = Resoconto della partita
report-login-legend = Accedi per vedere questo resoconto
report-summary = Riepilogo
report-downloads = Scarica questo resoconto
report-download-csv = Scarica CSV
report-download-json = Scarica JSON
report-download-xlsx = Scarica foglio di calcolo (xlsx)
report-print = Stampa
report-questions = Domande
report-legend = Le barre contano i giocatori che hanno dato ogni risposta; { $right }. Una domanda è { $difficult } quando meno della metà delle risposte era giusta.
report-legend-right = ✓ indica una risposta giusta
report-legend-difficult = difficile
report-questions-caption = Ogni domanda: risposte, precisione e tempi
report-col-question = Domanda e risposte
report-col-accuracy = Precisione
report-col-average = Tempo medio
report-col-median = Tempo mediano
report-col-difficult = Difficile
report-across-heading = In tutte le partite di questo quiz
report-across-intro = Le domande più sbagliate, dalla precisione più bassa:
report-teams = Squadre
report-teams-note = Il punteggio di una squadra è la media dei punteggi dei suoi giocatori.
report-teams-caption = Ogni squadra, per posizione
report-col-rank = Posizione
report-col-team = Squadra
report-col-score = Punteggio
report-players-caption = Ogni giocatore, per posizione, con le sue risposte
report-col-player = Giocatore
report-col-correct = Giuste
report-col-streak = Serie migliore
report-unknown = sconosciuto
report-ended-in-lobby = conclusa nella sala d'attesa
report-duration-hours = { $h } h { $m } min
report-duration-minutes = { $m } min { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct } %
report-not-found = Non esiste un resoconto di questa partita: è stata eliminata, o è di un altro conduttore.
report-load-failed = Impossibile caricare il resoconto: { $error }
report-heading = Resoconto: { $title }
report-doc-title = { $title } – resoconto – quizbox
report-fact-duration = Durata
report-fact-pin = PIN
report-fact-participation = Partecipazione
report-fact-completion = Completamento
report-participation = { $percent } delle risposte possibili date
report-completion = { $percent } dei giocatori ha risposto a tutte le domande
report-across-games = { $count ->
    [one] { $count } partita giocata di questo quiz.
   *[other] { $count } partite giocate di questo quiz.
}
report-across-item = { $games ->
    [one] { $percent } giuste ({ $correct } su { $answered } risposte in { $games } partita)
   *[other] { $percent } giuste ({ $correct } su { $answered } risposte in { $games } partite)
}
report-answered = { $count } risposte
report-right-count = { $count } giuste
report-right-answers = Giusta: { $answers }
report-not-scored = senza punteggio
report-flag-difficult = ⚠ difficile
report-flag-no = no
report-result-right = ✓ giusta
report-result-wrong = ✗ sbagliata
report-no-answer = nessuna risposta
report-answers-of = Risposte di { $name }
report-answers-question = Domanda
report-answers-answer = Risposta
report-answers-result = Esito
report-answers-points = Punti
report-answers-time = Tempo
report-correct-of = { $correct } su { $answered }
report-download-failed = Impossibile scaricare il resoconto: { $error }
report-downloaded = { $size ->
    [one] Scaricato { $name } ({ $size } byte).
   *[other] Scaricato { $name } ({ $size } byte).
}
report-chart-none = Domanda { $number }: nessuna risposta.
report-chart-summary = Risposte alla domanda { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (risposta giusta)
report-chart-count-right = { $count } (giusta)
report-chart-more = { $count ->
    [one] e { $count } altra risposta, data { $times } volte
   *[other] e altre { $count } risposte, date { $times } volte
}
report-chart-no-answers = Nessuna risposta

studio-page-title = Libreria dei quiz – quizbox
studio-login-legend = Accedi per scrivere quiz
studio-new-quiz = Nuovo quiz
studio-search = Cerca
studio-search-placeholder = Titolo, descrizione o id
studio-sort = Ordina per
studio-sort-title = Titolo
studio-sort-updated = Ultima modifica
studio-sort-played = Ultima partita
studio-import = Importa
studio-import-text = Trascina qui i file dei quiz (TOML, JSON, CSV, fogli Kahoot!, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot o un pacchetto: quiz e media in un .zip) oppure sceglili.
studio-import-choose = Scegli i file da importare…
studio-import-files = File dei quiz da importare
studio-quizzes = Quiz
studio-confirm-text = Potrai annullare per qualche secondo.
studio-undo = Annulla
studio-format-xlsx = Foglio Kahoot!
studio-format-bundle = Pacchetto: quiz e media (zip)
studio-load-failed = Impossibile caricare i quiz: { $error }
studio-never = mai
studio-questions = { $count ->
    [one] { $count } domanda
   *[other] { $count } domande
}
studio-changed = modificato { $when }
studio-last-played = ultima partita { $when }
studio-owner = proprietario { $name }
studio-sample = esempio
studio-export-format = Formato di esportazione per { $name }
studio-export = Esporta
studio-export-label = Esporta { $name }
studio-host = Conduci
studio-host-label = Conduci { $name }
studio-edit = Modifica
studio-edit-label = Modifica { $name }
studio-duplicate = Duplica
studio-duplicate-label = Duplica { $name }
studio-delete-label = Elimina { $name }
studio-none = Ancora nessun quiz: scrivine uno con «Nuovo quiz» o importa un file.
studio-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quiz
}
studio-count-match = { $count ->
    [one] { $shown } di { $count } quiz corrispondono
   *[other] { $shown } di { $count } quiz corrispondono
}
studio-host-failed = Impossibile avviare la partita: { $error }
studio-duplicate-failed = Impossibile duplicare «{ $title }»: { $error }
studio-duplicated = «{ $title }» duplicato.
studio-duplicated-as = «{ $title }» duplicato come «{ $copy }».
studio-export-failed = Impossibile esportare «{ $title }»: { $error }
studio-exported = «{ $title }» esportato.
studio-exported-lossy = { $count ->
    [one] «{ $title }» esportato; { $count } elemento che questo formato non supporta è stato omesso (quizbox export lo elenca).
   *[other] «{ $title }» esportato; { $count } elementi che questo formato non supporta sono stati omessi (quizbox export li elenca).
}
studio-confirm-title = Eliminare «{ $title }»?
studio-delete-failed = Impossibile eliminare «{ $title }»: { $error }
studio-deleted = «{ $title }» eliminato.
studio-undo-label = Annulla l'eliminazione di { $title }
studio-deleted-undo = «{ $title }» eliminato. Puoi annullare per { $secs } secondi.
studio-undo-failed = Impossibile ripristinare «{ $title }»: { $error }
studio-back = «{ $title }» è tornato.
studio-import-line = riga { $where }:
studio-import-refused = { $name }: non importato.
studio-import-quiz = { $count ->
    [one] «{ $title }» ({ $count } domanda, { $status })
   *[other] «{ $title }» ({ $count } domande, { $status })
}
studio-import-created = creato
studio-import-updated = aggiornato
studio-import-checked = verificato
studio-imported = { $name }: importato { $titles }
studio-import-nothing = { $name }: non importato, non è stato scritto nulla.
studio-import-error = errore: { $text }
studio-import-warning = avviso: { $text }
studio-importing = { $count ->
    [one] Importazione di { $count } file…
   *[other] Importazione di { $count } file…
}
studio-import-server-refused = il server l'ha rifiutato
studio-imported-count = { $count ->
    [one] { $imported } di { $count } file importati.
   *[other] { $imported } di { $count } file importati.
}

studio-edit-page-title = Modifica quiz – quizbox
studio-save = Salva
studio-conflict-text = { $saved } Tutto ciò che hai scritto è ancora qui. Tieni la loro versione o la tua:
studio-conflict = Qualcun altro ha salvato questo quiz dopo che l'hai aperto.
studio-reload-theirs = Ricarica la loro (scarta le mie modifiche)
studio-overwrite = Sovrascrivi con la mia
studio-problems = Questo quiz non può ancora essere salvato
studio-description = Descrizione
studio-reorder-help = Trascina una domanda per spostarla, oppure selezionala e premi Alt+↑ o Alt+↓.
studio-new-kind = Tipo della nuova domanda
studio-add-question = Aggiungi domanda
studio-preview = Anteprima
studio-preview-as = Anteprima su
studio-preview-phone = Telefono
studio-preview-screen = Schermo grande
studio-open-failed = Impossibile aprire il quiz: { $error }
studio-edit-quiz = Modifica quiz
studio-edit-heading = Modifica «{ $title }»
studio-edit-doc-title = { $title } – quizbox
studio-id = Id: { $id }
studio-id-note = L'id viene ricavato dal titolo al primo salvataggio del quiz.
studio-no-questions = Nessuna domanda
studio-add-first = Aggiungi una domanda per iniziare.
studio-problem-at = Domanda { $number }
studio-problem-at-field = Domanda { $number } ({ $field })
studio-unsaved = Modifiche non salvate.
studio-moved = Spostata in posizione { $position } di { $total }.
studio-question-duplicated = Domanda { $number } duplicata come domanda { $copy }.
studio-question-removed = Domanda { $number } ({ $summary }) rimossa.
studio-saving = Salvataggio…
studio-not-saved-failure = Non salvato. { $error }
studio-not-saved-conflict = Non salvato: qualcun altro ha salvato questo quiz dopo che l'hai aperto. Le tue modifiche sono conservate.
studio-not-saved-problems = { $count ->
    [one] Non salvato: una cosa da correggere.
   *[other] Non salvato: { $count } cose da correggere.
}
studio-server-answered = il server ha risposto { $status }
studio-not-saved = Non salvato: { $error }
studio-saved-at = Salvato alle { $time }.
studio-theirs-loaded = La loro versione è caricata; le tue modifiche sono state scartate.
studio-starting = Avvio della partita…
studio-no-text = (ancora nessun testo)
studio-pick-label = Domanda { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } ({ $count } da correggere)
studio-check-empty = Non può essere vuoto.
studio-check-too-long = Più di { $max } caratteri ({ $count }).
studio-check-no-questions = Un quiz ha bisogno di almeno una domanda.
studio-check-too-many-questions = Un quiz può contenere al massimo { $max } domande ({ $count }).
studio-check-whole-seconds = Deve essere un numero intero di secondi.
studio-check-time-limit = Deve essere da { $min } a { $max } secondi.
studio-check-whole-points = Deve essere un numero intero di punti.
studio-check-correct-one = Segna una delle risposte come corretta.
studio-check-correct-none = Segna almeno una risposta come corretta.
studio-check-accepted-none = Serve almeno una risposta accettata.
studio-check-accepted-many = Al massimo { $max } risposte accettate ({ $count }).
studio-check-whole-characters = Deve essere un numero intero di caratteri.
studio-check-word-cloud = Deve essere da 1 a { $max } caratteri.
studio-check-number = Deve essere un numero.
studio-check-slider-max = Deve superare il valore minimo ({ $min }).
studio-check-slider-step = Deve essere maggiore di 0.
studio-check-slider-positions = Dà più di 10.000 posizioni; usa un passo più grande.
studio-check-slider-correct = Deve essere tra { $min } e { $max }.
studio-check-slider-tolerance = Non può essere negativa.
studio-check-answer-count = Servono da { $min } a { $max } risposte ({ $count }).
studio-check-item-count = Servono da { $min } a { $max } elementi ({ $count }).
studio-check-twice = Uguale al numero { $number }.
studio-check-count = { $count ->
    [one] Un problema da correggere.
   *[other] { $count } problemi da correggere.
}
studio-move-up = Sposta su la domanda { $number }
studio-move-down = Sposta giù la domanda { $number }
studio-slide-n = Diapositiva { $number }
studio-question-n = Domanda { $number }
studio-duplicate-question = Duplica la domanda { $number }
studio-remove = Rimuovi
studio-remove-question = Rimuovi la domanda { $number }
studio-kind = Tipo
studio-time-limit = Tempo limite (secondi)
studio-time-limit-note = Da 5 a 240 secondi.
studio-points-note = 1000 è lo standard, 2000 il doppio, 0 lascia la domanda senza punteggio.
studio-explanation = Spiegazione (mostrata con la risposta)
studio-true = Vero
studio-false = Falso
studio-correct-answer = Risposta giusta
studio-max-length = Voce più lunga (caratteri)
studio-max-length-note = Da 1 a 100.
studio-slide-body = Testo sotto il titolo
studio-answer-n = Risposta { $number }
studio-answer-correct = La risposta { $number } è giusta
studio-remove-answer = Rimuovi la risposta { $number }
studio-add-answer = Aggiungi risposta
studio-answers = Risposte
studio-answers-single = Risposte (scegli quella giusta)
studio-answers-multi = Risposte (spunta tutte quelle giuste)
studio-accepted-n = Risposta accettata { $number }
studio-remove-accepted = Rimuovi la risposta accettata { $number }
studio-add-accepted = Aggiungi risposta accettata
studio-accepted = Risposte accettate (maiuscole, accenti e spazi non contano)
studio-typos = Accetta piccoli errori di battitura
studio-slider-min = Valore minimo
studio-slider-max = Valore massimo
studio-slider-step = Passo
studio-slider-correct = Valore giusto
studio-slider-tolerance = Tolleranza (±)
studio-slider-tolerance-note = Le risposte così vicine contano come giuste.
studio-slider-unit = Unità (facoltativa)
studio-item-n = Elemento { $number }
studio-item-up = Sposta su l'elemento { $number }
studio-item-down = Sposta giù l'elemento { $number }
studio-remove-item = Rimuovi l'elemento { $number }
studio-add-item = Aggiungi elemento
studio-items = Elementi nell'ordine giusto (i giocatori li vedono mescolati)
studio-media-file = File multimediale da caricare
studio-upload = Carica immagine, suono o video…
studio-uploading = Caricamento di { $name }…
studio-uploaded = { $name } caricato.
studio-upload-failed = Impossibile caricare { $name }.
studio-remove-media = Rimuovi media
studio-media = Media
studio-media-address = Indirizzo dell'immagine, del suono o del video
studio-media-note = Carica un file o indica un indirizzo /media/.
studio-preview-question = La tua domanda
studio-preview-slide = Diapositiva { $index } di { $total }
host-nav-label = Pagine
host-nav-library = Libreria dei quiz
host-nav-reports = Resoconti
host-heading = Conduci una partita
host-login-legend = Accedi per condurre
host-choose-quiz = Scegli un quiz
host-filter = Filtra i quiz
host-filter-placeholder = Scrivi per filtrare per titolo o descrizione
host-loading = Caricamento dei quiz…
host-quiz-list-label = Quiz
host-load-failed = Impossibile caricare i quiz: { $error }
host-no-quizzes = Ancora nessun quiz. Scrivine o importane uno nella libreria (/studio), oppure con: quizbox import FILE
host-question-count = { $count ->
    [one] { $count } domanda
   *[other] { $count } domande
}
host-quiz-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quiz
}
host-quizzes-match = { $total ->
    [one] { $shown } quiz su { $total } corrisponde
   *[other] { $shown } quiz su { $total } corrispondono
}
host-options = Opzioni della partita
host-options-note = Facoltativo: i valori predefiniti vanno bene per quasi tutte le partite.
host-intro-secs = Secondi prima che si aprano le risposte
host-streak-bonus = Bonus serie
host-shuffle-questions = Mescola le domande
host-shuffle-answers = Mescola le risposte
host-on-screen-only = Domande solo sul maxischermo
host-on-screen-note = I telefoni mostrano allora forme colorate al posto di domanda e risposte.
host-generated-nicknames = Soprannomi generati
host-nicknames-note = Ogni giocatore riceve un nome come “Lontra Coraggiosa” invece di quello che scrive.
host-late-join = Ingresso in ritardo
host-late-join-note = I giocatori possono entrare dopo l'inizio; giocano dalla domanda successiva con 0 punti.
host-auto-advance = Avanza da solo dopo (secondi, 0: no)
host-auto-advance-note = Risposte e classifica restano visibili per questo tempo, poi la partita prosegue da sola.
host-break = Pausa tra i round (secondi, 0: nessuna)
host-break-note = Per un quiz a round: il riepilogo del round, poi una pausa con conto alla rovescia prima del successivo.
host-teams = Squadre
host-team-off = No: ognuno gioca da solo
host-team-auto = Sorteggiate, bilanciate
host-team-pick = I giocatori scelgono una squadra
host-team-device = Una squadra per dispositivo condiviso
host-team-note = Una squadra segna la media dei punti dei suoi membri; il maxischermo mostra classifica e podio a squadre.
host-team-names = Nomi delle squadre, uno per riga (da 2 a 20)
host-team-red = Rossi
host-team-blue = Blu
host-screen-language = Lingua del maxischermo
host-screen-language-own = Quella del browser che proietta
host-screen-language-note = I pulsanti e i messaggi della schermata del presentatore, qualunque sia l'impostazione del computer che proietta. Il testo del quiz non viene tradotto.
host-start-note = Scegli un quiz qui sopra per iniziare.
host-start = Avvia la partita
host-start-quiz = Avvia “{ $title }”
host-start-note-pin = I giocatori entrano con il PIN che il maxischermo mostrerà subito dopo.
host-starting = Avvio…
host-choose-first = Scegli prima un quiz.
host-invalid-intro = I secondi prima dell'apertura delle risposte devono essere un numero intero da 0 a { $max }.
host-invalid-auto-advance = L'avanzamento automatico deve essere un numero intero di secondi da 0 (no) a { $max }.
host-invalid-break = La pausa tra i round deve essere un numero intero di secondi da 0 (nessuna) a { $max }.
host-invalid-teams = Indica da { $min } a { $max } nomi di squadra diversi, uno per riga, di al massimo { $chars } caratteri.
host-start-failed = Impossibile avviare la partita: { $error }
host-unexpected-reply = Il server ha inviato una risposta inattesa.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Nome utente
signin-password = Password
signin-submit = Accedi
signin-sign-out = Esci
signin-signed-in-as = Accesso come { $name }
signin-session-ended = La sessione è scaduta. Accedi di nuovo.
signin-unreachable = Impossibile raggiungere il server quizbox. È in esecuzione?
signin-server-answered = Il server ha risposto { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Il tuo account – quizbox
account-heading = Il tuo account
account-username = Nome utente (a-z, 0-9, '.', '_' e '-')
account-password = Nuova password (almeno 8 caratteri)
account-again = La stessa password di nuovo
account-save = Salva
account-host-link = Accedi per condurre una partita
account-invite-title = Benvenuto in quizbox
account-invite-intro = Scegli il nome utente e la password con cui accederai.
account-invite-legend = Il tuo nuovo account
account-invite-submit = Crea il mio account
account-reset-title = Imposta una nuova password
account-reset-legend = Nuova password
account-reset-submit = Imposta la password
account-no-secret = A questo indirizzo manca il suo segreto: riapri il link dell'email.
account-passwords-differ = Le due password sono diverse.
account-server-said = Il server ha risposto { $status }.
account-invite-done = Il tuo account { $name } è pronto. Accedi subito con esso.
account-reset-done = La password di { $name } è impostata. Accedi subito con essa.
account-unreachable = Il server non è raggiungibile. Riprova.

## The assignments page (/assignments)

assignments-page-title = Compiti – quizbox
assignments-nav-host = Conduci una partita
assignments-heading = Compiti
assignments-login-legend = Accedi per pubblicare e seguire i compiti
assignments-quiz = Quiz
assignments-opens = Apertura
assignments-closes = Chiusura
assignments-identifier = Chiedi ai giocatori (vuoto: un soprannome)
assignments-identifier-placeholder = Numero di matricola
assignments-publish = Pubblica il compito
assignments-caption = Compiti, dal più recente
assignments-link = Link
assignments-state = Stato
assignments-started = Iniziati
assignments-finished = Finiti
assignments-actions = Azioni
assignments-leaderboard = Classifica
assignments-rank = Posizione
assignments-player = Giocatore
assignments-score = Punteggio
assignments-correct = Corrette
assignments-players = Giocatori
assignments-progress = Avanzamento
assignments-questions = Domande
assignments-question = Domanda
assignments-answered = Risposte
assignments-state-scheduled = programmato
assignments-state-open = aperto
assignments-state-closed = chiuso
assignments-results = Risultati
assignments-results-of = Risultati di { $quiz } ({ $code })
assignments-close = Chiudi ora
assignments-close-of = Chiudi ora { $quiz } ({ $code })
assignments-count = { $count ->
    [one] { $count } compito
   *[other] { $count } compiti
}
assignments-none = Ancora nessun compito: pubblicane uno qui sopra.
assignments-published = Pubblicato: { $link }
assignments-closed = { $quiz } chiuso.
assignments-player-finished = finito
assignments-player-at = domanda { $n } di { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } giocatore ha iniziato, { $finished } finiti · chiude { $closes }
   *[other] { $state } · { $players } giocatori hanno iniziato, { $finished } finiti · chiude { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Inizia un round chiamato
studio-round-note = Lascia vuoto a meno che un nuovo round inizi con questa domanda.
studio-round-starts = Round: { $name }
studio-pick-round = { $label }, inizia il round { $name }
studio-round-passed = Il round { $name } ora inizia dalla domanda { $number }.
