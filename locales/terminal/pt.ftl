# quizbox: o painel do anfitrião no terminal (`quizbox host`), em português.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = nunca
ago-just-now = agora mesmo
ago-minutes = há { $count } min
ago-hours = há { $count } h
ago-yesterday = ontem
ago-days = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}

picker-title = Escolha um quiz
picker-filter = Filtro:
picker-loading = carregando quizzes…
picker-load-failed = Não foi possível carregar os quizzes: { $error }
picker-retry = Pressione Ctrl-R para tentar de novo.
picker-empty = Ainda não há quizzes. Importe um com: quizbox import FILE
picker-no-match = Nenhum quiz corresponde a "{ $filter }" (Esc limpa o filtro).
picker-column-quiz = Quiz
picker-column-questions = Perguntas
picker-column-played = Última vez
picker-count = { $count ->
    [one] { $count } quiz
   *[other] { $count } quizzes
}
picker-count-matching = { $shown } de { $count } quizzes correspondem

options-title = Novo jogo:
options-questions = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
options-creating = criando o jogo…
options-create-failed = Não foi possível criar o jogo: { $error }
options-press-enter = Pressione Enter para criar o jogo e abrir a sala de espera.
option-on = sim
option-off = não
option-intro = Segundos antes de abrir as respostas
option-intro-help = Cada pergunta aparece por esse tempo antes que os jogadores possam responder.
option-streak = Bônus de sequência
option-streak-help = +100 por acerto seguido, até +500.
option-shuffle-questions = Embaralhar perguntas
option-shuffle-questions-help = As perguntas são jogadas em ordem aleatória.
option-shuffle-answers = Embaralhar respostas
option-shuffle-answers-help = As opções de cada pergunta aparecem em ordem aleatória.
option-screen-only = Perguntas só na tela grande
option-screen-only-help = Os celulares mostram só formas coloridas; a pergunta é lida na tela grande.
option-screen-language = Idioma da tela grande
option-screen-language-help = O idioma da tela grande (/screen/PIN); por padrão, o do navegador do projetor.
option-screen-language-browser = o do navegador
option-generated-nicknames = Apelidos gerados
option-generated-nicknames-help = Os jogadores recebem um nome simpático como "Lontra Valente" em vez de digitar um.
option-late-join = Entrada tardia
option-late-join-help = Os jogadores podem entrar depois do início; jogam a partir da próxima pergunta com 0 ponto.
option-auto-advance = Avançar sozinho após (segundos)
option-auto-advance-help = Respostas e classificação ficam na tela por esse tempo, depois o jogo segue sozinho.
option-teams = Equipes
option-teams-help = Uma equipe marca a média dos pontos dos membros; sorteadas, escolhidas no celular ou uma por aparelho compartilhado.
option-team-names = Nomes das equipes (separados por vírgulas)
option-team-names-help = De 2 a 20 nomes diferentes, cada um com no máximo 30 caracteres.
teams-off = não
teams-auto = sorteadas
teams-pick = jogadores escolhem
teams-device = uma por aparelho compartilhado

lobby-scan = escaneie para entrar
lobby-join-at = Entre em
lobby-enlarge-for-qr = (aumente a janela para mostrar um QR code)
lobby-pin = PIN do jogo
lobby-not-connected = (sem conexão)
lobby-locked = Entrada: BLOQUEADA (l para liberar)
lobby-open = Entrada: aberta
lobby-players = Jogadores ({ $count })
lobby-waiting = Aguardando jogadores…
lobby-more = +{ $count } a mais
special-shuffled-questions = perguntas embaralhadas
special-shuffled-answers = respostas embaralhadas
special-screen-only = perguntas só na tela grande
special-generated-nicknames = apelidos gerados
special-no-streak-bonus = sem bônus de sequência
special-no-late-join = sem entrada tardia
special-auto-advance = avanço automático
special-screen-language = tela grande em { $language }

notice-not-connected = sem conexão com o servidor: espere reconectar e tente de novo
notice-removed = { $count ->
    [one] { $count } jogador removido
   *[other] { $count } jogadores removidos
}
notice-storage = ARMAZENAMENTO: { $problem }
notice-storage-back = o salvamento voltou a funcionar; o jogo continua
notice-server = servidor: { $message }
notice-nobody-to-remove = ninguém para remover ainda
notice-nothing-to-hide = nada para ocultar nesta pergunta

question-heading = Pergunta { $index } de { $total }
question-opens-in = Respostas em { $seconds } s  ·  depois { $limit } s para responder
question-paused = PAUSADO
question-seconds-left = faltam { $seconds } s
question-seconds-paused = { $seconds } s pausado
question-answered = Responderam
question-no-points = sem pontos
question-points = { $count ->
    [one] { $count } ponto
   *[other] { $count } pontos
}
kind-single = uma resposta
kind-multi = várias respostas
kind-true-false = verdadeiro ou falso
kind-type-answer = resposta digitada
kind-slider = controle deslizante
kind-ordering = ordenar
kind-poll = enquete
kind-word-cloud = nuvem de palavras
kind-slide = slide
form-type-answer = Os jogadores digitam a resposta (até { $count } caracteres).
form-word-cloud = Os jogadores digitam uma palavra ou frase curta (até { $count } caracteres).
form-slider = Os jogadores escolhem um número de { $min } a { $max }{ $unit }, em passos de { $step }.
form-ordering = Os jogadores colocam isto em ordem:
form-multi = Os jogadores marcam cada resposta que acham certa.
form-poll = Uma enquete: nenhuma resposta é certa ou errada.
slide-hint = n: próximo  ·  sem respostas num slide

reveal-answers = respostas
reveal-correct = certa
reveal-accepted = Aceitas:
reveal-answered = { $count } responderam
reveal-correct-order = Ordem certa:
reveal-placed = { $count } puseram aqui
reveal-no-answers = Nenhuma resposta para mostrar.
reveal-more = mais { $count }
reveal-more-values = mais { $count } valores
reveal-slider-correct = Certo: { $value }
reveal-slider-range = De { $min } a { $max }{ $unit }, passo { $step }
reveal-average = Média: { $value }
reveal-average-none = Média: sem respostas

rank = { $rank }º
board-heading = Classificação após a pergunta { $index } de { $total }
board-nobody = Ninguém está jogando.
board-teams = Equipes
board-members = { $count ->
    [one] { $count } jogador
   *[other] { $count } jogadores
}
podium-title = Pódio
podium-winner = Vencedor:
podium-points = { $count ->
    [one] { $count } ponto
   *[other] { $count } pontos
}
podium-nobody = Ninguém jogou.
lost-title = Este jogo não existe mais no servidor.
lost-server-said = O servidor disse: { $message }.
lost-why = Talvez tenha terminado, ou o servidor reiniciou sem ele.
lost-what-now = Pressione Enter para escolher um quiz e começar um novo jogo, ou q para sair.

round-end = Fim da rodada { $round } de { $rounds }: { $name }
round-after-question = após a pergunta { $index } de { $total }
round-this-round = nesta rodada
round-in-all = { $score } no total
break-title = Intervalo
break-paused = Intervalo PAUSADO (p continua)
break-auto = a próxima rodada começa sozinha
break-over = Fim do intervalo: n começa a próxima rodada
break-running = n começa a próxima rodada agora, p pausa
break-next = A seguir: rodada { $round } de { $rounds }: { $name }

summary-title = Fim de jogo: { $title }
summary-accuracy = Acertos por pergunta
summary-accuracy-legend = Acertos por pergunta (⚠ difícil: menos de 50 % de acertos)
summary-report-failed = Não foi possível ler o relatório:
summary-retry = Pressione r para tentar de novo.
summary-loading = Carregando o relatório…
summary-top-players = Melhores jogadores
summary-right = { $correct }/{ $answered } certas
summary-percent = { $value } %
summary-not-scored = sem pontuação
summary-more = mais { $count } na página do relatório
summary-most-missed = Mais errada:
summary-question = pergunta { $index }
summary-right-of = { $correct } de { $answered } certas
summary-none-missed = nenhuma resposta pontuada.
summary-participation = Participação { $participation } das respostas possíveis · { $completion } dos jogadores responderam tudo
summary-report-link = Relatório (gráficos, todas as respostas, CSV e xlsx):
summary-results-link = Resultados completos (cada jogador e resposta, JSON):

header-pin = PIN { $pin }
header-joining-open = entrada aberta
header-joining-locked = entrada BLOQUEADA (l)
header-joining-closed = entrada fechada
header-moving-on = segue em { $seconds } s
header-advance-paused = avanço automático PAUSADO, faltam { $seconds } s
link-connecting = conectando…
link-connected = conectado
link-reconnecting = reconectando… tentativa { $attempt }, próxima em { $seconds } s
link-lost = Conexão com o servidor perdida ({ $reason }). Reconectando… (tentativa { $attempt }, próxima em { $seconds } s)
link-lost-game-goes-on = O jogo continua no servidor; os comandos esperam a conexão voltar.
confirm-title = confirmar
confirm-yes = sim
confirm-no = não
confirm-quit = Sair do painel?
confirm-quit-embedded = O servidor roda dentro deste painel: sair o para e encerra o jogo.
confirm-quit-remote = O jogo continua no servidor sem o anfitrião.
confirm-end = Encerrar o jogo agora?
confirm-end-consequence = As respostas até agora contam e o pódio é mostrado.
confirm-kick = Remover { $nickname } do jogo?
confirm-kick-consequence = A pessoa é desconectada e não pode voltar com a mesma sessão.
confirm-kick-recent = Remover todos que entraram nos últimos { $seconds } s?
confirm-kick-recent-consequence = Para uma enxurrada de entradas: bloqueie a sala antes (l) para que não voltem.
kick-matching-title = remover por nome
kick-matching-prompt = Remover todos cujo nome contém:
kick-matching-how = Comparado sem diferenciar maiúsculas nem letras parecidas.
kick-matching-remove = remover
kick-matching-cancel = cancelar
help-title = teclas
help-close = qualquer tecla fecha esta ajuda

hint-filter = filtrar
hint-choose = escolher
hint-select = abrir
hint-help = ajuda
hint-quit = sair
hint-team-names-commas-between = nomes das equipes, separados por vírgulas
hint-option = opção
hint-create-game = criar jogo
hint-back = voltar
hint-change = mudar
hint-load-report-again = recarregar o relatório
hint-new-game = novo jogo
hint-start = começar
hint-kick = remover
hint-kick-recent = remover recentes
hint-open-answers = abrir respostas
hint-skip = pular
hint-end-game = encerrar
hint-close = fechar
hint-10-s-more = +10 s
hint-end = encerrar
hint-move-now = seguir agora
hint-leaderboard = classificação
hint-choose-entry = escolher entrada
hint-hide-entry = ocultar entrada
hint-next = próximo
hint-podium = pódio
hint-next-question = próxima pergunta
hint-finish-game = concluir o jogo
hint-unlock = liberar
hint-lock = bloquear
hint-continue = continuar
hint-pause = pausar
help-filter-quizzes-title-description = filtrar os quizzes por título ou descrição
help-remove-last-filter-letter = apagar a última letra do filtro
help-clear-filter = limpar o filtro
help-choose-quiz = escolher um quiz
help-game-options-chosen-quiz = opções de jogo do quiz escolhido
help-reload-quiz-list = recarregar a lista de quizzes
help-choose-option = escolher uma opção
help-fewer-more-seconds-before = menos / mais segundos antes das respostas
help-turn-chosen-option-off = ligar / desligar a opção escolhida
help-teams-off-drawn-random = equipes: não, sorteadas, jogadores escolhem, por aparelho
help-team-names-separated-commas = os nomes das equipes, separados por vírgulas
help-create-game-open-lobby = criar o jogo e abrir a sala de espera
help-back-quiz-list = voltar à lista de quizzes
help-start-move-open-close = começar / seguir (abrir, fechar, próximo)
help-choose-player-lobby = escolher um jogador na sala de espera
help-remove-chosen-player = remover o jogador escolhido
help-lobby-remove-everyone-joined = na sala: remover todos que entraram no último minuto
help-lobby-remove-everyone-whose = na sala: remover todos cujo nome contém o que você digitar
help-lock-joining-nobody-can = bloquear a entrada (ninguém entra) ou liberá-la
help-pause-continue-countdown-autoadvance = pausar ou continuar a contagem ou o avanço automático
help-give-10-more-seconds = dar mais 10 segundos
help-skip-question-reveal-now = pular a pergunta (revelar agora)
help-end-game-early-podium = encerrar o jogo antes (pódio)
help-word-cloud-choose-entry = numa nuvem de palavras: escolher uma entrada e ocultá-la
help-choose-quiz-start-new = escolher um quiz e começar um novo jogo
help-load-games-report-again = recarregar o relatório do jogo
help-quit = sair
help-this-help = esta ajuda
help-quit-asks-first-during = sair (pergunta antes durante um jogo)
key-type = digitar
key-letters = letras
help-screen-language = idioma da tela grande: o do navegador ou um dos 13

reason-no-answer = o servidor não respondeu
reason-no-welcome = o servidor não nos aceitou
reason-silent = o servidor parou de responder
reason-unknown-game = não há jogo com este PIN
reason-replaced = outra conexão assumiu este jogo
reason-restarting = o servidor está reiniciando
reason-closed-why = fechada pelo servidor ({ $code }: { $reason })
reason-closed = fechada pelo servidor ({ $code })
reason-lost = conexão perdida

## The break between rounds in the game options

option-break = Intervalo entre rodadas (segundos)
option-break-help = Num quiz em rodadas: após o resumo de uma rodada, um intervalo com contagem regressiva desta duração antes da próxima; não: sem intervalo.

## Question media
# machine-drafted
question-media-picture = imagem: { $name }
question-media-sound = som: { $name }
question-media-video = vídeo: { $name }
