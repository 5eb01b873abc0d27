# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language es.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Tarea – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Apodo
assignment-intro = Responde a tu ritmo: cada pregunta tiene su propio temporizador, que empieza cuando aparece. Puedes cerrar esta página y volver en este dispositivo para seguir donde lo dejaste.
assignment-start = Empezar
assignment-window = { $count ->
    [one] { $count } pregunta · abierta hasta el { $closes }
   *[other] { $count } preguntas · abierta hasta el { $closes }
}
assignment-not-open-title = Aún no está abierta
assignment-opens-on = Esta tarea abre el { $opens }.
assignment-closed-title = Esta tarea está cerrada
assignment-deadline-passed = Su plazo ha terminado.
assignment-closed-summary = { $answered ->
    [one] Respondiste { $answered } pregunta de { $count } y sumaste { $score } puntos.
   *[other] Respondiste { $answered } preguntas de { $count } y sumaste { $score } puntos.
}
assignment-question-of = Pregunta { $n } de { $count }
assignment-points = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}
assignment-not-scored = sin puntos
assignment-time-left = Tiempo restante
assignment-skip = Saltar esta pregunta
assignment-continue = Continuar
assignment-announce-question = Pregunta { $n }: { $text }
assignment-skipped = Saltada
assignment-correct = ¡Correcto!
assignment-saved = Respuesta guardada
assignment-gained = { $points ->
    [one] +{ $points } punto
   *[other] +{ $points } puntos
}
assignment-next = Siguiente pregunta
assignment-see-result = Ver tu resultado
assignment-finished = ¡Terminado!
assignment-done-score = { $correct ->
    [one] Has sumado { $score } puntos con { $correct } respuesta correcta.
   *[other] Has sumado { $score } puntos con { $correct } respuestas correctas.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] Vas { $rank }.º entre quienes han terminado.
}
assignment-board = Clasificación hasta ahora
assignment-board-line = { $name } — { $score } puntos
assignment-announce-done = Terminado con { $score } puntos.
assignment-server-answered = El servidor respondió { $status }
assignment-not-saved = No se pudo contactar con el servidor. Tu respuesta no se ha guardado; inténtalo de nuevo.
assignment-unreachable-reload = No se pudo contactar con el servidor. Recarga la página para volver a intentarlo.
assignment-unreachable = No se pudo contactar con el servidor. Inténtalo de nuevo.
assignment-storage-retry = El servidor no puede guardar ahora mismo (su disco está lleno o falla). Tu respuesta se conserva y se enviará de nuevo sola en un momento; también puedes responder otra vez.

## Whether an answer was right, and its points

assignment-partly-correct = Parcialmente correcto
assignment-incorrect = Incorrecto
assignment-gained-bonus = +{ $points } puntos (incl. +{ $bonus } de bonificación por racha)
assignment-no-points = Sin puntos
