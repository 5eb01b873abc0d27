# quizbox : le tableau de bord de l'hôte en terminal (`quizbox host`), en français.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = jamais
ago-just-now = à l'instant
ago-minutes = il y a { $count } min
ago-hours = il y a { $count } h
ago-yesterday = hier
ago-days = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}

picker-title = Choisir un quiz
picker-filter = Filtre :
picker-loading = chargement des quiz…
picker-load-failed = Impossible de charger les quiz : { $error }
picker-retry = Appuyez sur Ctrl-R pour réessayer.
picker-empty = Aucun quiz pour l'instant. Importez-en un avec : quizbox import FILE
picker-no-match = Aucun quiz ne correspond à « { $filter } » (Esc efface le filtre).
picker-column-quiz = Quiz
picker-column-questions = Questions
picker-column-played = Dernière partie
picker-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quiz
}
picker-count-matching = { $shown } quiz sur { $count } correspondent

options-title = Nouvelle partie :
options-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
options-creating = création de la partie…
options-create-failed = Impossible de créer la partie : { $error }
options-press-enter = Appuyez sur Enter pour créer la partie et ouvrir la salle d'attente.
option-on = oui
option-off = non
option-intro = Secondes avant l'ouverture des réponses
option-intro-help = Chaque question est affichée ce temps-là avant que les joueurs puissent répondre.
option-streak = Bonus de série
option-streak-help = +100 par bonne réponse d'affilée, jusqu'à +500.
option-shuffle-questions = Mélanger les questions
option-shuffle-questions-help = Les questions sont jouées dans un ordre aléatoire.
option-shuffle-answers = Mélanger les réponses
option-shuffle-answers-help = Les choix de chaque question apparaissent dans un ordre aléatoire.
option-screen-only = Questions sur le grand écran seulement
option-screen-only-help = Les téléphones n'affichent que des formes colorées ; la question se lit sur le grand écran.
option-screen-language = Langue du grand écran
option-screen-language-help = La langue du grand écran (/screen/PIN) ; par défaut, celle du navigateur du projecteur.
option-screen-language-browser = celle du navigateur
option-generated-nicknames = Pseudos générés
option-generated-nicknames-help = Les joueurs reçoivent un nom sympathique comme « Loutre Brave » au lieu d'en saisir un.
option-late-join = Arrivée tardive
option-late-join-help = Les joueurs peuvent rejoindre après le début ; ils jouent dès la question suivante avec 0 point.
option-auto-advance = Avance automatique après (secondes)
option-auto-advance-help = Réponses et classement restent affichés ce temps-là, puis la partie avance seule.
option-teams = Équipes
option-teams-help = Une équipe marque la moyenne des points de ses membres ; tirées au sort, choisies sur les téléphones, ou une par appareil partagé.
option-team-names = Noms des équipes (séparés par des virgules)
option-team-names-help = De 2 à 20 noms différents, 30 caractères au plus chacun.
teams-off = non
teams-auto = tirées au sort
teams-pick = au choix des joueurs
teams-device = une par appareil partagé

lobby-scan = scannez pour rejoindre
lobby-join-at = Rejoindre sur
lobby-enlarge-for-qr = (agrandissez la fenêtre pour voir un code QR)
lobby-pin = Code PIN
lobby-not-connected = (non connecté)
lobby-locked = Entrées : VERROUILLÉES (l pour ouvrir)
lobby-open = Entrées : ouvertes
lobby-players = Joueurs ({ $count })
lobby-waiting = En attente des joueurs…
lobby-more = +{ $count } de plus
special-shuffled-questions = questions mélangées
special-shuffled-answers = réponses mélangées
special-screen-only = questions sur le grand écran seulement
special-generated-nicknames = pseudos générés
special-no-streak-bonus = sans bonus de série
special-no-late-join = sans arrivée tardive
special-auto-advance = avance automatique
special-screen-language = grand écran en { $language }

notice-not-connected = pas connecté au serveur : attendez la reconnexion, puis réessayez
notice-removed = { $count ->
    [one] { $count } joueur retiré
   *[other] { $count } joueurs retirés
}
notice-storage = STOCKAGE : { $problem }
notice-storage-back = l'enregistrement fonctionne de nouveau ; la partie continue
notice-server = serveur : { $message }
notice-nobody-to-remove = personne à retirer pour l'instant
notice-nothing-to-hide = aucune entrée à masquer pour cette question

question-heading = Question { $index } sur { $total }
question-opens-in = Réponses dans { $seconds } s  ·  puis { $limit } s pour répondre
question-paused = EN PAUSE
question-seconds-left = { $seconds } s restantes
question-seconds-paused = { $seconds } s en pause
question-answered = Réponses
question-no-points = sans points
question-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
kind-single = une réponse
kind-multi = plusieurs réponses
kind-true-false = vrai ou faux
kind-type-answer = réponse saisie
kind-slider = curseur
kind-ordering = remettre dans l'ordre
kind-poll = sondage
kind-word-cloud = nuage de mots
kind-slide = diapositive
form-type-answer = Les joueurs saisissent leur réponse ({ $count } caractères au plus).
form-word-cloud = Les joueurs saisissent un mot ou une courte expression ({ $count } caractères au plus).
form-slider = Les joueurs choisissent un nombre de { $min } à { $max }{ $unit }, par pas de { $step }.
form-ordering = Les joueurs remettent ceci dans l'ordre :
form-multi = Les joueurs cochent chaque réponse qu'ils pensent juste.
form-poll = Un sondage : aucune réponse n'est juste ou fausse.
slide-hint = n : suivant  ·  pas de réponse sur une diapositive

reveal-answers = réponses
reveal-correct = juste
reveal-accepted = Acceptées :
reveal-answered = { $count } ont répondu
reveal-correct-order = Ordre correct :
reveal-placed = { $count } l'ont mis ici
reveal-no-answers = Aucune réponse à afficher.
reveal-more = { $count } de plus
reveal-more-values = { $count ->
    [one] { $count } valeur de plus
   *[other] { $count } valeurs de plus
}
reveal-slider-correct = Réponse : { $value }
reveal-slider-range = De { $min } à { $max }{ $unit }, pas de { $step }
reveal-average = Moyenne : { $value }
reveal-average-none = Moyenne : aucune réponse

rank = { NUMBER($rank, type: "ordinal") ->
    [one] { $rank }er
   *[other] { $rank }e
}
board-heading = Classement après la question { $index } sur { $total }
board-nobody = Personne ne joue.
board-teams = Équipes
board-members = { $count ->
    [one] { $count } joueur
   *[other] { $count } joueurs
}
podium-title = Podium
podium-winner = Gagnant :
podium-points = { $count ->
    [one] { $count } point
   *[other] { $count } points
}
podium-nobody = Personne n'a joué.
lost-title = Cette partie n'existe plus sur le serveur.
lost-server-said = Le serveur a répondu : { $message }.
lost-why = Elle est peut-être terminée, ou le serveur a redémarré sans elle.
lost-what-now = Appuyez sur Enter pour choisir un quiz et lancer une nouvelle partie, ou sur q pour quitter.

round-end = Fin de la manche { $round } sur { $rounds } : { $name }
round-after-question = après la question { $index } sur { $total }
round-this-round = cette manche
round-in-all = { $score } au total
break-title = Pause
break-paused = Pause SUSPENDUE (p pour reprendre)
break-auto = la manche suivante commence toute seule
break-over = Pause terminée : n lance la manche suivante
break-running = n lance la manche suivante maintenant, p met en pause
break-next = Ensuite : manche { $round } sur { $rounds } : { $name }

summary-title = Partie terminée : { $title }
summary-accuracy = Réussite par question
summary-accuracy-legend = Réussite par question (⚠ difficile : moins de 50 % de bonnes réponses)
summary-report-failed = Le rapport n'a pas pu être lu :
summary-retry = Appuyez sur r pour réessayer.
summary-loading = Chargement du rapport…
summary-top-players = Meilleurs joueurs
summary-right = { $correct }/{ $answered } justes
summary-percent = { $value } %
summary-not-scored = non notée
summary-more = { $count } de plus sur la page du rapport
summary-most-missed = La plus ratée :
summary-question = question { $index }
summary-right-of = { $correct } justes sur { $answered }
summary-none-missed = aucune réponse notée.
summary-participation = Participation { $participation } des réponses possibles · { $completion } des joueurs ont répondu à toutes les questions
summary-report-link = Rapport (graphiques, toutes les réponses, CSV et xlsx) :
summary-results-link = Résultats complets (chaque joueur et chaque réponse, JSON) :

header-pin = PIN { $pin }
header-joining-open = entrées ouvertes
header-joining-locked = entrées VERROUILLÉES (l)
header-joining-closed = entrées fermées
header-moving-on = suite dans { $seconds } s
header-advance-paused = avance automatique EN PAUSE, { $seconds } s restantes
link-connecting = connexion…
link-connected = connecté
link-reconnecting = reconnexion… essai { $attempt }, suivant dans { $seconds } s
link-lost = Connexion au serveur perdue ({ $reason }). Reconnexion… (essai { $attempt }, suivant dans { $seconds } s)
link-lost-game-goes-on = La partie continue sur le serveur ; les commandes attendent le retour de la connexion.
confirm-title = confirmer
confirm-yes = oui
confirm-no = non
confirm-quit = Quitter le tableau de bord ?
confirm-quit-embedded = Le serveur tourne dans ce tableau de bord : quitter l'arrête et termine la partie.
confirm-quit-remote = La partie continue sur le serveur sans son hôte.
confirm-end = Terminer la partie maintenant ?
confirm-end-consequence = Les réponses déjà données sont comptées et le podium s'affiche.
confirm-kick = Retirer { $nickname } de la partie ?
confirm-kick-consequence = Le joueur est déconnecté et ne peut pas revenir avec la même session.
confirm-kick-recent = Retirer tous ceux arrivés dans les { $seconds } dernières s ?
confirm-kick-recent-consequence = Contre un afflux : verrouillez d'abord la salle (l) pour qu'ils ne reviennent pas.
kick-matching-title = retirer par nom
kick-matching-prompt = Retirer tous ceux dont le nom contient :
kick-matching-how = Comparé sans tenir compte de la casse ni des lettres semblables.
kick-matching-remove = retirer
kick-matching-cancel = annuler
help-title = touches
help-close = une touche quelconque ferme cette aide

hint-filter = filtrer
hint-choose = choisir
hint-select = valider
hint-help = aide
hint-quit = quitter
hint-team-names-commas-between = noms d'équipes, séparés par des virgules
hint-option = option
hint-create-game = créer la partie
hint-back = retour
hint-change = changer
hint-load-report-again = recharger le rapport
hint-new-game = nouvelle partie
hint-start = démarrer
hint-kick = retirer
hint-kick-recent = retirer les récents
hint-open-answers = ouvrir les réponses
hint-skip = passer
hint-end-game = terminer
hint-close = clore
hint-10-s-more = 10 s de plus
hint-end = terminer
hint-move-now = avancer
hint-leaderboard = classement
hint-choose-entry = choisir l'entrée
hint-hide-entry = masquer l'entrée
hint-next = suivant
hint-podium = podium
hint-next-question = question suivante
hint-finish-game = finir la partie
hint-unlock = déverrouiller
hint-lock = verrouiller
hint-continue = reprendre
hint-pause = pause
help-filter-quizzes-title-description = filtrer les quiz par titre ou description
help-remove-last-filter-letter = effacer la dernière lettre du filtre
help-clear-filter = effacer le filtre
help-choose-quiz = choisir un quiz
help-game-options-chosen-quiz = options de partie du quiz choisi
help-reload-quiz-list = recharger la liste des quiz
help-choose-option = choisir une option
help-fewer-more-seconds-before = moins / plus de secondes avant les réponses
help-turn-chosen-option-off = activer / désactiver l'option choisie
help-teams-off-drawn-random = équipes : non, tirées au sort, au choix, par appareil partagé
help-team-names-separated-commas = les noms d'équipes, séparés par des virgules
help-create-game-open-lobby = créer la partie et ouvrir la salle d'attente
help-back-quiz-list = revenir à la liste des quiz
help-start-move-open-close = démarrer / avancer (ouvrir, clore, suivant)
help-choose-player-lobby = choisir un joueur dans la salle d'attente
help-remove-chosen-player = retirer le joueur choisi
help-lobby-remove-everyone-joined = en salle d'attente : retirer tous ceux arrivés dans la dernière minute
help-lobby-remove-everyone-whose = en salle d'attente : retirer tous ceux dont le nom contient ce que vous tapez
help-lock-joining-nobody-can = verrouiller les entrées (personne ne peut rejoindre) ou les rouvrir
help-pause-continue-countdown-autoadvance = mettre en pause ou reprendre le compte à rebours ou l'avance automatique
help-give-10-more-seconds = donner 10 secondes de plus
help-skip-question-reveal-now = passer la question (révéler maintenant)
help-end-game-early-podium = terminer la partie plus tôt (podium)
help-word-cloud-choose-entry = sur un nuage de mots : choisir une entrée, la masquer
help-choose-quiz-start-new = choisir un quiz et lancer une nouvelle partie
help-load-games-report-again = recharger le rapport de la partie
help-quit = quitter
help-this-help = cette aide
help-quit-asks-first-during = quitter (confirmation pendant une partie)
key-type = saisie
key-letters = lettres
help-screen-language = langue du grand écran : celle du navigateur, ou l'une des 13

reason-no-answer = le serveur n'a pas répondu
reason-no-welcome = le serveur ne nous a pas accueillis
reason-silent = le serveur ne répond plus
reason-unknown-game = il n'a pas de partie avec ce PIN
reason-replaced = cette partie a été reprise par une autre connexion
reason-restarting = le serveur redémarre
reason-closed-why = fermée par le serveur ({ $code } : { $reason })
reason-closed = fermée par le serveur ({ $code })
reason-lost = connexion perdue

## The break between rounds in the game options

option-break = Pause entre les manches (secondes)
option-break-help = Pour un quiz en manches : après le bilan d'une manche, une pause avec compte à rebours de cette durée avant la suivante ; non : pas de pause.

## Question media
# machine-drafted
question-media-picture = image : { $name }
question-media-sound = son : { $name }
question-media-video = vidéo : { $name }
