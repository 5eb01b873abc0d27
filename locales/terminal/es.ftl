# quizbox: el panel del anfitrión en la terminal (`quizbox host`), en español.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = nunca
ago-just-now = ahora mismo
ago-minutes = hace { $count } min
ago-hours = hace { $count } h
ago-yesterday = ayer
ago-days = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}

picker-title = Elige un quiz
picker-filter = Filtro:
picker-loading = cargando quizzes…
picker-load-failed = No se pudieron cargar los quizzes: { $error }
picker-retry = Pulsa Ctrl-R para reintentar.
picker-empty = Aún no hay quizzes. Importa uno con: quizbox import FILE
picker-no-match = Ningún quiz coincide con «{ $filter }» (Esc borra el filtro).
picker-column-quiz = Quiz
picker-column-questions = Preguntas
picker-column-played = Última vez
picker-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzes
}
picker-count-matching = { $shown } de { $count } quizzes coinciden

options-title = Nueva partida:
options-questions = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
options-creating = creando la partida…
options-create-failed = No se pudo crear la partida: { $error }
options-press-enter = Pulsa Enter para crear la partida y abrir la sala de espera.
option-on = sí
option-off = no
option-intro = Segundos antes de abrir respuestas
option-intro-help = Cada pregunta se muestra este tiempo antes de que se pueda responder.
option-streak = Bonus por racha
option-streak-help = +100 por cada acierto seguido, hasta +500.
option-shuffle-questions = Mezclar preguntas
option-shuffle-questions-help = Las preguntas se juegan en orden aleatorio.
option-shuffle-answers = Mezclar respuestas
option-shuffle-answers-help = Las opciones de cada pregunta aparecen en orden aleatorio.
option-screen-only = Preguntas solo en la pantalla grande
option-screen-only-help = Los móviles solo muestran formas de colores; la pregunta se lee en la pantalla grande.
option-screen-language = Idioma de la pantalla grande
option-screen-language-help = El idioma de la pantalla grande (/screen/PIN); por defecto, el del navegador del proyector.
option-screen-language-browser = el del navegador
option-generated-nicknames = Apodos generados
option-generated-nicknames-help = Los jugadores reciben un nombre simpático como «Nutria Valiente» en vez de escribirlo.
option-late-join = Unirse tarde
option-late-join-help = Se puede entrar después del inicio; se juega desde la siguiente pregunta con 0 puntos.
option-auto-advance = Avance automático tras (segundos)
option-auto-advance-help = Respuestas y clasificación se muestran este tiempo y la partida sigue sola.
option-teams = Equipos
option-teams-help = Un equipo puntúa la media de sus miembros; sorteados, elegidos en el móvil o uno por dispositivo compartido.
option-team-names = Nombres de equipo (separados por comas)
option-team-names-help = De 2 a 20 nombres distintos, de 30 caracteres como máximo.
teams-off = no
teams-auto = por sorteo
teams-pick = los eligen los jugadores
teams-device = uno por dispositivo compartido

lobby-scan = escanea para unirte
lobby-join-at = Únete en
lobby-enlarge-for-qr = (amplía la ventana para ver un código QR)
lobby-pin = PIN de la partida
lobby-not-connected = (sin conexión)
lobby-locked = Entrada: BLOQUEADA (l para abrir)
lobby-open = Entrada: abierta
lobby-players = Jugadores ({ $count })
lobby-waiting = Esperando a que se unan jugadores…
lobby-more = +{ $count } más
special-shuffled-questions = preguntas mezcladas
special-shuffled-answers = respuestas mezcladas
special-screen-only = preguntas solo en la pantalla grande
special-generated-nicknames = apodos generados
special-no-streak-bonus = sin bonus por racha
special-no-late-join = sin unirse tarde
special-auto-advance = avance automático
special-screen-language = pantalla grande en { $language }

notice-not-connected = sin conexión con el servidor: espera a que se reconecte y vuelve a intentarlo
notice-removed = { $count ->
    [one] { $count } jugador expulsado
   *[other] { $count } jugadores expulsados
}
notice-storage = ALMACENAMIENTO: { $problem }
notice-storage-back = el guardado vuelve a funcionar; la partida sigue
notice-server = servidor: { $message }
notice-nobody-to-remove = aún no hay nadie a quien expulsar
notice-nothing-to-hide = no hay ninguna entrada que ocultar en esta pregunta

question-heading = Pregunta { $index } de { $total }
question-opens-in = Respuestas en { $seconds } s  ·  luego { $limit } s para responder
question-paused = EN PAUSA
question-seconds-left = quedan { $seconds } s
question-seconds-paused = { $seconds } s en pausa
question-answered = Respondido
question-no-points = sin puntos
question-points = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
kind-single = una respuesta
kind-multi = varias respuestas
kind-true-false = verdadero o falso
kind-type-answer = respuesta escrita
kind-slider = deslizador
kind-ordering = ordenar
kind-poll = encuesta
kind-word-cloud = nube de palabras
kind-slide = diapositiva
form-type-answer = Los jugadores escriben su respuesta (hasta { $count } caracteres).
form-word-cloud = Los jugadores escriben una palabra o frase corta (hasta { $count } caracteres).
form-slider = Los jugadores eligen un número de { $min } a { $max }{ $unit }, de { $step } en { $step }.
form-ordering = Los jugadores ordenan esto:
form-multi = Los jugadores marcan cada respuesta que creen correcta.
form-poll = Una encuesta: ninguna respuesta es correcta ni incorrecta.
slide-hint = n: siguiente  ·  sin respuestas en una diapositiva

reveal-answers = respuestas
reveal-correct = correcta
reveal-accepted = Aceptadas:
reveal-answered = { $count } respondieron
reveal-correct-order = Orden correcto:
reveal-placed = { $count } lo pusieron aquí
reveal-no-answers = No hay respuestas que mostrar.
reveal-more = { $count } más
reveal-more-values = { $count ->
    [one] { $count } valor más
   *[other] { $count } valores más
}
reveal-slider-correct = Correcto: { $value }
reveal-slider-range = Rango de { $min } a { $max }{ $unit }, paso { $step }
reveal-average = Media: { $value }
reveal-average-none = Media: sin respuestas

rank = { $rank }.º
board-heading = Clasificación tras la pregunta { $index } de { $total }
board-nobody = Nadie está jugando.
board-teams = Equipos
board-members = { $count ->
    [one] { $count } jugador
   *[other] { $count } jugadores
}
podium-title = Podio
podium-winner = Ganador:
podium-points = { $count ->
    [one] { $count } punto
   *[other] { $count } puntos
}
podium-nobody = Nadie jugó.
lost-title = Esta partida ya no existe en el servidor.
lost-server-said = El servidor dijo: { $message }.
lost-why = Puede que haya terminado o que el servidor se reiniciara sin ella.
lost-what-now = Pulsa Enter para elegir un quiz y empezar otra partida, o q para salir.

round-end = Fin de la ronda { $round } de { $rounds }: { $name }
round-after-question = tras la pregunta { $index } de { $total }
round-this-round = esta ronda
round-in-all = { $score } en total
break-title = Descanso
break-paused = Descanso EN PAUSA (p continúa)
break-auto = la siguiente ronda empieza sola
break-over = Fin del descanso: n empieza la siguiente ronda
break-running = n empieza ya la siguiente ronda, p pausa
break-next = Siguiente: ronda { $round } de { $rounds }: { $name }

summary-title = Fin de la partida: { $title }
summary-accuracy = Aciertos por pregunta
summary-accuracy-legend = Aciertos por pregunta (⚠ difícil: menos del 50 % de aciertos)
summary-report-failed = No se pudo leer el informe:
summary-retry = Pulsa r para reintentar.
summary-loading = Cargando el informe…
summary-top-players = Mejores jugadores
summary-right = { $correct }/{ $answered } aciertos
summary-percent = { $value } %
summary-not-scored = sin puntuar
summary-more = { $count } más en la página del informe
summary-most-missed = Más fallada:
summary-question = pregunta { $index }
summary-right-of = { $correct } de { $answered } aciertos
summary-none-missed = no hay respuestas puntuadas.
summary-participation = Participación { $participation } de las respuestas posibles · { $completion } de los jugadores respondieron todo
summary-report-link = Informe (gráficos, todas las respuestas, CSV y xlsx):
summary-results-link = Resultados completos (cada jugador y respuesta, JSON):

header-pin = PIN { $pin }
header-joining-open = entrada abierta
header-joining-locked = entrada BLOQUEADA (l)
header-joining-closed = entrada cerrada
header-moving-on = sigue en { $seconds } s
header-advance-paused = avance automático EN PAUSA, quedan { $seconds } s
link-connecting = conectando…
link-connected = conectado
link-reconnecting = reconectando… intento { $attempt }, siguiente en { $seconds } s
link-lost = Se perdió la conexión con el servidor ({ $reason }). Reconectando… (intento { $attempt }, siguiente en { $seconds } s)
link-lost-game-goes-on = La partida sigue en el servidor; las órdenes esperan a que vuelva la conexión.
confirm-title = confirmar
confirm-yes = sí
confirm-no = no
confirm-quit = ¿Salir del panel?
confirm-quit-embedded = El servidor funciona dentro de este panel: salir lo detiene y termina la partida.
confirm-quit-remote = La partida sigue en el servidor sin su anfitrión.
confirm-end = ¿Terminar la partida ahora?
confirm-end-consequence = Se puntúan las respuestas dadas y se muestra el podio.
confirm-kick = ¿Expulsar a { $nickname } de la partida?
confirm-kick-consequence = Se desconecta y no puede volver con la misma sesión.
confirm-kick-recent = ¿Expulsar a todos los que entraron en los últimos { $seconds } s?
confirm-kick-recent-consequence = Ante una avalancha: bloquea antes la sala (l) para que no vuelvan.
kick-matching-title = expulsar por nombre
kick-matching-prompt = Expulsar a todos cuyo nombre contenga:
kick-matching-how = Sin distinguir mayúsculas ni letras parecidas.
kick-matching-remove = expulsar
kick-matching-cancel = cancelar
help-title = teclas
help-close = cualquier tecla cierra esta ayuda

hint-filter = filtrar
hint-choose = elegir
hint-select = aceptar
hint-help = ayuda
hint-quit = salir
hint-team-names-commas-between = nombres de equipo, separados por comas
hint-option = opción
hint-create-game = crear partida
hint-back = volver
hint-change = cambiar
hint-load-report-again = recargar el informe
hint-new-game = nueva partida
hint-start = empezar
hint-kick = expulsar
hint-kick-recent = expulsar recientes
hint-open-answers = abrir respuestas
hint-skip = saltar
hint-end-game = terminar
hint-close = cerrar
hint-10-s-more = 10 s más
hint-end = terminar
hint-move-now = seguir ya
hint-leaderboard = clasificación
hint-choose-entry = elegir entrada
hint-hide-entry = ocultar entrada
hint-next = siguiente
hint-podium = podio
hint-next-question = siguiente pregunta
hint-finish-game = acabar la partida
hint-unlock = desbloquear
hint-lock = bloquear
hint-continue = continuar
hint-pause = pausa
help-filter-quizzes-title-description = filtrar los quizzes por título o descripción
help-remove-last-filter-letter = borrar la última letra del filtro
help-clear-filter = borrar el filtro
help-choose-quiz = elegir un quiz
help-game-options-chosen-quiz = opciones de partida del quiz elegido
help-reload-quiz-list = recargar la lista de quizzes
help-choose-option = elegir una opción
help-fewer-more-seconds-before = menos / más segundos antes de abrir respuestas
help-turn-chosen-option-off = activar / desactivar la opción elegida
help-teams-off-drawn-random = equipos: no, por sorteo, los eligen, por dispositivo compartido
help-team-names-separated-commas = los nombres de equipo, separados por comas
help-create-game-open-lobby = crear la partida y abrir la sala de espera
help-back-quiz-list = volver a la lista de quizzes
help-start-move-open-close = empezar / seguir (abrir, cerrar, siguiente)
help-choose-player-lobby = elegir un jugador en la sala de espera
help-remove-chosen-player = expulsar al jugador elegido
help-lobby-remove-everyone-joined = en la sala: expulsar a quienes entraron en el último minuto
help-lobby-remove-everyone-whose = en la sala: expulsar a quienes tengan en el nombre lo que escribas
help-lock-joining-nobody-can = bloquear la entrada (nadie puede unirse) o desbloquearla
help-pause-continue-countdown-autoadvance = pausar o seguir la cuenta atrás o el avance automático
help-give-10-more-seconds = dar 10 segundos más
help-skip-question-reveal-now = saltar la pregunta (revelar ya)
help-end-game-early-podium = terminar antes la partida (podio)
help-word-cloud-choose-entry = en una nube de palabras: elegir una entrada y ocultarla
help-choose-quiz-start-new = elegir un quiz y empezar otra partida
help-load-games-report-again = recargar el informe de la partida
help-quit = salir
help-this-help = esta ayuda
help-quit-asks-first-during = salir (pregunta antes durante una partida)
key-type = escribir
key-letters = letras
help-screen-language = idioma de la pantalla grande: el del navegador o uno de los 13

reason-no-answer = el servidor no respondió
reason-no-welcome = el servidor no nos aceptó
reason-silent = el servidor dejó de responder
reason-unknown-game = no tiene ninguna partida con este PIN
reason-replaced = otra conexión ha tomado esta partida
reason-restarting = el servidor se está reiniciando
reason-closed-why = cerrada por el servidor ({ $code }: { $reason })
reason-closed = cerrada por el servidor ({ $code })
reason-lost = conexión perdida

## The break between rounds in the game options

option-break = Descanso entre rondas (segundos)
option-break-help = En un quiz por rondas: tras el resumen de una ronda, un descanso con cuenta atrás de esta duración antes de la siguiente; no: sin descanso.

## Question media
# machine-drafted
question-media-picture = imagen: { $name }
question-media-sound = sonido: { $name }
question-media-video = vídeo: { $name }
