# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language fr.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Devoir – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Pseudo
assignment-intro = Répondez à votre rythme : chaque question a son propre minuteur, qui démarre quand elle s'affiche. Vous pouvez fermer cette page et revenir sur cet appareil pour reprendre où vous en étiez.
assignment-start = Commencer
assignment-window = { $count ->
    [one] { $count } question · ouvert jusqu'au { $closes }
   *[other] { $count } questions · ouvert jusqu'au { $closes }
}
assignment-not-open-title = Pas encore ouvert
assignment-opens-on = Ce devoir ouvre le { $opens }.
assignment-closed-title = Ce devoir est clos
assignment-deadline-passed = Sa date limite est passée.
assignment-closed-summary = { $answered ->
    [one] Vous avez répondu à { $answered } question sur { $count } et marqué { $score } points.
   *[other] Vous avez répondu à { $answered } questions sur { $count } et marqué { $score } points.
}
assignment-question-of = Question { $n } sur { $count }
assignment-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
assignment-not-scored = sans points
assignment-time-left = Temps restant
assignment-skip = Passer cette question
assignment-continue = Continuer
assignment-announce-question = Question { $n } : { $text }
assignment-skipped = Question passée
assignment-correct = Correct !
assignment-saved = Réponse enregistrée
assignment-gained = { $points ->
    [one] +{ $points } point
   *[other] +{ $points } points
}
assignment-next = Question suivante
assignment-see-result = Voir votre résultat
assignment-finished = Terminé !
assignment-done-score = { $correct ->
    [one] Vous avez marqué { $score } points avec { $correct } bonne réponse.
   *[other] Vous avez marqué { $score } points avec { $correct } bonnes réponses.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
    [one] Vous êtes { $rank }er parmi ceux qui ont terminé.
   *[other] Vous êtes { $rank }e parmi ceux qui ont terminé.
}
assignment-board = Classement provisoire
assignment-board-line = { $name } — { $score } points
assignment-announce-done = Terminé avec { $score } points.
assignment-server-answered = Le serveur a répondu { $status }
assignment-not-saved = Impossible de joindre le serveur. Votre réponse n'a pas été enregistrée ; réessayez.
assignment-unreachable-reload = Impossible de joindre le serveur. Rechargez la page pour réessayer.
assignment-unreachable = Impossible de joindre le serveur. Réessayez.
assignment-storage-retry = Le serveur ne peut pas enregistrer pour le moment (son disque est plein ou défaillant). Votre réponse est gardée et renvoyée d’elle-même dans un instant ; vous pouvez aussi répondre à nouveau.

## Whether an answer was right, and its points

assignment-partly-correct = Partiellement correct
assignment-incorrect = Incorrect
assignment-gained-bonus = +{ $points } points (dont +{ $bonus } de bonus de série)
assignment-no-points = Aucun point
