# quizbox : messages de la page du joueur, en français.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = Rejoindre un quiz – quizbox
me-score = { $score } pts
sound = Son
    .title = Signaux sonores sur ce téléphone
leave = Quitter
    .title = Quitter cette partie pour en rejoindre une autre
language = Langue
join-title = Rejoindre un quiz
resume-offer = Vous jouiez à la partie { $pin } sous le nom { $name }.
resume = Revenir dans cette partie
forget = Ce n'est pas moi
pin-label = Code PIN de la partie
nickname-label = Pseudo
join = Rejoindre
joining = Connexion…
error-pin = Saisissez le code PIN à 6 chiffres affiché à l'écran.
error-nickname = Saisissez un pseudo.
error-nickname-long = Un pseudo compte au plus { $max } caractères.
error-no-answer = Le serveur de la partie n'a pas répondu. Vérifiez votre connexion et réessayez.
error-unreachable = Impossible de joindre le serveur de la partie. Vérifiez votre connexion et réessayez.
rejoining = Retour dans votre partie…
rejoining-as = Partie { $pin } sous le nom { $name }
rejoining-game = Partie { $pin }
reconnecting = Reconnexion…
reconnecting-kept = Reconnexion… Votre place et votre score sont conservés.
saving-again = L'enregistrement fonctionne de nouveau.
not-saved-yet = Pas encore enregistrée : elle sera renvoyée dès que le serveur pourra enregistrer.
lobby-title = C'est parti ! En attente de l'animateur…
you-are = Vous êtes { $name }
nick-note = La partie vous a donné ce pseudo : c'est celui qu'affiche le grand écran.
lobby-see-name = Voyez-vous votre pseudo sur le grand écran ?
waiting-title = C'est parti ! Vous jouez à partir de la prochaine question.
waiting-text = Les autres en sont à la question { $index } sur { $total }. Votre première est la question { $first }, avec 0 point au départ.
question-of = Question { $index } sur { $total }
slide-of = { $index } sur { $total }
look-at-screen = Regardez le grand écran
get-ready = Préparez-vous…
time-left = Temps restant
seconds-left = { $secs ->
    [one] { $secs } seconde restante
   *[other] { $secs } secondes restantes
}
paused = En pause
times-up = Temps écoulé !
answers =
    .aria-label = Réponses
answer-locked = Réponse enregistrée ✓ En attente des autres…
answer-sending = Envoi de votre réponse…
slide-note = Pas de réponse à donner : l'animateur poursuit.
hint-multi = Cochez toutes les bonnes réponses, puis Valider.
hint-type-answer = Écrivez votre réponse.
hint-slider = Faites glisser jusqu'à votre réponse, puis Valider.
hint-ordering = Remettez-les dans le bon ordre, puis Valider.
hint-poll = Votez : il n'y a pas de mauvaise réponse.
hint-word-cloud = Envoyez un ou deux mots : ils s'affichent sur le grand écran.
submit = Valider
submit-order = Valider l'ordre
text-limit = { $max } caractères au plus.
your-word = Votre mot
your-answer = Votre réponse
type-first = Écrivez d'abord quelque chose.
your-order = Votre ordre
move-up = Monter { $name }
move-down = Descendre { $name }
checking-answer = Vérification de votre réponse…
your-score = Votre score : { $score } points
result-thanks = Merci d'avoir répondu
result-no-answer = Pas de réponse cette fois
result-correct = Correct ✓
result-partial = Partiellement correct ◐
result-incorrect = Incorrect ✗
result-incorrect-none = Incorrect ✗ – pas de réponse
result-points = { $points ->
    [one] +{ $points } point
   *[other] +{ $points } points
}
result-points-bonus = +{ $points } points (dont +{ $bonus } de bonus de série)
result-streak = Série de bonnes réponses : { $streak } 🔥
result-score = Score : { $score }
result-rank = { NUMBER($rank, type: "ordinal") ->
    [one] { $rank }er sur { $players }
   *[other] { $rank }e sur { $players }
}
result-behind = { $points ->
    [one] { $points } point derrière la place suivante
   *[other] { $points } points derrière la place suivante
}
result-tied = À égalité avec la place suivante
result-lead = Vous êtes en tête !
correct-order = Bon ordre : { $order }
accepted-answers = { $count ->
    [one] Réponse acceptée : { $answers }
   *[other] Réponses acceptées : { $answers }
}
correct-answers = { $count ->
    [one] Bonne réponse : { $answers }
   *[other] Bonnes réponses : { $answers }
}
slider-average = Moyenne : { $average }
you-ticked = Vous avez coché :
your-order-was = Votre ordre :
you-answered = Vous avez répondu :
you-voted = Vous avez voté :
leaderboard = Classement
final-results = Résultats finaux
place = { NUMBER($rank, type: "ordinal") ->
    [one] { $rank }er
   *[other] { $rank }e
}
nickname-you = { $name } (vous)
standing-me = { NUMBER($rank, type: "ordinal") ->
    [one] Vous êtes { $rank }er sur { $players } avec { $score } points.
   *[other] Vous êtes { $rank }e sur { $players } avec { $score } points.
}
standing-score = Votre score : { $score } points.
final = { NUMBER($rank, type: "ordinal") ->
    [one] Vous terminez { $rank }er sur { $players } avec { $score } points !
   *[other] Vous terminez { $rank }e sur { $players } avec { $score } points !
}
game-over = Partie terminée
thanks = Merci d'avoir joué !
join-another = Rejoindre une autre partie
gone-title = Cette partie est terminée
gone-text = La partie { $pin } n'est plus en cours.
gone-refused-title = Vous ne pouvez pas revenir dans cette partie
gone-refused-text = La partie ne vous a pas repris. L'animateur vous a peut-être retiré.
kicked-title = Vous avez été retiré de la partie
kicked-text = L'animateur vous a retiré de cette partie.
back-to-start = Retour à l'accueil
lost-title = Vous jouez ailleurs
lost-text = Vous avez ouvert cette partie dans un autre onglet ou sur un autre appareil.
play-here = Jouer ici plutôt

shape-red-triangle = Triangle rouge
shape-blue-diamond = Losange bleu
shape-yellow-circle = Cercle jaune
shape-green-square = Carré vert
shape-purple-star = Étoile violette
shape-teal-pentagon = Pentagone turquoise
shape-orange-hexagon = Hexagone orange
shape-pink-cross = Croix rose

media-sound = Son de { $about }
media-video = Vidéo de { $about }
media-picture = Image de cette question
media-this-question = cette question

error-unknown-game = Aucune partie n'a le code PIN { $pin }. Vérifiez le code à l'écran.
error-game-started = La partie { $pin } a déjà commencé.
error-game-full = La partie { $pin } est complète.
error-lobby-locked = L'animateur a fermé la salle d'attente ; plus personne ne peut rejoindre.
error-too-many-joins = Cet appareil a rejoint la partie { $pin } autant de fois que permis.
error-nickname-taken = Le pseudo { $name } est déjà pris dans cette partie. Choisissez-en un autre.
error-rate-limited = Trop de tentatives. Patientez un instant et réessayez.
error-bad-message = Le serveur n'a pas compris cette demande. Rechargez la page et réessayez.
error-version = Cette page est plus ancienne que le serveur. Rechargez la page.
error-forbidden = Cette clé ou ce lien n'est pas valable pour cette partie.
error-nickname-invalid = Ce pseudo ne peut pas être utilisé. Choisissez-en un autre.
error-not-host = Seul l'animateur peut faire cela.
error-wrong-phase = Ce n'est pas possible à ce moment de la partie.
error-wrong-question = Cette question n'est pas celle qui est ouverte.
error-too-late = Les réponses à cette question sont closes.
error-already-answered = Vous avez déjà répondu à cette question.
error-invalid-answer = Cette réponse ne peut pas être acceptée. Vérifiez-la et réessayez.
error-no-such-player = Ce joueur n'est pas dans cette partie.
error-too-big = C'était trop à envoyer d'un coup.
error-storage-unavailable = Le serveur ne peut pas enregistrer pour l'instant. Réessayez dans un moment.
error-no-such-team = Cette équipe n'existe pas dans cette partie.
too-late = Trop tard : temps écoulé !

## Rounds
# machine-drafted
break-title = Pause
break-next = Ensuite : manche { $number } sur { $rounds } · { $name }
break-text = La prochaine manche commence bientôt.
round-title = Manche { $number } sur { $rounds } · { $name }
round-end = Fin de la manche { $number } sur { $rounds }
round-points = { $points } dans cette manche
round-total = { $score } au total
round-board =
    .aria-label = Points de cette manche
break-paused = En pause
break-auto = La prochaine manche commence d'elle-même.
break-starting = Démarrage…
next-break = Suite : pause
next-round = Lancer la manche suivante

## Équipes (page du joueur)
team-line = Votre équipe : { $team }
team-none = pas encore
team-playing = Joueurs : { $names }
team-pick =
    .aria-label = Choisissez votre équipe
team-members-label = Qui joue sur cet appareil ? Les noms, séparés par des virgules
team-members-save = Enregistrer les noms
team-place = { NUMBER($rank, type: "ordinal") ->
    [one] Votre équipe : { $team } — { $rank }re sur { $teams }, { $score } points
   *[other] Votre équipe : { $team } — { $rank }e sur { $teams }, { $score } points
}
team-final = { NUMBER($rank, type: "ordinal") ->
    [one] Votre équipe, { $team }, termine { $rank }re sur { $teams } avec { $score } points !
   *[other] Votre équipe, { $team }, termine { $rank }e sur { $teams } avec { $score } points !
}

## Grand écran
screen-title = quizbox – grand écran
screen-pin = PIN { $pin }
joining-open = Inscriptions ouvertes
joining-closed = Inscriptions fermées
sound-enable = Cliquez pour activer le son
mute = Couper le son
unmute = Rétablir le son
volume = Volume
read-aloud = Lecture à voix haute
    .title = Lire chaque question à voix haute avec la voix de cet ordinateur
connecting = Connexion…
screen-bad-key = La clé d'animateur n'a pas été acceptée.
screen-no-game = Il n'y a pas de partie avec le PIN { $pin }.
screen-no-pin = Cette adresse ne contient pas de PIN de partie. Ouvrez le lien d'écran donné par la page de l'animateur.
screen-reconnecting-kept = Reconnexion… La partie est conservée sur le serveur.
storage-paused = En pause : { $problem }
storage-ok = L'enregistrement fonctionne de nouveau ; la partie continue.
not-connected = Pas de connexion – réessayez dans un instant.
failed-title = Impossible d'afficher cette partie
screen-join-title = Rejoindre la partie
join-how = Allez sur { $url }
qr-code =
    .alt = Code QR pour rejoindre
players-noun = { $count ->
    [one] joueur
   *[other] joueurs
}
waiting-players = En attente de joueurs…
players = Joueurs
    .aria-label = Joueurs
lobby-controls =
    .aria-label = Commandes de la salle d'attente
lock-lobby = Verrouiller la salle d'attente
unlock-lobby = Déverrouiller la salle d'attente
kick-recent-label = Retirer tous ceux qui ont rejoint dans les dernières
seconds-unit = s
remove = Retirer
kick-pattern-label = Retirer les noms contenant
kick-recent-range = Saisissez un nombre de secondes entre 1 et { $max }.
kick-pattern-empty = Saisissez une partie des noms à retirer.
kick = Exclure
kick-name = Exclure { $name }
advance-next = Suite dans { $secs } s
advance-paused = En pause : { $secs } s restantes
answers-open-in = Réponses ouvertes dans
answered-of = { $answered } sur { $players } ont répondu
players-playing = { $count ->
    [one] { $count } joueur en jeu
   *[other] { $count } joueurs en jeu
}
screen-hint-multi = Cochez toutes les bonnes réponses.
screen-hint-true-false = Vrai ou faux ?
screen-hint-type-answer = Tapez votre réponse sur votre téléphone.
screen-hint-slider = Choisissez un nombre entre { $min } et { $max } sur votre téléphone.
screen-hint-slider-any = Choisissez un nombre sur votre téléphone.
screen-hint-ordering = Remettez ces éléments dans l'ordre sur votre téléphone.
screen-hint-poll = Votez sur votre téléphone : il n'y a pas de mauvaise réponse.
screen-hint-word-cloud = Envoyez un mot ou deux depuis votre téléphone.
media-ref = Média : { $media }
answers-chosen =
    .aria-label = Réponses choisies
correct-tag = ✓ Correct
sr-incorrect = (incorrect)
sr-accepted = (acceptée)
players-chose = { $count ->
    [one] joueur l'a choisie
   *[other] joueurs l'ont choisie
}
sr-times = { $count ->
    [one] ({ $count } fois)
   *[other] ({ $count } fois)
}
hide = Masquer
hide-name = Masquer { $name }
no-answers = Aucune réponse.
answers-given = Réponses données
no-words = Pas encore de mots.
word-cloud = Nuage de mots
in-right-place = { $count } à la bonne place
correct-order-label = Ordre correct
correct-answer-is = Bonne réponse : { $answer }
correct-answer-within = Bonne réponse : { $answer } (± { $tolerance })
most-given = Les plus données
players-answered = { $count ->
    [one] { $count } joueur a répondu
   *[other] { $count } joueurs ont répondu
}
after-question = Après la question { $index } sur { $total }
rank-same = pas de changement
rank-up = { $count ->
    [one] gagne { $count } place
   *[other] gagne { $count } places
}
rank-down = { $count ->
    [one] perd { $count } place
   *[other] perd { $count } places
}
no-players-yet = Pas encore de joueurs.
teams = Équipes
team-leaderboard =
    .aria-label = Classement des équipes
players-count = { $count ->
    [one] { $count } joueur
   *[other] { $count } joueurs
}
points = { $score } points
podium = Podium
team-podium = Podium des équipes
top-three = Les trois premiers
top-three-teams = Les trois premières équipes
top-players = Meilleurs joueurs
fourth-fifth =
    .aria-label = Quatrième et cinquième places
nobody-played = Personne n'a joué cette fois.
screen-game-over = La partie est terminée.
host-again = Animer une autre partie
host-controls =
    .aria-label = Commandes de l'animateur
start = Démarrer
show-answers = Afficher les réponses
close-answers = Clore les réponses
skip = Passer
pause = Pause
continue = Reprendre
extend = +10 s
    .title = Donner 10 secondes de plus aux joueurs
lock-joining = Fermer les inscriptions
unlock-joining = Rouvrir les inscriptions
next-question = Question suivante
next-podium = Suite : podium
next-leaderboard = Suite : classement
finish = Terminer
hint-next = Espace ou Entrée : suite
hint-finish = Terminer : ferme la partie sur tous les écrans et téléphones. Les résultats sont déjà enregistrés.
end-game-ask = Terminer la partie…
end-title = Terminer la partie maintenant ?
end-text-lobby = Personne n'a encore joué. La partie se ferme sans commencer et plus personne ne peut la rejoindre.
end-text-playing = Les réponses déjà données sont comptées et le podium s'affiche maintenant. Les questions restantes ne sont pas jouées.
cancel = Annuler
end-game = Terminer la partie
