# quizbox: the host's pages (dashboard, studio, reports, account); language pt.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = Apresentar um jogo – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = Páginas
studio-nav-library = Biblioteca de quizzes
studio-nav-host = Apresentar um jogo
studio-sign-out = Sair
studio-login-username = Nome de usuário
studio-login-password = Senha
studio-login-submit = Entrar
studio-confirm-keep = Manter
studio-delete = Excluir
studio-unexpected-reply = O servidor enviou uma resposta inesperada.
studio-kind-single = Escolha única
studio-kind-multi = Múltipla escolha
studio-kind-true-false = Verdadeiro ou falso
studio-kind-type-answer = Resposta digitada
studio-kind-slider = Controle deslizante
studio-kind-ordering = Ordenação
studio-kind-poll = Enquete
studio-kind-word-cloud = Nuvem de palavras
studio-kind-slide = Slide

reports-page-title = Relatórios – quizbox
reports-title = Relatórios
reports-login-legend = Entre para ver os relatórios dos seus jogos
reports-search = Buscar por quiz
reports-search-placeholder = Título ou id do quiz
reports-table-caption = Jogos terminados, os mais recentes primeiro
reports-col-quiz = Quiz
reports-col-played = Jogado em
reports-col-players = Jogadores
reports-col-status = Situação
reports-col-actions = Ações
reports-confirm-text = Os resultados e todas as respostas serão excluídos para sempre.
reports-load-failed = Não foi possível carregar os jogos: { $error }
reports-status-finished = terminado, { $duration }
reports-host = apresentado por { $name }
reports-open = Abrir
reports-open-label = Abrir o relatório de { $title } em { $date }
reports-delete-label = Excluir o jogo de { $title } em { $date }
reports-none = Nenhum jogo terminado ainda: apresente um e o relatório aparecerá aqui.
reports-count = { $count ->
    [one] { $count } jogo
   *[other] { $count } jogos
}
reports-count-match = { $count ->
    [one] { $shown } de { $count } jogo correspondem
   *[other] { $shown } de { $count } jogos correspondem
}
reports-confirm-title = Excluir o jogo de “{ $title }” em { $date }?
reports-delete-failed = Não foi possível excluir o jogo de “{ $title }”: { $error }
reports-deleted = Jogo de “{ $title }” excluído.

report-page-title = Relatório do jogo – quizbox
report-nav-all = Todos os relatórios
report-title = Relatório do jogo
report-login-legend = Entre para ver este relatório
report-summary = Resumo
report-downloads = Baixar este relatório
report-download-csv = Baixar CSV
report-download-json = Baixar JSON
report-download-xlsx = Baixar planilha (xlsx)
report-print = Imprimir
report-questions = Perguntas
report-legend = As barras contam os jogadores que deram cada resposta; { $right }. Uma pergunta é { $difficult } quando menos da metade das respostas foi correta.
report-legend-right = ✓ marca uma resposta certa
report-legend-difficult = difícil
report-questions-caption = Cada pergunta: respostas, acertos e tempos
report-col-question = Pergunta e respostas
report-col-accuracy = Acertos
report-col-average = Tempo médio
report-col-median = Tempo mediano
report-col-difficult = Difícil
report-across-heading = Em todos os jogos deste quiz
report-across-intro = As perguntas mais erradas, do menor acerto ao maior:
report-teams = Equipes
report-teams-note = A pontuação de uma equipe é a média das pontuações dos seus jogadores.
report-teams-caption = Cada equipe, por posição
report-col-rank = Posição
report-col-team = Equipe
report-col-score = Pontuação
report-players-caption = Cada jogador, por posição, com suas respostas
report-col-player = Jogador
report-col-correct = Acertos
report-col-streak = Melhor sequência
report-unknown = desconhecido
report-ended-in-lobby = terminou na sala de espera
report-duration-hours = { $h } h { $m } min
report-duration-minutes = { $m } min { $s } s
report-duration-seconds = { $s } s
report-percent = { $pct } %
report-not-found = Não há relatório deste jogo: ele foi excluído ou é de outro apresentador.
report-load-failed = Não foi possível carregar o relatório: { $error }
report-heading = Relatório: { $title }
report-doc-title = { $title } – relatório – quizbox
report-fact-duration = Duração
report-fact-pin = PIN
report-fact-participation = Participação
report-fact-completion = Conclusão
report-participation = { $percent } das respostas possíveis dadas
report-completion = { $percent } dos jogadores responderam todas as perguntas
report-across-games = { $count ->
    [one] { $count } jogo deste quiz jogado.
   *[other] { $count } jogos deste quiz jogados.
}
report-across-item = { $games ->
    [one] { $percent } de acertos ({ $correct } de { $answered } respostas em { $games } jogo)
   *[other] { $percent } de acertos ({ $correct } de { $answered } respostas em { $games } jogos)
}
report-answered = { $count } responderam
report-right-count = { $count } certas
report-right-answers = Certa: { $answers }
report-not-scored = sem pontuação
report-flag-difficult = ⚠ difícil
report-flag-no = não
report-result-right = ✓ certa
report-result-wrong = ✗ errada
report-no-answer = sem resposta
report-answers-of = Respostas de { $name }
report-answers-question = Pergunta
report-answers-answer = Resposta
report-answers-result = Resultado
report-answers-points = Pontos
report-answers-time = Tempo
report-correct-of = { $correct } de { $answered }
report-download-failed = Não foi possível baixar o relatório: { $error }
report-downloaded = { $size ->
    [one] { $name } baixado ({ $size } byte).
   *[other] { $name } baixado ({ $size } bytes).
}
report-chart-none = Pergunta { $number }: nenhuma resposta.
report-chart-summary = Respostas à pergunta { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (resposta certa)
report-chart-count-right = { $count } (certa)
report-chart-more = { $count ->
    [one] e mais { $count } resposta, dada { $times } vezes
   *[other] e mais { $count } respostas, dadas { $times } vezes
}
report-chart-no-answers = Nenhuma resposta

studio-page-title = Biblioteca de quizzes – quizbox
studio-login-legend = Entre para escrever quizzes
studio-new-quiz = Novo quiz
studio-search = Buscar
studio-search-placeholder = Título, descrição ou id
studio-sort = Ordenar por
studio-sort-title = Título
studio-sort-updated = Última alteração
studio-sort-played = Último jogo
studio-import = Importar
studio-import-text = Solte arquivos de quiz aqui (TOML, JSON, CSV, planilhas do Kahoot!, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot ou um pacote: quiz e mídia em um .zip) ou escolha-os.
studio-import-choose = Escolher arquivos para importar…
studio-import-files = Arquivos de quiz para importar
studio-quizzes = Quizzes
studio-confirm-text = Você pode desfazer isso por alguns segundos.
studio-undo = Desfazer
studio-format-xlsx = Planilha do Kahoot!
studio-format-bundle = Pacote: quiz e mídia (zip)
studio-load-failed = Não foi possível carregar os quizzes: { $error }
studio-never = nunca
studio-questions = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
studio-changed = alterado { $when }
studio-last-played = último jogo { $when }
studio-owner = dono { $name }
studio-sample = exemplo
studio-export-format = Formato de exportação de { $name }
studio-export = Exportar
studio-export-label = Exportar { $name }
studio-host = Apresentar
studio-host-label = Apresentar { $name }
studio-edit = Editar
studio-edit-label = Editar { $name }
studio-duplicate = Duplicar
studio-duplicate-label = Duplicar { $name }
studio-delete-label = Excluir { $name }
studio-none = Nenhum quiz ainda: escreva um com “Novo quiz” ou importe um arquivo.
studio-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzes
}
studio-count-match = { $count ->
    [one] { $shown } de { $count } quiz correspondem
   *[other] { $shown } de { $count } quizzes correspondem
}
studio-host-failed = Não foi possível iniciar o jogo: { $error }
studio-duplicate-failed = Não foi possível duplicar “{ $title }”: { $error }
studio-duplicated = “{ $title }” duplicado.
studio-duplicated-as = “{ $title }” duplicado como “{ $copy }”.
studio-export-failed = Não foi possível exportar “{ $title }”: { $error }
studio-exported = “{ $title }” exportado.
studio-exported-lossy = { $count ->
    [one] “{ $title }” exportado; { $count } item que este formato não comporta ficou de fora (quizbox export o lista).
   *[other] “{ $title }” exportado; { $count } itens que este formato não comporta ficaram de fora (quizbox export os lista).
}
studio-confirm-title = Excluir “{ $title }”?
studio-delete-failed = Não foi possível excluir “{ $title }”: { $error }
studio-deleted = “{ $title }” excluído.
studio-undo-label = Desfazer a exclusão de { $title }
studio-deleted-undo = “{ $title }” excluído. É possível desfazer por { $secs } segundos.
studio-undo-failed = Não foi possível recuperar “{ $title }”: { $error }
studio-back = “{ $title }” voltou.
studio-import-line = linha { $where }:
studio-import-refused = { $name }: não importado.
studio-import-quiz = { $count ->
    [one] “{ $title }” ({ $count } pergunta, { $status })
   *[other] “{ $title }” ({ $count } perguntas, { $status })
}
studio-import-created = criado
studio-import-updated = atualizado
studio-import-checked = verificado
studio-imported = { $name }: importado { $titles }
studio-import-nothing = { $name }: não importado, nada foi gravado.
studio-import-error = erro: { $text }
studio-import-warning = aviso: { $text }
studio-importing = { $count ->
    [one] Importando { $count } arquivo…
   *[other] Importando { $count } arquivos…
}
studio-import-server-refused = o servidor o recusou
studio-imported-count = { $count ->
    [one] { $imported } de { $count } arquivo importados.
   *[other] { $imported } de { $count } arquivos importados.
}

studio-edit-page-title = Editar quiz – quizbox
studio-save = Salvar
studio-conflict-text = { $saved } Tudo o que você digitou continua aqui. Fique com a versão deles ou com a sua:
studio-conflict = Outra pessoa salvou este quiz depois que você o abriu.
studio-reload-theirs = Recarregar a deles (descartar minhas alterações)
studio-overwrite = Sobrescrever com a minha
studio-problems = Este quiz ainda não pode ser salvo
studio-description = Descrição
studio-reorder-help = Arraste uma pergunta para movê-la, ou foque nela e pressione Alt+↑ ou Alt+↓.
studio-new-kind = Tipo da nova pergunta
studio-add-question = Adicionar pergunta
studio-preview = Pré-visualização
studio-preview-as = Pré-visualizar como
studio-preview-phone = Celular
studio-preview-screen = Telão
studio-open-failed = Não foi possível abrir o quiz: { $error }
studio-edit-quiz = Editar quiz
studio-edit-heading = Editar “{ $title }”
studio-edit-doc-title = { $title } – quizbox
studio-id = Id: { $id }
studio-id-note = O id é criado a partir do título quando o quiz é salvo pela primeira vez.
studio-no-questions = Nenhuma pergunta
studio-add-first = Adicione uma pergunta para começar.
studio-problem-at = Pergunta { $number }
studio-problem-at-field = Pergunta { $number } ({ $field })
studio-unsaved = Alterações não salvas.
studio-moved = Movida para a posição { $position } de { $total }.
studio-question-duplicated = Pergunta { $number } duplicada como pergunta { $copy }.
studio-question-removed = Pergunta { $number } ({ $summary }) removida.
studio-saving = Salvando…
studio-not-saved-failure = Não salvo. { $error }
studio-not-saved-conflict = Não salvo: outra pessoa salvou este quiz depois que você o abriu. Suas alterações foram mantidas.
studio-not-saved-problems = { $count ->
    [one] Não salvo: uma coisa para corrigir.
   *[other] Não salvo: { $count } coisas para corrigir.
}
studio-server-answered = o servidor respondeu { $status }
studio-not-saved = Não salvo: { $error }
studio-saved-at = Salvo às { $time }.
studio-theirs-loaded = A versão deles foi carregada; suas alterações foram descartadas.
studio-starting = Iniciando um jogo…
studio-no-text = (ainda sem texto)
studio-pick-label = Pergunta { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } ({ $count } para corrigir)
studio-check-empty = Não pode ficar vazio.
studio-check-too-long = Mais de { $max } caracteres ({ $count }).
studio-check-no-questions = Um quiz precisa de pelo menos uma pergunta.
studio-check-too-many-questions = Um quiz comporta no máximo { $max } perguntas ({ $count }).
studio-check-whole-seconds = Deve ser um número inteiro de segundos.
studio-check-time-limit = Deve ser de { $min } a { $max } segundos.
studio-check-whole-points = Deve ser um número inteiro de pontos.
studio-check-correct-one = Marque uma das respostas como correta.
studio-check-correct-none = Marque pelo menos uma resposta como correta.
studio-check-accepted-none = É preciso pelo menos uma resposta aceita.
studio-check-accepted-many = No máximo { $max } respostas aceitas ({ $count }).
studio-check-whole-characters = Deve ser um número inteiro de caracteres.
studio-check-word-cloud = Deve ser de 1 a { $max } caracteres.
studio-check-number = Deve ser um número.
studio-check-slider-max = Deve ser maior que o valor mínimo ({ $min }).
studio-check-slider-step = Deve ser maior que 0.
studio-check-slider-positions = Dá mais de 10.000 posições; use um passo maior.
studio-check-slider-correct = Deve estar entre { $min } e { $max }.
studio-check-slider-tolerance = Não pode ser negativa.
studio-check-answer-count = São precisas de { $min } a { $max } respostas ({ $count }).
studio-check-item-count = São precisos de { $min } a { $max } itens ({ $count }).
studio-check-twice = Igual ao número { $number }.
studio-check-count = { $count ->
    [one] Um problema para corrigir.
   *[other] { $count } problemas para corrigir.
}
studio-move-up = Mover a pergunta { $number } para cima
studio-move-down = Mover a pergunta { $number } para baixo
studio-slide-n = Slide { $number }
studio-question-n = Pergunta { $number }
studio-duplicate-question = Duplicar a pergunta { $number }
studio-remove = Remover
studio-remove-question = Remover a pergunta { $number }
studio-kind = Tipo
studio-time-limit = Tempo limite (segundos)
studio-time-limit-note = De 5 a 240 segundos.
studio-points-note = 1000 é o padrão, 2000 o dobro, 0 deixa a pergunta sem pontuação.
studio-explanation = Explicação (mostrada com a resposta)
studio-true = Verdadeiro
studio-false = Falso
studio-correct-answer = Resposta certa
studio-max-length = Entrada mais longa (caracteres)
studio-max-length-note = De 1 a 100.
studio-slide-body = Texto abaixo do título
studio-answer-n = Resposta { $number }
studio-answer-correct = A resposta { $number } está certa
studio-remove-answer = Remover a resposta { $number }
studio-add-answer = Adicionar resposta
studio-answers = Respostas
studio-answers-single = Respostas (escolha a certa)
studio-answers-multi = Respostas (marque todas as certas)
studio-accepted-n = Resposta aceita { $number }
studio-remove-accepted = Remover a resposta aceita { $number }
studio-add-accepted = Adicionar resposta aceita
studio-accepted = Respostas aceitas (maiúsculas, acentos e espaços não importam)
studio-typos = Aceitar pequenos erros de digitação
studio-slider-min = Valor mínimo
studio-slider-max = Valor máximo
studio-slider-step = Passo
studio-slider-correct = Valor certo
studio-slider-tolerance = Tolerância (±)
studio-slider-tolerance-note = Respostas assim próximas contam como certas.
studio-slider-unit = Unidade (opcional)
studio-item-n = Item { $number }
studio-item-up = Mover o item { $number } para cima
studio-item-down = Mover o item { $number } para baixo
studio-remove-item = Remover o item { $number }
studio-add-item = Adicionar item
studio-items = Itens na ordem certa (os jogadores os veem embaralhados)
studio-media-file = Arquivo de mídia para enviar
studio-upload = Enviar imagem, som ou vídeo…
studio-uploading = Enviando { $name }…
studio-uploaded = { $name } enviado.
studio-upload-failed = Não foi possível enviar { $name }.
studio-remove-media = Remover mídia
studio-media = Mídia
studio-media-address = Endereço da imagem, do som ou do vídeo
studio-media-note = Envie um arquivo ou informe um endereço /media/.
studio-preview-question = Sua pergunta
studio-preview-slide = Slide { $index } de { $total }
host-nav-label = Páginas
host-nav-library = Biblioteca de quizzes
host-nav-reports = Relatórios
host-heading = Organizar um jogo
host-login-legend = Entre para organizar
host-choose-quiz = Escolha um quiz
host-filter = Filtrar quizzes
host-filter-placeholder = Digite para filtrar por título ou descrição
host-loading = Carregando quizzes…
host-quiz-list-label = Quizzes
host-load-failed = Não foi possível carregar os quizzes: { $error }
host-no-quizzes = Ainda não há quizzes. Escreva ou importe um na biblioteca (/studio), ou com: quizbox import ARQUIVO
host-question-count = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
host-quiz-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzes
}
host-quizzes-match = { $total ->
    [one] { $shown } de { $total } quiz corresponde
   *[other] { $shown } de { $total } quizzes correspondem
}
host-options = Opções do jogo
host-options-note = Opcional: os padrões servem para a maioria dos jogos.
host-intro-secs = Segundos antes de abrir as respostas
host-streak-bonus = Bônus de sequência
host-shuffle-questions = Embaralhar as perguntas
host-shuffle-answers = Embaralhar as respostas
host-on-screen-only = Perguntas só na tela grande
host-on-screen-note = Os celulares mostram então formas coloridas em vez da pergunta e das respostas.
host-generated-nicknames = Apelidos gerados
host-nicknames-note = Cada jogador recebe um nome como “Lontra Corajosa” em vez do que digita.
host-late-join = Entrada tardia
host-late-join-note = Os jogadores podem entrar depois do início; jogam a partir da próxima pergunta com 0 pontos.
host-auto-advance = Avançar sozinho após (segundos, 0: não)
host-auto-advance-note = Respostas e classificação ficam à vista por esse tempo e depois o jogo avança sozinho.
host-break = Intervalo entre rodadas (segundos, 0: nenhum)
host-break-note = Para um quiz em rodadas: o resumo da rodada e depois um intervalo com contagem regressiva antes da próxima.
host-teams = Equipes
host-team-off = Não: cada um joga sozinho
host-team-auto = Sorteadas, equilibradas
host-team-pick = Os jogadores escolhem uma equipe
host-team-device = Uma equipe por dispositivo compartilhado
host-team-note = Uma equipe pontua a média dos pontos de seus membros; a tela grande mostra classificação e pódio por equipe.
host-team-names = Nomes das equipes, um por linha (de 2 a 20)
host-team-red = Vermelho
host-team-blue = Azul
host-screen-language = Idioma da tela grande
host-screen-language-own = O do navegador que projeta
host-screen-language-note = Os botões e mensagens da tela do apresentador, seja qual for a configuração do computador que projeta. O texto do quiz não é traduzido.
host-start-note = Escolha um quiz acima para começar.
host-start = Iniciar o jogo
host-start-quiz = Iniciar “{ $title }”
host-start-note-pin = Os jogadores entram com o PIN que a tela grande mostra em seguida.
host-starting = Iniciando…
host-choose-first = Escolha um quiz primeiro.
host-invalid-intro = Os segundos antes de abrir as respostas devem ser um número inteiro de 0 a { $max }.
host-invalid-auto-advance = O avanço automático deve ser um número inteiro de segundos de 0 (não) a { $max }.
host-invalid-break = O intervalo entre rodadas deve ser um número inteiro de segundos de 0 (nenhum) a { $max }.
host-invalid-teams = Informe de { $min } a { $max } nomes de equipe diferentes, um por linha, com no máximo { $chars } caracteres.
host-start-failed = Não foi possível iniciar o jogo: { $error }
host-unexpected-reply = O servidor enviou uma resposta inesperada.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = Usuário
signin-password = Senha
signin-submit = Entrar
signin-sign-out = Sair
signin-signed-in-as = Conectado como { $name }
signin-session-ended = Sua sessão terminou. Entre novamente.
signin-unreachable = Não foi possível contatar o servidor quizbox. Ele está em execução?
signin-server-answered = O servidor respondeu { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = Sua conta – quizbox
account-heading = Sua conta
account-username = Usuário (a-z, 0-9, '.', '_' e '-')
account-password = Nova senha (pelo menos 8 caracteres)
account-again = A mesma senha de novo
account-save = Salvar
account-host-link = Entrar para organizar um jogo
account-invite-title = Boas-vindas ao quizbox
account-invite-intro = Escolha o usuário e a senha com que vai entrar.
account-invite-legend = Sua nova conta
account-invite-submit = Criar minha conta
account-reset-title = Definir uma nova senha
account-reset-legend = Nova senha
account-reset-submit = Definir a senha
account-no-secret = Falta o segredo neste endereço: abra de novo o link do e-mail.
account-passwords-differ = As duas senhas são diferentes.
account-server-said = O servidor respondeu { $status }.
account-invite-done = Sua conta { $name } está pronta. Entre com ela agora.
account-reset-done = A senha de { $name } foi definida. Entre com ela agora.
account-unreachable = Não foi possível contatar o servidor. Tente de novo.

## The assignments page (/assignments)

assignments-page-title = Tarefas – quizbox
assignments-nav-host = Organizar um jogo
assignments-heading = Tarefas
assignments-login-legend = Entre para publicar e acompanhar tarefas
assignments-quiz = Quiz
assignments-opens = Abre
assignments-closes = Fecha
assignments-identifier = Pedir aos jogadores (vazio: um apelido)
assignments-identifier-placeholder = Número de matrícula
assignments-publish = Publicar tarefa
assignments-caption = Tarefas, das mais recentes para as mais antigas
assignments-link = Link
assignments-state = Estado
assignments-started = Iniciadas
assignments-finished = Concluídas
assignments-actions = Ações
assignments-leaderboard = Classificação
assignments-rank = Posição
assignments-player = Jogador
assignments-score = Pontuação
assignments-correct = Corretas
assignments-players = Jogadores
assignments-progress = Progresso
assignments-questions = Perguntas
assignments-question = Pergunta
assignments-answered = Respondidas
assignments-state-scheduled = agendada
assignments-state-open = aberta
assignments-state-closed = fechada
assignments-results = Resultados
assignments-results-of = Resultados de { $quiz } ({ $code })
assignments-close = Fechar agora
assignments-close-of = Fechar { $quiz } ({ $code }) agora
assignments-count = { $count ->
    [one] { $count } tarefa
   *[other] { $count } tarefas
}
assignments-none = Ainda não há tarefas: publique uma acima.
assignments-published = Publicada: { $link }
assignments-closed = { $quiz } fechada.
assignments-player-finished = concluído
assignments-player-at = pergunta { $n } de { $count }
assignments-summary = { $players ->
    [one] { $state } · { $players } jogador começou, { $finished } concluíram · fecha { $closes }
   *[other] { $state } · { $players } jogadores começaram, { $finished } concluíram · fecha { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = Começa uma rodada chamada
studio-round-note = Deixe vazio, a menos que uma nova rodada comece com esta pergunta.
studio-round-starts = Rodada: { $name }
studio-pick-round = { $label }, começa a rodada { $name }
studio-round-passed = A rodada { $name } agora começa na pergunta { $number }.
