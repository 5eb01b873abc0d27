# quizbox: the host's pages (dashboard, studio, reports, account); language es.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = Presentar una partida – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Páginas
studio-nav-library = Biblioteca de cuestionarios
studio-nav-host = Presentar una partida
studio-sign-out = Cerrar sesión
studio-login-username = Usuario
studio-login-password = Contraseña
studio-login-submit = Iniciar sesión
studio-confirm-keep = Conservarlo
studio-delete = Eliminar
studio-unexpected-reply = El servidor envió una respuesta inesperada.
studio-kind-single = Opción única
studio-kind-multi = Opción múltiple
studio-kind-true-false = Verdadero o falso
studio-kind-type-answer = Respuesta escrita
studio-kind-slider = Deslizador
studio-kind-ordering = Ordenar
studio-kind-poll = Encuesta
studio-kind-word-cloud = Nube de palabras
studio-kind-slide = Diapositiva

reports-page-title = Informes – quizbox
reports-title = Informes
reports-login-legend = Inicia sesión para ver los informes de tus partidas
reports-search = Buscar por cuestionario
reports-search-placeholder = Título o id del cuestionario
reports-table-caption = Partidas terminadas, las más recientes primero
reports-col-quiz = Cuestionario
reports-col-played = Jugada
reports-col-players = Jugadores
reports-col-status = Estado
reports-col-actions = Acciones
reports-confirm-text = Sus resultados y todas las respuestas se eliminan para siempre.
reports-load-failed = No se pudieron cargar las partidas: { $error }
reports-status-finished = terminada, { $duration }
reports-host = presentada por { $name }
reports-open = Abrir
reports-open-label = Abrir el informe de { $title } del { $date }
reports-delete-label = Eliminar la partida de { $title } del { $date }
reports-none = Aún no hay partidas terminadas: presenta una y su informe aparecerá aquí.
reports-count = { $count ->
    [one] { $count } partida
   *[other] { $count } partidas
}
reports-count-match = { $count ->
    [one] { $shown } de { $count } partida coinciden
   *[other] { $shown } de { $count } partidas coinciden
}
reports-confirm-title = ¿Eliminar la partida de «{ $title }» del { $date }?
reports-delete-failed = No se pudo eliminar la partida de «{ $title }»: { $error }
reports-deleted = Partida de «{ $title }» eliminada.

report-page-title = Informe de la partida – quizbox
report-nav-all = Todos los informes
report-title = Informe de la partida
report-login-legend = Inicia sesión para ver este informe
report-summary = Resumen
report-downloads = Descargar este informe
report-download-csv = Descargar CSV
report-download-json = Descargar JSON
report-download-xlsx = Descargar hoja de cálculo (xlsx)
report-print = Imprimir
report-questions = Preguntas
report-legend = Las barras cuentan los jugadores que dieron cada respuesta; { $right }. Una pregunta es { $difficult } cuando menos de la mitad de sus respuestas fueron correctas.
report-legend-right = ✓ marca una respuesta correcta
report-legend-difficult = difícil
report-questions-caption = Cada pregunta: sus respuestas, precisión y tiempos
report-col-question = Pregunta y respuestas
report-col-accuracy = Precisión
report-col-average = Tiempo medio
report-col-median = Tiempo mediano
report-col-difficult = Difícil
report-across-heading = En todas las partidas de este cuestionario
report-across-intro = Las preguntas más falladas, de menor a mayor precisión:
report-teams = Equipos
report-teams-note = La puntuación de un equipo es la media de las de sus jugadores.
report-teams-caption = Cada equipo, por puesto
report-col-rank = Puesto
report-col-team = Equipo
report-col-score = Puntuación
report-players-caption = Cada jugador, por puesto, con sus respuestas
report-col-player = Jugador
report-col-correct = Aciertos
report-col-streak = Mejor racha
report-unknown = desconocido
report-ended-in-lobby = terminó en la sala de espera
report-duration-hours = { $h } h { $m } min
report-duration-minutes = { $m } min { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct } %
report-not-found = No hay informe de esta partida: se eliminó o es de otro presentador.
report-load-failed = No se pudo cargar el informe: { $error }
report-heading = Informe: { $title }
report-doc-title = { $title } – informe – quizbox
report-fact-duration = Duración
report-fact-pin = PIN
report-fact-participation = Participación
report-fact-completion = Finalización
report-participation = { $percent } de las respuestas posibles dadas
report-completion = { $percent } de los jugadores respondieron todas las preguntas
report-across-games = { $count ->
    [one] { $count } partida jugada de este cuestionario.
   *[other] { $count } partidas jugadas de este cuestionario.
}
report-across-item = { $games ->
    [one] { $percent } de aciertos ({ $correct } de { $answered } respuestas en { $games } partida)
   *[other] { $percent } de aciertos ({ $correct } de { $answered } respuestas en { $games } partidas)
}
report-answered = { $count } respondieron
report-right-count = { $count } correctas
report-right-answers = Correcta: { $answers }
report-not-scored = sin puntuación
report-flag-difficult = ⚠ difícil
report-flag-no = no
report-result-right = ✓ correcta
report-result-wrong = ✗ incorrecta
report-no-answer = sin respuesta
report-answers-of = Respuestas de { $name }
report-answers-question = Pregunta
report-answers-answer = Respuesta
report-answers-result = Resultado
report-answers-points = Puntos
report-answers-time = Tiempo
report-correct-of = { $correct } de { $answered }
report-download-failed = No se pudo descargar el informe: { $error }
report-downloaded = { $size ->
    [one] Descargado { $name } ({ $size } byte).
   *[other] Descargado { $name } ({ $size } bytes).
}
report-chart-none = Pregunta { $number }: sin respuestas.
report-chart-summary = Respuestas a la pregunta { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (respuesta correcta)
report-chart-count-right = { $count } (correcta)
report-chart-more = { $count ->
    [one] y { $count } respuesta más, dada { $times } veces
   *[other] y { $count } respuestas más, dadas { $times } veces
}
report-chart-no-answers = Sin respuestas

studio-page-title = Biblioteca de cuestionarios – quizbox
studio-login-legend = Inicia sesión para escribir cuestionarios
studio-new-quiz = Nuevo cuestionario
studio-search = Buscar
studio-search-placeholder = Título, descripción o id
studio-sort = Ordenar por
studio-sort-title = Título
studio-sort-updated = Último cambio
studio-sort-played = Última partida
studio-import = Importar
studio-import-text = Suelta aquí archivos de cuestionarios (TOML, JSON, CSV, hojas de Kahoot!, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot o un paquete: cuestionario y medios en un .zip) o elígelos.
studio-import-choose = Elegir archivos para importar…
studio-import-files = Archivos de cuestionarios para importar
studio-quizzes = Cuestionarios
studio-confirm-text = Podrás deshacerlo durante unos segundos.
studio-undo = Deshacer
studio-format-xlsx = Hoja de cálculo de Kahoot!
studio-format-bundle = Paquete: cuestionario y medios (zip)
studio-load-failed = No se pudieron cargar los cuestionarios: { $error }
studio-never = nunca
studio-questions = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
studio-changed = modificado { $when }
studio-last-played = última partida { $when }
studio-owner = propietario { $name }
studio-sample = ejemplo
studio-export-format = Formato de exportación de { $name }
studio-export = Exportar
studio-export-label = Exportar { $name }
studio-host = Presentar
studio-host-label = Presentar { $name }
studio-edit = Editar
studio-edit-label = Editar { $name }
studio-duplicate = Duplicar
studio-duplicate-label = Duplicar { $name }
studio-delete-label = Eliminar { $name }
studio-none = Aún no hay cuestionarios: escribe uno con «Nuevo cuestionario» o importa un archivo.
studio-count = { $count ->
    [one] { $count } cuestionario
   *[other] { $count } cuestionarios
}
studio-count-match = { $count ->
    [one] { $shown } de { $count } cuestionario coinciden
   *[other] { $shown } de { $count } cuestionarios coinciden
}
studio-host-failed = No se pudo iniciar la partida: { $error }
studio-duplicate-failed = No se pudo duplicar «{ $title }»: { $error }
studio-duplicated = «{ $title }» duplicado.
studio-duplicated-as = «{ $title }» duplicado como «{ $copy }».
studio-export-failed = No se pudo exportar «{ $title }»: { $error }
studio-exported = «{ $title }» exportado.
studio-exported-lossy = { $count ->
    [one] «{ $title }» exportado; se omitió { $count } elemento que este formato no admite (quizbox export lo indica).
   *[other] «{ $title }» exportado; se omitieron { $count } elementos que este formato no admite (quizbox export los indica).
}
studio-confirm-title = ¿Eliminar «{ $title }»?
studio-delete-failed = No se pudo eliminar «{ $title }»: { $error }
studio-deleted = «{ $title }» eliminado.
studio-undo-label = Deshacer la eliminación de { $title }
studio-deleted-undo = «{ $title }» eliminado. Puedes deshacerlo durante { $secs } segundos.
studio-undo-failed = No se pudo recuperar «{ $title }»: { $error }
studio-back = «{ $title }» ha vuelto.
studio-import-line = línea { $where }:
studio-import-refused = { $name }: no importado.
studio-import-quiz = { $count ->
    [one] «{ $title }» ({ $count } pregunta, { $status })
   *[other] «{ $title }» ({ $count } preguntas, { $status })
}
studio-import-created = creado
studio-import-updated = actualizado
studio-import-checked = comprobado
studio-imported = { $name }: importado { $titles }
studio-import-nothing = { $name }: no importado, no se escribió nada.
studio-import-error = error: { $text }
studio-import-warning = aviso: { $text }
studio-importing = { $count ->
    [one] Importando { $count } archivo…
   *[other] Importando { $count } archivos…
}
studio-import-server-refused = el servidor lo rechazó
studio-imported-count = { $count ->
    [one] { $imported } de { $count } archivo importados.
   *[other] { $imported } de { $count } archivos importados.
}

studio-edit-page-title = Editar cuestionario – quizbox
studio-save = Guardar
studio-conflict-text = { $saved } Todo lo que escribiste sigue aquí. Quédate con su versión o con la tuya:
studio-conflict = Otra persona guardó este cuestionario después de que lo abrieras.
studio-reload-theirs = Cargar la suya (descartar mis cambios)
studio-overwrite = Sobrescribir con la mía
studio-problems = Este cuestionario aún no se puede guardar
studio-description = Descripción
studio-reorder-help = Arrastra una pregunta para moverla, o selecciónala y pulsa Alt+↑ o Alt+↓.
studio-new-kind = Tipo de la nueva pregunta
studio-add-question = Añadir pregunta
studio-preview = Vista previa
studio-preview-as = Vista previa en
studio-preview-phone = Teléfono
studio-preview-screen = Pantalla grande
studio-open-failed = No se pudo abrir el cuestionario: { $error }
studio-edit-quiz = Editar cuestionario
studio-edit-heading = Editar «{ $title }»
studio-edit-doc-title = { $title } – quizbox
studio-id = Id: { $id }
studio-id-note = El id se genera a partir del título la primera vez que se guarda.
studio-no-questions = No hay preguntas
studio-add-first = Añade una pregunta para empezar.
studio-problem-at = Pregunta { $number }
studio-problem-at-field = Pregunta { $number } ({ $field })
studio-unsaved = Cambios sin guardar.
studio-moved = Movida a la posición { $position } de { $total }.
studio-question-duplicated = Pregunta { $number } duplicada como pregunta { $copy }.
studio-question-removed = Pregunta { $number } ({ $summary }) eliminada.
studio-saving = Guardando…
studio-not-saved-failure = No se guardó. { $error }
studio-not-saved-conflict = No se guardó: otra persona guardó este cuestionario después de que lo abrieras. Tus cambios se conservan.
studio-not-saved-problems = { $count ->
    [one] No se guardó: hay una cosa que corregir.
   *[other] No se guardó: hay { $count } cosas que corregir.
}
studio-server-answered = el servidor respondió { $status }
studio-not-saved = No se guardó: { $error }
studio-saved-at = Guardado a las { $time }.
studio-theirs-loaded = Se cargó su versión; tus cambios se descartaron.
studio-starting = Iniciando una partida…
studio-no-text = (aún sin texto)
studio-pick-label = Pregunta { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } ({ $count } por corregir)
studio-check-empty = No puede estar vacío.
studio-check-too-long = Más de { $max } caracteres ({ $count }).
studio-check-no-questions = Un cuestionario necesita al menos una pregunta.
studio-check-too-many-questions = Un cuestionario admite como máximo { $max } preguntas ({ $count }).
studio-check-whole-seconds = Debe ser un número entero de segundos.
studio-check-time-limit = Debe ser de { $min } a { $max } segundos.
studio-check-whole-points = Debe ser un número entero de puntos.
studio-check-correct-one = Marca una de las respuestas como correcta.
studio-check-correct-none = Marca al menos una respuesta como correcta.
studio-check-accepted-none = Hace falta al menos una respuesta aceptada.
studio-check-accepted-many = Como máximo { $max } respuestas aceptadas ({ $count }).
studio-check-whole-characters = Debe ser un número entero de caracteres.
studio-check-word-cloud = Debe ser de 1 a { $max } caracteres.
studio-check-number = Debe ser un número.
studio-check-slider-max = Debe ser mayor que el valor mínimo ({ $min }).
studio-check-slider-step = Debe ser mayor que 0.
studio-check-slider-positions = Da más de 10 000 posiciones; usa un paso mayor.
studio-check-slider-correct = Debe estar entre { $min } y { $max }.
studio-check-slider-tolerance = No puede ser negativa.
studio-check-answer-count = Hacen falta de { $min } a { $max } respuestas ({ $count }).
studio-check-item-count = Hacen falta de { $min } a { $max } elementos ({ $count }).
studio-check-twice = Igual que el número { $number }.
studio-check-count = { $count ->
    [one] Hay un problema que corregir.
   *[other] Hay { $count } problemas que corregir.
}
studio-move-up = Subir la pregunta { $number }
studio-move-down = Bajar la pregunta { $number }
studio-slide-n = Diapositiva { $number }
studio-question-n = Pregunta { $number }
studio-duplicate-question = Duplicar la pregunta { $number }
studio-remove = Quitar
studio-remove-question = Quitar la pregunta { $number }
studio-kind = Tipo
studio-time-limit = Tiempo límite (segundos)
studio-time-limit-note = De 5 a 240 segundos.
studio-points-note = 1000 es lo normal, 2000 el doble, 0 deja la pregunta sin puntuar.
studio-explanation = Explicación (se muestra con la respuesta)
studio-true = Verdadero
studio-false = Falso
studio-correct-answer = Respuesta correcta
studio-max-length = Entrada más larga (caracteres)
studio-max-length-note = De 1 a 100.
studio-slide-body = Texto bajo el título
studio-answer-n = Respuesta { $number }
studio-answer-correct = La respuesta { $number } es correcta
studio-remove-answer = Quitar la respuesta { $number }
studio-add-answer = Añadir respuesta
studio-answers = Respuestas
studio-answers-single = Respuestas (elige la correcta)
studio-answers-multi = Respuestas (marca todas las correctas)
studio-accepted-n = Respuesta aceptada { $number }
studio-remove-accepted = Quitar la respuesta aceptada { $number }
studio-add-accepted = Añadir respuesta aceptada
studio-accepted = Respuestas aceptadas (no importan mayúsculas, tildes ni espacios)
studio-typos = Aceptar pequeñas erratas
studio-slider-min = Valor mínimo
studio-slider-max = Valor máximo
studio-slider-step = Paso
studio-slider-correct = Valor correcto
studio-slider-tolerance = Tolerancia (±)
studio-slider-tolerance-note = Las respuestas así de cercanas cuentan como correctas.
studio-slider-unit = Unidad (opcional)
studio-item-n = Elemento { $number }
studio-item-up = Subir el elemento { $number }
studio-item-down = Bajar el elemento { $number }
studio-remove-item = Quitar el elemento { $number }
studio-add-item = Añadir elemento
studio-items = Elementos en el orden correcto (los jugadores los ven mezclados)
studio-media-file = Archivo multimedia para subir
studio-upload = Subir imagen, sonido o vídeo…
studio-uploading = Subiendo { $name }…
studio-uploaded = { $name } subido.
studio-upload-failed = No se pudo subir { $name }.
studio-remove-media = Quitar multimedia
studio-media = Multimedia
studio-media-address = Dirección de la imagen, el sonido o el vídeo
studio-media-note = Sube un archivo o indica una dirección /media/.
studio-preview-question = Tu pregunta
studio-preview-slide = Diapositiva { $index } de { $total }
host-nav-label = Páginas
host-nav-library = Biblioteca de cuestionarios
host-nav-reports = Informes
host-heading = Organizar una partida
host-login-legend = Inicia sesión para organizar
host-choose-quiz = Elige un cuestionario
host-filter = Filtrar cuestionarios
host-filter-placeholder = Escribe para filtrar por título o descripción
host-loading = Cargando cuestionarios…
host-quiz-list-label = Cuestionarios
host-load-failed = No se pudieron cargar los cuestionarios: { $error }
host-no-quizzes = Aún no hay cuestionarios. Escribe o importa uno en la biblioteca (/studio), o con: quizbox import ARCHIVO
host-question-count = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
host-quiz-count = { $count ->
    [one] { $count } cuestionario
   *[other] { $count } cuestionarios
}
host-quizzes-match = { $total ->
    [one] { $shown } de { $total } cuestionario coincide
   *[other] { $shown } de { $total } cuestionarios coinciden
}
host-options = Opciones de la partida
host-options-note = Opcional: los valores predeterminados sirven para la mayoría de partidas.
host-intro-secs = Segundos antes de abrir las respuestas
host-streak-bonus = Bonificación por racha
host-shuffle-questions = Mezclar las preguntas
host-shuffle-answers = Mezclar las respuestas
host-on-screen-only = Preguntas solo en la pantalla grande
host-on-screen-note = Los teléfonos muestran entonces formas de colores en lugar de la pregunta y las respuestas.
host-generated-nicknames = Apodos generados
host-nicknames-note = Cada jugador recibe un nombre como «Nutria Valiente» en lugar del que escribe.
host-late-join = Unirse tarde
host-late-join-note = Los jugadores pueden unirse después del inicio; juegan desde la siguiente pregunta con 0 puntos.
host-auto-advance = Avanzar solo tras (segundos, 0: no)
host-auto-advance-note = Las respuestas y la clasificación se muestran este tiempo y luego la partida avanza sola.
host-break = Pausa entre rondas (segundos, 0: ninguna)
host-break-note = Para un cuestionario por rondas: el resumen de la ronda y luego una pausa con cuenta atrás antes de la siguiente.
host-teams = Equipos
host-team-off = No: cada uno juega solo
host-team-auto = Sorteados, equilibrados
host-team-pick = Los jugadores eligen equipo
host-team-device = Un equipo por dispositivo compartido
host-team-note = Un equipo puntúa la media de los puntos de sus miembros; la pantalla grande muestra clasificación y podio por equipos.
host-team-names = Nombres de equipo, uno por línea (de 2 a 20)
host-team-red = Rojo
host-team-blue = Azul
host-screen-language = Idioma de la pantalla grande
host-screen-language-own = El del navegador que proyecta
host-screen-language-note = Los botones y mensajes de la pantalla del presentador, sea cual sea la configuración del ordenador que proyecta. El texto del cuestionario no se traduce.
host-start-note = Elige un cuestionario arriba para empezar.
host-start = Empezar la partida
host-start-quiz = Empezar «{ $title }»
host-start-note-pin = Los jugadores se unen con el PIN que la pantalla grande mostrará a continuación.
host-starting = Empezando…
host-choose-first = Elige primero un cuestionario.
host-invalid-intro = Los segundos antes de abrir las respuestas deben ser un número entero de 0 a { $max }.
host-invalid-auto-advance = El avance automático debe ser un número entero de segundos de 0 (no) a { $max }.
host-invalid-break = La pausa entre rondas debe ser un número entero de segundos de 0 (ninguna) a { $max }.
host-invalid-teams = Escribe de { $min } a { $max } nombres de equipo distintos, uno por línea, de { $chars } caracteres como máximo.
host-start-failed = No se pudo empezar la partida: { $error }
host-unexpected-reply = El servidor envió una respuesta inesperada.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Usuario
signin-password = Contraseña
signin-submit = Iniciar sesión
signin-sign-out = Cerrar sesión
signin-signed-in-as = Sesión iniciada como { $name }
signin-session-ended = Tu sesión ha terminado. Vuelve a iniciar sesión.
signin-unreachable = No se pudo contactar con el servidor de quizbox. ¿Está en marcha?
signin-server-answered = El servidor respondió { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Tu cuenta – quizbox
account-heading = Tu cuenta
account-username = Usuario (a-z, 0-9, '.', '_' y '-')
account-password = Contraseña nueva (al menos 8 caracteres)
account-again = La misma contraseña otra vez
account-save = Guardar
account-host-link = Inicia sesión para organizar una partida
account-invite-title = Te damos la bienvenida a quizbox
account-invite-intro = Elige el usuario y la contraseña con los que iniciarás sesión.
account-invite-legend = Tu cuenta nueva
account-invite-submit = Crear mi cuenta
account-reset-title = Establecer una contraseña nueva
account-reset-legend = Contraseña nueva
account-reset-submit = Establecer la contraseña
account-no-secret = A esta dirección le falta su secreto: vuelve a abrir el enlace del correo.
account-passwords-differ = Las dos contraseñas no coinciden.
account-server-said = El servidor respondió { $status }.
account-invite-done = Tu cuenta { $name } está lista. Inicia sesión con ella ahora.
account-reset-done = La contraseña de { $name } está establecida. Inicia sesión con ella ahora.
account-unreachable = No se puede contactar con el servidor. Inténtalo de nuevo.

## The assignments page (/assignments)

assignments-page-title = Tareas – quizbox
assignments-nav-host = Organizar una partida
assignments-heading = Tareas
assignments-login-legend = Inicia sesión para publicar y seguir tareas
assignments-quiz = Cuestionario
assignments-opens = Abre
assignments-closes = Cierra
assignments-identifier = Pedir a los jugadores (vacío: un apodo)
assignments-identifier-placeholder = Número de estudiante
assignments-publish = Publicar tarea
assignments-caption = Tareas, las más recientes primero
assignments-link = Enlace
assignments-state = Estado
assignments-started = Empezadas
assignments-finished = Terminadas
assignments-actions = Acciones
assignments-leaderboard = Clasificación
assignments-rank = Puesto
assignments-player = Jugador
assignments-score = Puntuación
assignments-correct = Correctas
assignments-players = Jugadores
assignments-progress = Progreso
assignments-questions = Preguntas
assignments-question = Pregunta
assignments-answered = Respondidas
assignments-state-scheduled = programada
assignments-state-open = abierta
assignments-state-closed = cerrada
assignments-results = Resultados
assignments-results-of = Resultados de { $quiz } ({ $code })
assignments-close = Cerrar ahora
assignments-close-of = Cerrar { $quiz } ({ $code }) ahora
assignments-count = { $count ->
    [one] { $count } tarea
   *[other] { $count } tareas
}
assignments-none = Aún no hay tareas: publica una arriba.
assignments-published = Publicada: { $link }
assignments-closed = { $quiz } cerrada.
assignments-player-finished = terminado
assignments-player-at = pregunta { $n } de { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } jugador ha empezado, { $finished } terminados · cierra { $closes }
   *[other] { $state } · { $players } jugadores han empezado, { $finished } terminados · cierra { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Empieza una ronda llamada
studio-round-note = Déjelo vacío salvo que una nueva ronda empiece con esta pregunta.
studio-round-starts = Ronda: { $name }
studio-pick-round = { $label }, empieza la ronda { $name }
studio-round-passed = La ronda { $name } empieza ahora en la pregunta { $number }.
