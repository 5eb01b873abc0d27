# quizbox: the host's pages (dashboard, studio, reports, account); language fr.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = Animer une partie – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Pages
studio-nav-library = Bibliothèque de quiz
studio-nav-host = Animer une partie
studio-sign-out = Se déconnecter
studio-login-username = Nom d'utilisateur
studio-login-password = Mot de passe
studio-login-submit = Se connecter
studio-confirm-keep = Le garder
studio-delete = Supprimer
studio-unexpected-reply = Le serveur a envoyé une réponse inattendue.
studio-kind-single = Choix unique
studio-kind-multi = Choix multiple
studio-kind-true-false = Vrai ou faux
studio-kind-type-answer = Réponse à saisir
studio-kind-slider = Curseur
studio-kind-ordering = Remise en ordre
studio-kind-poll = Sondage
studio-kind-word-cloud = Nuage de mots
studio-kind-slide = Diapositive

reports-page-title = Rapports – quizbox
reports-title = Rapports
reports-login-legend = Connectez-vous pour voir les rapports de vos parties
reports-search = Rechercher par quiz
reports-search-placeholder = Titre ou identifiant du quiz
reports-table-caption = Parties terminées, les plus récentes d'abord
reports-col-quiz = Quiz
reports-col-played = Jouée le
reports-col-players = Joueurs
reports-col-status = État
reports-col-actions = Actions
reports-confirm-text = Ses résultats et toutes les réponses seront supprimés définitivement.
reports-load-failed = Impossible de charger les parties : { $error }
reports-status-finished = terminée, { $duration }
reports-host = animée par { $name }
reports-open = Ouvrir
reports-open-label = Ouvrir le rapport de { $title } du { $date }
reports-delete-label = Supprimer la partie de { $title } du { $date }
reports-none = Aucune partie terminée pour l'instant : animez-en une, et son rapport apparaîtra ici.
reports-count = { $count ->
    [one] { $count } partie
   *[other] { $count } parties
}
reports-count-match = { $count ->
    [one] { $shown } partie sur { $count } correspond
   *[other] { $shown } parties sur { $count } correspondent
}
reports-confirm-title = Supprimer la partie de « { $title } » du { $date } ?
reports-delete-failed = Impossible de supprimer la partie de « { $title } » : { $error }
reports-deleted = Partie de « { $title } » supprimée.

report-page-title = Rapport de partie – quizbox
report-nav-all = Tous les rapports
report-title = Rapport de partie
report-login-legend = Connectez-vous pour voir ce rapport
report-summary = Résumé
report-downloads = Télécharger ce rapport
report-download-csv = Télécharger en CSV
report-download-json = Télécharger en JSON
report-download-xlsx = Télécharger le tableur (xlsx)
report-print = Imprimer
report-questions = Questions
report-legend = Les barres comptent les joueurs ayant donné chaque réponse ; { $right }. Une question est { $difficult } quand moins de la moitié des réponses sont justes.
report-legend-right = ✓ marque une bonne réponse
report-legend-difficult = difficile
report-questions-caption = Chaque question : ses réponses, sa précision et ses temps
report-col-question = Question et réponses
report-col-accuracy = Précision
report-col-average = Temps moyen
report-col-median = Temps médian
report-col-difficult = Difficile
report-across-heading = Sur toutes les parties de ce quiz
report-across-intro = Les questions les plus manquées, de la moins réussie à la plus réussie :
report-teams = Équipes
report-teams-note = Le score d'une équipe est la moyenne des scores de ses joueurs.
report-teams-caption = Chaque équipe, par rang
report-col-rank = Rang
report-col-team = Équipe
report-col-score = Score
report-players-caption = Chaque joueur, par rang, avec ses réponses
report-col-player = Joueur
report-col-correct = Justes
report-col-streak = Meilleure série
report-unknown = inconnu
report-ended-in-lobby = terminée dans le salon
report-duration-hours = { $h } h { $m } min
report-duration-minutes = { $m } min { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct } %
report-not-found = Aucun rapport pour cette partie : elle a été supprimée, ou elle appartient à un autre animateur.
report-load-failed = Impossible de charger le rapport : { $error }
report-heading = Rapport : { $title }
report-doc-title = { $title } – rapport – quizbox
report-fact-duration = Durée
report-fact-pin = PIN
report-fact-participation = Participation
report-fact-completion = Complétion
report-participation = { $percent } des réponses possibles données
report-completion = { $percent } des joueurs ont répondu à toutes les questions
report-across-games = { $count ->
    [one] { $count } partie de ce quiz jouée.
   *[other] { $count } parties de ce quiz jouées.
}
report-across-item = { $games ->
    [one] { $percent } de bonnes réponses ({ $correct } sur { $answered } réponses en { $games } partie)
   *[other] { $percent } de bonnes réponses ({ $correct } sur { $answered } réponses en { $games } parties)
}
report-answered = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
report-right-count = { $count ->
    [one] { $count } juste
   *[other] { $count } justes
}
report-right-answers = Bonne réponse : { $answers }
report-not-scored = sans points
report-flag-difficult = ⚠ difficile
report-flag-no = non
report-result-right = ✓ juste
report-result-wrong = ✗ faux
report-no-answer = pas de réponse
report-answers-of = Réponses de { $name }
report-answers-question = Question
report-answers-answer = Réponse
report-answers-result = Résultat
report-answers-points = Points
report-answers-time = Temps
report-correct-of = { $correct } sur { $answered }
report-download-failed = Impossible de télécharger le rapport : { $error }
report-downloaded = { $size ->
    [one] { $name } téléchargé ({ $size } octet).
   *[other] { $name } téléchargé ({ $size } octets).
}
report-chart-none = Question { $number } : aucune réponse.
report-chart-summary = Réponses à la question { $number } : { $parts }.
report-chart-part = { $answer } : { $count }
report-chart-part-right = { $answer } : { $count } (bonne réponse)
report-chart-count-right = { $count } (juste)
report-chart-more = { $count ->
    [one] et { $count } autre réponse, donnée { $times } fois
   *[other] et { $count } autres réponses, données { $times } fois
}
report-chart-no-answers = Aucune réponse

studio-page-title = Bibliothèque de quiz – quizbox
studio-login-legend = Connectez-vous pour écrire des quiz
studio-new-quiz = Nouveau quiz
studio-search = Rechercher
studio-search-placeholder = Titre, description ou identifiant
studio-sort = Trier par
studio-sort-title = Titre
studio-sort-updated = Dernière modification
studio-sort-played = Dernière partie
studio-import = Importer
studio-import-text = Déposez des fichiers de quiz ici (TOML, JSON, CSV, tableurs Kahoot!, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot, ou un paquet : quiz et médias dans un .zip), ou choisissez-les.
studio-import-choose = Choisir des fichiers à importer…
studio-import-files = Fichiers de quiz à importer
studio-quizzes = Quiz
studio-confirm-text = Vous pourrez annuler pendant quelques secondes.
studio-undo = Annuler
studio-format-xlsx = Tableur Kahoot!
studio-format-bundle = Paquet : quiz et médias (zip)
studio-load-failed = Impossible de charger les quiz : { $error }
studio-never = jamais
studio-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
studio-changed = modifié { $when }
studio-last-played = dernière partie { $when }
studio-owner = propriétaire { $name }
studio-sample = exemple
studio-export-format = Format d'export de { $name }
studio-export = Exporter
studio-export-label = Exporter { $name }
studio-host = Animer
studio-host-label = Animer { $name }
studio-edit = Modifier
studio-edit-label = Modifier { $name }
studio-duplicate = Dupliquer
studio-duplicate-label = Dupliquer { $name }
studio-delete-label = Supprimer { $name }
studio-none = Aucun quiz pour l'instant : écrivez-en un avec « Nouveau quiz », ou importez un fichier.
studio-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quiz
}
studio-count-match = { $count ->
    [one] { $shown } quiz sur { $count } correspond
   *[other] { $shown } quiz sur { $count } correspondent
}
studio-host-failed = Impossible de lancer la partie : { $error }
studio-duplicate-failed = Impossible de dupliquer « { $title } » : { $error }
studio-duplicated = « { $title } » dupliqué.
studio-duplicated-as = « { $title } » dupliqué sous le nom « { $copy } ».
studio-export-failed = Impossible d'exporter « { $title } » : { $error }
studio-exported = « { $title } » exporté.
studio-exported-lossy = { $count ->
    [one] « { $title } » exporté ; { $count } élément que ce format ne peut pas contenir a été omis (quizbox export le liste).
   *[other] « { $title } » exporté ; { $count } éléments que ce format ne peut pas contenir ont été omis (quizbox export les liste).
}
studio-confirm-title = Supprimer « { $title } » ?
studio-delete-failed = Impossible de supprimer « { $title } » : { $error }
studio-deleted = « { $title } » supprimé.
studio-undo-label = Annuler la suppression de { $title }
studio-deleted-undo = « { $title } » supprimé. Vous pouvez annuler pendant { $secs } secondes.
studio-undo-failed = Impossible de rétablir « { $title } » : { $error }
studio-back = « { $title } » est de retour.
studio-import-line = ligne { $where } :
studio-import-refused = { $name } : non importé.
studio-import-quiz = { $count ->
    [one] « { $title } » ({ $count } question, { $status })
   *[other] « { $title } » ({ $count } questions, { $status })
}
studio-import-created = créé
studio-import-updated = mis à jour
studio-import-checked = vérifié
studio-imported = { $name } : importé { $titles }
studio-import-nothing = { $name } : non importé, rien n'a été écrit.
studio-import-error = erreur : { $text }
studio-import-warning = avertissement : { $text }
studio-importing = { $count ->
    [one] Importation de { $count } fichier…
   *[other] Importation de { $count } fichiers…
}
studio-import-server-refused = le serveur l'a refusé
studio-imported-count = { $count ->
    [one] { $imported } fichier sur { $count } importé.
   *[other] { $imported } fichiers sur { $count } importés.
}

studio-edit-page-title = Modifier le quiz – quizbox
studio-save = Enregistrer
studio-conflict-text = { $saved } Tout ce que vous avez saisi est encore là. Gardez leur version ou la vôtre :
studio-conflict = Quelqu'un d'autre a enregistré ce quiz après que vous l'avez ouvert.
studio-reload-theirs = Recharger la leur (abandonner mes modifications)
studio-overwrite = Écraser avec la mienne
studio-problems = Ce quiz ne peut pas encore être enregistré
studio-description = Description
studio-reorder-help = Faites glisser une question pour la déplacer, ou placez-vous dessus et appuyez sur Alt+↑ ou Alt+↓.
studio-new-kind = Type de la nouvelle question
studio-add-question = Ajouter une question
studio-preview = Aperçu
studio-preview-as = Aperçu sur
studio-preview-phone = Téléphone
studio-preview-screen = Grand écran
studio-open-failed = Impossible d'ouvrir le quiz : { $error }
studio-edit-quiz = Modifier le quiz
studio-edit-heading = Modifier « { $title } »
studio-edit-doc-title = { $title } – quizbox
studio-id = Identifiant : { $id }
studio-id-note = L'identifiant est tiré du titre au premier enregistrement du quiz.
studio-no-questions = Aucune question
studio-add-first = Ajoutez une question pour commencer.
studio-problem-at = Question { $number }
studio-problem-at-field = Question { $number } ({ $field })
studio-unsaved = Modifications non enregistrées.
studio-moved = Déplacée en position { $position } sur { $total }.
studio-question-duplicated = Question { $number } dupliquée en question { $copy }.
studio-question-removed = Question { $number } ({ $summary }) supprimée.
studio-saving = Enregistrement…
studio-not-saved-failure = Non enregistré. { $error }
studio-not-saved-conflict = Non enregistré : quelqu'un d'autre a enregistré ce quiz après que vous l'avez ouvert. Vos modifications sont conservées.
studio-not-saved-problems = { $count ->
    [one] Non enregistré : un point à corriger.
   *[other] Non enregistré : { $count } points à corriger.
}
studio-server-answered = le serveur a répondu { $status }
studio-not-saved = Non enregistré : { $error }
studio-saved-at = Enregistré à { $time }.
studio-theirs-loaded = Leur version est chargée ; vos modifications sont abandonnées.
studio-starting = Lancement d'une partie…
studio-no-text = (pas encore de texte)
studio-pick-label = Question { $number }, { $kind } : { $summary }
studio-pick-problems = { $label } ({ $count } à corriger)
studio-check-empty = Ne doit pas être vide.
studio-check-too-long = Plus de { $max } caractères ({ $count }).
studio-check-no-questions = Un quiz a besoin d’au moins une question.
studio-check-too-many-questions = Un quiz compte au plus { $max } questions ({ $count }).
studio-check-whole-seconds = Doit être un nombre entier de secondes.
studio-check-time-limit = Doit être de { $min } à { $max } secondes.
studio-check-whole-points = Doit être un nombre entier de points.
studio-check-correct-one = Marquez l’une des réponses comme correcte.
studio-check-correct-none = Marquez au moins une réponse comme correcte.
studio-check-accepted-none = Il faut au moins une réponse acceptée.
studio-check-accepted-many = Au plus { $max } réponses acceptées ({ $count }).
studio-check-whole-characters = Doit être un nombre entier de caractères.
studio-check-word-cloud = Doit être de 1 à { $max } caractères.
studio-check-number = Doit être un nombre.
studio-check-slider-max = Doit dépasser la valeur la plus basse ({ $min }).
studio-check-slider-step = Doit être supérieur à 0.
studio-check-slider-positions = Donne plus de 10 000 positions ; choisissez un pas plus grand.
studio-check-slider-correct = Doit être entre { $min } et { $max }.
studio-check-slider-tolerance = Ne doit pas être négative.
studio-check-answer-count = Il faut de { $min } à { $max } réponses ({ $count }).
studio-check-item-count = Il faut de { $min } à { $max } éléments ({ $count }).
studio-check-twice = Identique au numéro { $number }.
studio-check-count = { $count ->
    [one] Un point à corriger.
   *[other] { $count } points à corriger.
}
studio-move-up = Monter la question { $number }
studio-move-down = Descendre la question { $number }
studio-slide-n = Diapositive { $number }
studio-question-n = Question { $number }
studio-duplicate-question = Dupliquer la question { $number }
studio-remove = Supprimer
studio-remove-question = Supprimer la question { $number }
studio-kind = Type
studio-time-limit = Temps limite (secondes)
studio-time-limit-note = De 5 à 240 secondes.
studio-points-note = 1000 est la norme, 2000 le double, 0 rend la question sans points.
studio-explanation = Explication (affichée avec la réponse)
studio-true = Vrai
studio-false = Faux
studio-correct-answer = Bonne réponse
studio-max-length = Entrée la plus longue (caractères)
studio-max-length-note = De 1 à 100.
studio-slide-body = Texte sous le titre
studio-answer-n = Réponse { $number }
studio-answer-correct = La réponse { $number } est juste
studio-remove-answer = Supprimer la réponse { $number }
studio-add-answer = Ajouter une réponse
studio-answers = Réponses
studio-answers-single = Réponses (choisissez la bonne)
studio-answers-multi = Réponses (cochez toutes les bonnes)
studio-accepted-n = Réponse acceptée { $number }
studio-remove-accepted = Supprimer la réponse acceptée { $number }
studio-add-accepted = Ajouter une réponse acceptée
studio-accepted = Réponses acceptées (casse, accents et espaces ne comptent pas)
studio-typos = Accepter les petites fautes de frappe
studio-slider-min = Valeur la plus basse
studio-slider-max = Valeur la plus haute
studio-slider-step = Pas
studio-slider-correct = Bonne valeur
studio-slider-tolerance = Tolérance (±)
studio-slider-tolerance-note = Les réponses aussi proches comptent comme justes.
studio-slider-unit = Unité (facultative)
studio-item-n = Élément { $number }
studio-item-up = Monter l'élément { $number }
studio-item-down = Descendre l'élément { $number }
studio-remove-item = Supprimer l'élément { $number }
studio-add-item = Ajouter un élément
studio-items = Éléments dans le bon ordre (les joueurs les voient mélangés)
studio-media-file = Fichier média à téléverser
studio-upload = Téléverser une image, un son ou une vidéo…
studio-uploading = Téléversement de { $name }…
studio-uploaded = { $name } téléversé.
studio-upload-failed = Impossible de téléverser { $name }.
studio-remove-media = Retirer le média
studio-media = Média
studio-media-address = Adresse de l'image, du son ou de la vidéo
studio-media-note = Téléversez un fichier, ou indiquez une adresse /media/.
studio-preview-question = Votre question
studio-preview-slide = Diapositive { $index } sur { $total }
host-nav-label = Pages
host-nav-library = Bibliothèque de quiz
host-nav-reports = Rapports
host-heading = Animer une partie
host-login-legend = Connectez-vous pour animer
host-choose-quiz = Choisissez un quiz
host-filter = Filtrer les quiz
host-filter-placeholder = Tapez pour filtrer par titre ou description
host-loading = Chargement des quiz…
host-quiz-list-label = Quiz
host-load-failed = Impossible de charger les quiz : { $error }
host-no-quizzes = Aucun quiz pour l'instant. Écrivez-en ou importez-en un dans la bibliothèque (/studio), ou avec : quizbox import FICHIER
host-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
host-quiz-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quiz
}
host-quizzes-match = { $total ->
    [one] Quiz correspondants : { $shown } sur { $total }
   *[other] Quiz correspondants : { $shown } sur { $total }
}
host-options = Options de la partie
host-options-note = Facultatif : les valeurs par défaut conviennent à la plupart des parties.
host-intro-secs = Secondes avant l'ouverture des réponses
host-streak-bonus = Bonus de série
host-shuffle-questions = Mélanger les questions
host-shuffle-answers = Mélanger les réponses
host-on-screen-only = Questions sur le grand écran uniquement
host-on-screen-note = Les téléphones affichent alors des formes colorées au lieu de la question et des réponses.
host-generated-nicknames = Pseudos générés
host-nicknames-note = Chaque joueur reçoit un nom comme « Loutre Brave » au lieu de celui qu'il tape.
host-late-join = Arrivée tardive
host-late-join-note = Les joueurs peuvent rejoindre après le début ; ils jouent dès la question suivante avec 0 point.
host-auto-advance = Avancer automatiquement après (secondes, 0 : non)
host-auto-advance-note = Les réponses et le classement restent affichés aussi longtemps, puis la partie avance d'elle-même.
host-break = Pause entre les manches (secondes, 0 : aucune)
host-break-note = Pour un quiz en manches : le bilan de la manche, puis une pause avec compte à rebours avant la suivante.
host-teams = Équipes
host-team-off = Non : chacun joue seul
host-team-auto = Tirées au sort, équilibrées
host-team-pick = Les joueurs choisissent une équipe
host-team-device = Une équipe par appareil partagé
host-team-note = Une équipe marque la moyenne des points de ses membres ; le grand écran montre un classement et un podium par équipe.
host-team-names = Noms des équipes, un par ligne (2 à 20)
host-team-red = Rouge
host-team-blue = Bleu
host-screen-language = Langue du grand écran
host-screen-language-own = Celle du navigateur qui projette
host-screen-language-note = Les boutons et messages de l'écran de présentation, quel que soit le réglage de l'ordinateur qui projette. Le texte du quiz n'est pas traduit.
host-start-note = Choisissez un quiz ci-dessus pour commencer.
host-start = Lancer la partie
host-start-quiz = Lancer « { $title } »
host-start-note-pin = Les joueurs rejoignent avec le code PIN que le grand écran affiche ensuite.
host-starting = Lancement…
host-choose-first = Choisissez d'abord un quiz.
host-invalid-intro = Les secondes avant l'ouverture des réponses doivent être un nombre entier de 0 à { $max }.
host-invalid-auto-advance = L'avance automatique doit être un nombre entier de secondes de 0 (non) à { $max }.
host-invalid-break = La pause entre les manches doit être un nombre entier de secondes de 0 (aucune) à { $max }.
host-invalid-teams = Donnez de { $min } à { $max } noms d'équipe différents, un par ligne, de { $chars } caractères au plus.
host-start-failed = Impossible de lancer la partie : { $error }
host-unexpected-reply = Le serveur a envoyé une réponse inattendue.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Nom d'utilisateur
signin-password = Mot de passe
signin-submit = Se connecter
signin-sign-out = Se déconnecter
signin-signed-in-as = Connecté en tant que { $name }
signin-session-ended = Votre session a expiré. Reconnectez-vous.
signin-unreachable = Impossible de joindre le serveur quizbox. Est-il démarré ?
signin-server-answered = Le serveur a répondu { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Votre compte – quizbox
account-heading = Votre compte
account-username = Nom d'utilisateur (a-z, 0-9, '.', '_' et '-')
account-password = Nouveau mot de passe (8 caractères au moins)
account-again = Le même mot de passe, à nouveau
account-save = Enregistrer
account-host-link = Se connecter pour animer une partie
account-invite-title = Bienvenue sur quizbox
account-invite-intro = Choisissez le nom d'utilisateur et le mot de passe avec lesquels vous vous connecterez.
account-invite-legend = Votre nouveau compte
account-invite-submit = Créer mon compte
account-reset-title = Définir un nouveau mot de passe
account-reset-legend = Nouveau mot de passe
account-reset-submit = Définir le mot de passe
account-no-secret = Il manque le secret à cette adresse : rouvrez le lien du courriel.
account-passwords-differ = Les deux mots de passe diffèrent.
account-server-said = Le serveur a répondu { $status }.
account-invite-done = Votre compte { $name } est prêt. Connectez-vous avec dès maintenant.
account-reset-done = Le mot de passe de { $name } est défini. Connectez-vous avec dès maintenant.
account-unreachable = Le serveur est injoignable. Réessayez.

## The assignments page (/assignments)

assignments-page-title = Devoirs – quizbox
assignments-nav-host = Animer une partie
assignments-heading = Devoirs
assignments-login-legend = Connectez-vous pour publier et suivre des devoirs
assignments-quiz = Quiz
assignments-opens = Ouverture
assignments-closes = Clôture
assignments-identifier = Demander aux joueurs (vide : un pseudo)
assignments-identifier-placeholder = Numéro d'étudiant
assignments-publish = Publier le devoir
assignments-caption = Devoirs, du plus récent au plus ancien
assignments-link = Lien
assignments-state = État
assignments-started = Commencés
assignments-finished = Terminés
assignments-actions = Actions
assignments-leaderboard = Classement
assignments-rank = Rang
assignments-player = Joueur
assignments-score = Score
assignments-correct = Correctes
assignments-players = Joueurs
assignments-progress = Progression
assignments-questions = Questions
assignments-question = Question
assignments-answered = Réponses
assignments-state-scheduled = programmé
assignments-state-open = ouvert
assignments-state-closed = clos
assignments-results = Résultats
assignments-results-of = Résultats de { $quiz } ({ $code })
assignments-close = Clore maintenant
assignments-close-of = Clore { $quiz } ({ $code }) maintenant
assignments-count = { $count ->
    [one] { $count } devoir
   *[other] { $count } devoirs
}
assignments-none = Aucun devoir pour l'instant : publiez-en un ci-dessus.
assignments-published = Publié : { $link }
assignments-closed = { $quiz } est clos.
assignments-player-finished = terminé
assignments-player-at = question { $n } sur { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } joueur a commencé, { $finished } terminé · clôture { $closes }
   *[other] { $state } · { $players } joueurs ont commencé, { $finished } terminé · clôture { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Commence une manche nommée
studio-round-note = Laissez vide sauf si une nouvelle manche commence par cette question.
studio-round-starts = Manche : { $name }
studio-pick-round = { $label }, commence la manche { $name }
studio-round-passed = La manche { $name } commence maintenant à la question { $number }.
