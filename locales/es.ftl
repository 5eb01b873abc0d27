# quizbox: mensajes de la página del jugador, en español.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = Unirse a un quiz – quizbox
me-score = { $score } pts
sound = Sonido
    .title = Avisos sonoros en este teléfono
leave = Salir
    .title = Salir de esta partida para unirse a otra
language = Idioma
join-title = Unirse a un quiz
resume-offer = Estabas jugando en la partida { $pin } como { $name }.
resume = Volver a esa partida
forget = No soy yo
pin-label = PIN de la partida
nickname-label = Apodo
join = Unirse
joining = Uniéndose…
error-pin = Introduce el PIN de 6 cifras que aparece en la pantalla.
error-nickname = Introduce un apodo.
error-nickname-long = Los apodos pueden tener como máximo { $max } caracteres.
error-no-answer = El servidor de la partida no respondió. Comprueba tu conexión e inténtalo de nuevo.
error-unreachable = No se pudo conectar con el servidor de la partida. Comprueba tu conexión e inténtalo de nuevo.
rejoining = Volviendo a tu partida…
rejoining-as = Partida { $pin } como { $name }
rejoining-game = Partida { $pin }
reconnecting = Reconectando…
reconnecting-kept = Reconectando… Tu puesto y tu puntuación se conservan.
saving-again = El guardado vuelve a funcionar.
not-saved-yet = Aún no guardado: se enviará de nuevo cuando el servidor pueda guardar.
lobby-title = ¡Ya estás dentro! Esperando al anfitrión…
you-are = Eres { $name }
nick-note = La partida te dio este apodo: es el que muestra la pantalla grande.
lobby-see-name = ¿Ves tu apodo en la pantalla grande?
waiting-title = ¡Ya estás dentro! Juegas desde la próxima pregunta.
waiting-text = Los demás están en la pregunta { $index } de { $total }. Tu primera es la pregunta { $first }, empezando con 0 puntos.
question-of = Pregunta { $index } de { $total }
slide-of = { $index } de { $total }
look-at-screen = Mira la pantalla grande
get-ready = Prepárate…
time-left = Tiempo restante
seconds-left = { $secs ->
    [one] Queda { $secs } segundo
   *[other] Quedan { $secs } segundos
}
paused = En pausa
times-up = ¡Se acabó el tiempo!
answers =
    .aria-label = Respuestas
answer-locked = Respuesta registrada ✓ Esperando a los demás…
answer-sending = Enviando tu respuesta…
slide-note = No hace falta responder: el anfitrión continúa.
hint-multi = Marca todas las respuestas correctas y luego pulsa Enviar.
hint-type-answer = Escribe tu respuesta.
hint-slider = Desliza hasta tu respuesta y luego pulsa Enviar.
hint-ordering = Ponlas en el orden correcto y luego pulsa Enviar.
hint-poll = Vota: no hay respuesta incorrecta.
hint-word-cloud = Envía una o dos palabras: aparecen en la pantalla grande.
submit = Enviar
submit-order = Enviar orden
text-limit = Hasta { $max } caracteres.
your-word = Tu palabra
your-answer = Tu respuesta
type-first = Escribe algo primero.
your-order = Tu orden
move-up = Subir { $name }
move-down = Bajar { $name }
checking-answer = Comprobando tu respuesta…
your-score = Tu puntuación: { $score } puntos
result-thanks = Gracias por responder
result-no-answer = Sin respuesta esta vez
result-correct = Correcto ✓
result-partial = Parcialmente correcto ◐
result-incorrect = Incorrecto ✗
result-incorrect-none = Incorrecto ✗ – sin respuesta
result-points = { $points ->
    [one] +{ $points } punto
   *[other] +{ $points } puntos
}
result-points-bonus = +{ $points } puntos (incl. +{ $bonus } de bonificación por racha)
result-streak = Racha de aciertos: { $streak } 🔥
result-score = Puntuación: { $score }
result-rank = Puesto { $rank }.º de { $players }
result-behind = { $points ->
    [one] A { $points } punto del siguiente puesto
   *[other] A { $points } puntos del siguiente puesto
}
result-tied = Empatado con el siguiente puesto
result-lead = ¡Vas en cabeza!
correct-order = Orden correcto: { $order }
accepted-answers = { $count ->
    [one] Respuesta aceptada: { $answers }
   *[other] Respuestas aceptadas: { $answers }
}
correct-answers = { $count ->
    [one] Respuesta correcta: { $answers }
   *[other] Respuestas correctas: { $answers }
}
slider-average = Media: { $average }
you-ticked = Marcaste:
your-order-was = Tu orden:
you-answered = Respondiste:
you-voted = Votaste:
leaderboard = Clasificación
final-results = Resultados finales
place = { $rank }.º
nickname-you = { $name } (tú)
standing-me = Eres { $rank }.º de { $players } con { $score } puntos.
standing-score = Tu puntuación: { $score } puntos.
final = ¡Terminaste { $rank }.º de { $players } con { $score } puntos!
game-over = Fin de la partida
thanks = ¡Gracias por jugar!
join-another = Unirse a otra partida
gone-title = Esta partida ha terminado
gone-text = La partida { $pin } ya no está en curso.
gone-refused-title = No puedes volver a esta partida
gone-refused-text = La partida no te dejó volver. Puede que el anfitrión te haya eliminado.
kicked-title = Te han eliminado de la partida
kicked-text = El anfitrión te eliminó de esta partida.
back-to-start = Volver al inicio
lost-title = Jugando en otro sitio
lost-text = Abriste esta partida en otra pestaña o en otro dispositivo.
play-here = Jugar aquí

shape-red-triangle = Triángulo rojo
shape-blue-diamond = Rombo azul
shape-yellow-circle = Círculo amarillo
shape-green-square = Cuadrado verde
shape-purple-star = Estrella morada
shape-teal-pentagon = Pentágono turquesa
shape-orange-hexagon = Hexágono naranja
shape-pink-cross = Cruz rosa

media-sound = Sonido de { $about }
media-video = Vídeo de { $about }
media-picture = Imagen de esta pregunta
media-this-question = esta pregunta

error-unknown-game = No hay ninguna partida con el PIN { $pin }. Comprueba el PIN en la pantalla.
error-game-started = La partida { $pin } ya ha empezado.
error-game-full = La partida { $pin } está llena.
error-lobby-locked = El anfitrión ha cerrado la sala; ahora nadie puede unirse.
error-too-many-joins = Este dispositivo ya se ha unido a la partida { $pin } todas las veces permitidas.
error-nickname-taken = El apodo { $name } ya está en uso en esta partida. Elige otro.
error-rate-limited = Demasiados intentos. Espera un momento e inténtalo de nuevo.
error-bad-message = El servidor no entendió esa petición. Recarga la página e inténtalo de nuevo.
error-version = Esta página es más antigua que el servidor. Recarga la página.
error-forbidden = Esa clave o enlace no es válido para esta partida.
error-nickname-invalid = No se puede usar este apodo. Elige otro.
error-not-host = Solo el anfitrión puede hacer eso.
error-wrong-phase = Eso no es posible en este momento de la partida.
error-wrong-question = Esa pregunta no es la que está abierta ahora.
error-too-late = Las respuestas a esta pregunta están cerradas.
error-already-answered = Ya respondiste a esta pregunta.
error-invalid-answer = No se puede aceptar esa respuesta. Revísala e inténtalo de nuevo.
error-no-such-player = Ese jugador no está en esta partida.
error-too-big = Era demasiado para enviar de una vez.
error-storage-unavailable = El servidor no puede guardar ahora. Inténtalo de nuevo en un momento.
error-no-such-team = Ese equipo no existe en esta partida.
too-late = Demasiado tarde: ¡se acabó el tiempo!

## Rounds
# machine-drafted
break-title = Descanso
break-next = A continuación: ronda { $number } de { $rounds } · { $name }
break-text = La próxima ronda empieza pronto.
round-title = Ronda { $number } de { $rounds } · { $name }
round-end = Fin de la ronda { $number } de { $rounds }
round-points = { $points } en esta ronda
round-total = { $score } en total
round-board =
    .aria-label = Puntos de esta ronda
break-paused = En pausa
break-auto = La próxima ronda empieza sola.
break-starting = Empezando…
next-break = Siguiente: descanso
next-round = Empezar la próxima ronda

## Equipos (página del jugador)
team-line = Tu equipo: { $team }
team-none = todavía ninguno
team-playing = Juegan: { $names }
team-pick =
    .aria-label = Elige tu equipo
team-members-label = ¿Quién juega en este dispositivo? Nombres separados por comas
team-members-save = Guardar los nombres
team-place = Tu equipo: { $team } — { $rank }.º de { $teams }, { $score } puntos
team-final = ¡Tu equipo, { $team }, terminó { $rank }.º de { $teams } con { $score } puntos!

## Pantalla grande
screen-title = quizbox – pantalla
screen-pin = PIN { $pin }
joining-open = Se puede unir
joining-closed = Ya no se puede unir
sound-enable = Haz clic para activar el sonido
mute = Silenciar
unmute = Activar sonido
volume = Volumen
read-aloud = Leer en voz alta
    .title = Leer cada pregunta en voz alta con la voz de este ordenador
connecting = Conectando…
screen-bad-key = No se aceptó la clave del anfitrión.
screen-no-game = No hay ninguna partida con el PIN { $pin }.
screen-no-pin = Esta dirección no tiene PIN de partida. Abre el enlace de pantalla que te dio la página del anfitrión.
screen-reconnecting-kept = Reconectando… La partida se conserva en el servidor.
storage-paused = En pausa: { $problem }
storage-ok = El guardado vuelve a funcionar; la partida continúa.
not-connected = Sin conexión: inténtalo de nuevo en un momento.
failed-title = No se puede mostrar esta partida
screen-join-title = Únete a la partida
join-how = Entra en { $url }
qr-code =
    .alt = Código QR para unirse
players-noun = { $count ->
    [one] jugador
   *[other] jugadores
}
waiting-players = Esperando a que se unan jugadores…
players = Jugadores
    .aria-label = Jugadores
lobby-controls =
    .aria-label = Controles de la sala de espera
lock-lobby = Cerrar la sala de espera
unlock-lobby = Abrir la sala de espera
kick-recent-label = Quitar a todos los que se unieron en los últimos
seconds-unit = s
remove = Quitar
kick-pattern-label = Quitar los nombres que contienen
kick-recent-range = Escribe un número de segundos entre 1 y { $max }.
kick-pattern-empty = Escribe parte de los nombres que quieres quitar.
kick = Expulsar
kick-name = Expulsar a { $name }
advance-next = Siguiente en { $secs } s
advance-paused = En pausa: quedan { $secs } s
answers-open-in = Las respuestas se abren en
answered-of = { $answered } de { $players } han respondido
players-playing = { $count ->
    [one] { $count } jugador en juego
   *[other] { $count } jugadores en juego
}
screen-hint-multi = Marca todas las respuestas correctas.
screen-hint-true-false = ¿Verdadero o falso?
screen-hint-type-answer = Escribe tu respuesta en el móvil.
screen-hint-slider = Elige un número de { $min } a { $max } en el móvil.
screen-hint-slider-any = Elige un número en el móvil.
screen-hint-ordering = Pon esto en el orden correcto en el móvil.
screen-hint-poll = Vota en el móvil: no hay respuesta incorrecta.
screen-hint-word-cloud = Envía una o dos palabras desde el móvil.
media-ref = Multimedia: { $media }
answers-chosen =
    .aria-label = Respuestas elegidas
correct-tag = ✓ Correcta
sr-incorrect = (incorrecta)
sr-accepted = (aceptada)
players-chose = { $count ->
    [one] jugador la eligió
   *[other] jugadores la eligieron
}
sr-times = { $count ->
    [one] ({ $count } vez)
   *[other] ({ $count } veces)
}
hide = Ocultar
hide-name = Ocultar { $name }
no-answers = Sin respuestas.
answers-given = Respuestas dadas
no-words = Todavía no hay palabras.
word-cloud = Nube de palabras
in-right-place = { $count } en su sitio
correct-order-label = Orden correcto
correct-answer-is = Respuesta correcta: { $answer }
correct-answer-within = Respuesta correcta: { $answer } (± { $tolerance })
most-given = Las más dadas
players-answered = { $count ->
    [one] { $count } jugador respondió
   *[other] { $count } jugadores respondieron
}
after-question = Tras la pregunta { $index } de { $total }
rank-same = sin cambios
rank-up = { $count ->
    [one] sube { $count } puesto
   *[other] sube { $count } puestos
}
rank-down = { $count ->
    [one] baja { $count } puesto
   *[other] baja { $count } puestos
}
no-players-yet = Todavía no hay jugadores.
teams = Equipos
team-leaderboard =
    .aria-label = Clasificación de equipos
players-count = { $count ->
    [one] { $count } jugador
   *[other] { $count } jugadores
}
points = { $score } puntos
podium = Podio
team-podium = Podio de equipos
top-three = Los tres primeros
top-three-teams = Los tres primeros equipos
top-players = Mejores jugadores
fourth-fifth =
    .aria-label = Cuarto y quinto puesto
nobody-played = Esta vez no jugó nadie.
screen-game-over = La partida ha terminado.
host-again = Organizar otra partida
host-controls =
    .aria-label = Controles del anfitrión
start = Empezar
show-answers = Mostrar respuestas
close-answers = Cerrar respuestas
skip = Saltar
pause = Pausa
continue = Continuar
extend = +10 s
    .title = Dar 10 segundos más a los jugadores
lock-joining = Cerrar la entrada
unlock-joining = Abrir la entrada
next-question = Siguiente pregunta
next-podium = Siguiente: podio
next-leaderboard = Siguiente: clasificación
finish = Finalizar
hint-next = Espacio o Intro: siguiente
hint-finish = Finalizar: cierra la partida en todas las pantallas y móviles. Los resultados ya están guardados.
end-game-ask = Terminar partida…
end-title = ¿Terminar la partida ahora?
end-text-lobby = Nadie ha jugado todavía. La partida se cierra sin empezar y ya nadie podrá unirse.
end-text-playing = Las respuestas dadas hasta ahora se puntúan y se muestra el podio. Las preguntas restantes no se juegan.
cancel = Cancelar
end-game = Terminar partida
