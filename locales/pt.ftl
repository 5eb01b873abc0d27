# quizbox: mensagens da página do jogador, em português.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = Entrar num quiz – quizbox
me-score = { $score } pts
sound = Som
    .title = Sinais sonoros neste telemóvel
leave = Sair
    .title = Sair deste jogo para entrar noutro
language = Idioma
join-title = Entrar num quiz
resume-offer = Estavas a jogar no jogo { $pin } como { $name }.
resume = Voltar a esse jogo
forget = Não sou eu
pin-label = PIN do jogo
nickname-label = Alcunha
join = Entrar
joining = A entrar…
error-pin = Introduz o PIN de 6 dígitos mostrado no ecrã.
error-nickname = Introduz uma alcunha.
error-nickname-long = As alcunhas podem ter no máximo { $max } caracteres.
error-no-answer = O servidor do jogo não respondeu. Verifica a tua ligação e tenta de novo.
error-unreachable = Não foi possível contactar o servidor do jogo. Verifica a tua ligação e tenta de novo.
rejoining = A voltar ao teu jogo…
rejoining-as = Jogo { $pin } como { $name }
rejoining-game = Jogo { $pin }
reconnecting = A ligar de novo…
reconnecting-kept = A ligar de novo… O teu lugar e a tua pontuação mantêm-se.
saving-again = A gravação voltou a funcionar.
not-saved-yet = Ainda não gravada – será enviada de novo quando o servidor puder gravar.
lobby-title = Já estás dentro! À espera do anfitrião…
you-are = És { $name }
nick-note = O jogo deu-te esta alcunha: é a que o ecrã grande mostra.
lobby-see-name = Vês a tua alcunha no ecrã grande?
waiting-title = Já estás dentro! Jogas a partir da próxima pergunta.
waiting-text = Os outros estão na pergunta { $index } de { $total }. A tua primeira é a pergunta { $first }, a começar com 0 pontos.
question-of = Pergunta { $index } de { $total }
slide-of = { $index } de { $total }
look-at-screen = Olha para o ecrã grande
get-ready = Prepara-te…
time-left = Tempo restante
seconds-left = { $secs ->
    [one] Falta { $secs } segundo
   *[other] Faltam { $secs } segundos
}
paused = Em pausa
times-up = Acabou o tempo!
answers =
    .aria-label = Respostas
answer-locked = Resposta registada ✓ À espera dos outros…
answer-sending = A enviar a tua resposta…
slide-note = Não é preciso responder: o anfitrião continua.
hint-multi = Marca todas as respostas certas e depois Enviar.
hint-type-answer = Escreve a tua resposta.
hint-slider = Desliza até à tua resposta e depois Enviar.
hint-ordering = Põe-nas pela ordem certa e depois Enviar.
hint-poll = Vota: não há resposta errada.
hint-word-cloud = Envia uma ou duas palavras: aparecem no ecrã grande.
submit = Enviar
submit-order = Enviar ordem
text-limit = Até { $max } caracteres.
your-word = A tua palavra
your-answer = A tua resposta
type-first = Escreve algo primeiro.
your-order = A tua ordem
move-up = Subir { $name }
move-down = Descer { $name }
checking-answer = A verificar a tua resposta…
your-score = A tua pontuação: { $score } pontos
result-thanks = Obrigado por responderes
result-no-answer = Sem resposta desta vez
result-correct = Certo ✓
result-partial = Parcialmente certo ◐
result-incorrect = Errado ✗
result-incorrect-none = Errado ✗ – sem resposta
result-points = { $points ->
    [one] +{ $points } ponto
   *[other] +{ $points } pontos
}
result-points-bonus = +{ $points } pontos (incl. +{ $bonus } de bónus de sequência)
result-streak = Sequência de respostas: { $streak } 🔥
result-score = Pontuação: { $score }
result-rank = { $rank }.º de { $players }
result-behind = { $points ->
    [one] { $points } ponto atrás do lugar seguinte
   *[other] { $points } pontos atrás do lugar seguinte
}
result-tied = Empatado com o lugar seguinte
result-lead = Estás na frente!
correct-order = Ordem certa: { $order }
accepted-answers = { $count ->
    [one] Resposta aceite: { $answers }
   *[other] Respostas aceites: { $answers }
}
correct-answers = { $count ->
    [one] Resposta certa: { $answers }
   *[other] Respostas certas: { $answers }
}
slider-average = Média: { $average }
you-ticked = Marcaste:
your-order-was = A tua ordem:
you-answered = Respondeste:
you-voted = Votaste:
leaderboard = Classificação
final-results = Resultados finais
place = { $rank }.º
nickname-you = { $name } (tu)
standing-me = Estás em { $rank }.º de { $players } com { $score } pontos.
standing-score = A tua pontuação: { $score } pontos.
final = Terminaste em { $rank }.º de { $players } com { $score } pontos!
game-over = Fim do jogo
thanks = Obrigado por jogares!
join-another = Entrar noutro jogo
gone-title = Este jogo terminou
gone-text = O jogo { $pin } já não está a decorrer.
gone-refused-title = Não podes voltar a este jogo
gone-refused-text = O jogo não te deixou voltar. O anfitrião pode ter-te removido.
kicked-title = Foste removido do jogo
kicked-text = O anfitrião removeu-te deste jogo.
back-to-start = Voltar ao início
lost-title = A jogar noutro lado
lost-text = Abriste este jogo noutro separador ou noutro dispositivo.
play-here = Jogar aqui

shape-red-triangle = Triângulo vermelho
shape-blue-diamond = Losango azul
shape-yellow-circle = Círculo amarelo
shape-green-square = Quadrado verde
shape-purple-star = Estrela roxa
shape-teal-pentagon = Pentágono azul-petróleo
shape-orange-hexagon = Hexágono laranja
shape-pink-cross = Cruz cor-de-rosa

media-sound = Som de { $about }
media-video = Vídeo de { $about }
media-picture = Imagem desta pergunta
media-this-question = esta pergunta

error-unknown-game = Não há nenhum jogo com o PIN { $pin }. Verifica o PIN no ecrã.
error-game-started = O jogo { $pin } já começou.
error-game-full = O jogo { $pin } está cheio.
error-lobby-locked = O anfitrião fechou a sala; ninguém pode entrar agora.
error-too-many-joins = Este dispositivo já entrou no jogo { $pin } tantas vezes quanto permitido.
error-nickname-taken = A alcunha { $name } já está a ser usada neste jogo. Escolhe outra.
error-rate-limited = Demasiadas tentativas. Espera um pouco e tenta de novo.
error-bad-message = O servidor não percebeu esse pedido. Recarrega a página e tenta de novo.
error-version = Esta página é mais antiga do que o servidor. Recarrega a página.
error-forbidden = Essa chave ou ligação não é válida para este jogo.
error-nickname-invalid = Não é possível usar esta alcunha. Escolhe outra.
error-not-host = Só o anfitrião pode fazer isso.
error-wrong-phase = Isso não é possível neste momento do jogo.
error-wrong-question = Essa pergunta não é a que está aberta agora.
error-too-late = As respostas a esta pergunta estão fechadas.
error-already-answered = Já respondeste a esta pergunta.
error-invalid-answer = Essa resposta não pode ser aceite. Verifica-a e tenta de novo.
error-no-such-player = Esse jogador não está neste jogo.
error-too-big = Era demasiado para enviar de uma vez.
error-storage-unavailable = O servidor não consegue guardar agora. Tenta de novo daqui a pouco.
error-no-such-team = Essa equipa não existe neste jogo.
too-late = Tarde demais – acabou o tempo!

## Rounds
# machine-drafted
break-title = Intervalo
break-next = A seguir: rodada { $number } de { $rounds } · { $name }
break-text = A próxima rodada começa em breve.
round-title = Rodada { $number } de { $rounds } · { $name }
round-end = Fim da rodada { $number } de { $rounds }
round-points = { $points } nesta rodada
round-total = { $score } no total
round-board =
    .aria-label = Pontos nesta rodada
break-paused = Em pausa
break-auto = A próxima rodada começa sozinha.
break-starting = Começando…
next-break = A seguir: intervalo
next-round = Começar a próxima rodada

## Equipes (página do jogador)
team-line = Sua equipe: { $team }
team-none = nenhuma ainda
team-playing = Jogando: { $names }
team-pick =
    .aria-label = Escolha sua equipe
team-members-label = Quem joga neste aparelho? Nomes separados por vírgulas
team-members-save = Salvar os nomes
team-place = Sua equipe: { $team } — { $rank }.º lugar de { $teams }, { $score } pontos
team-final = Sua equipe, { $team }, terminou em { $rank }.º lugar de { $teams } com { $score } pontos!

## Tela grande
screen-title = quizbox – tela
screen-pin = PIN { $pin }
joining-open = Entrada aberta
joining-closed = Entrada fechada
sound-enable = Clique para ativar o som
mute = Silenciar
unmute = Ativar som
volume = Volume
read-aloud = Ler em voz alta
    .title = Ler cada pergunta em voz alta com a voz deste computador
connecting = Conectando…
screen-bad-key = A chave do anfitrião não foi aceita.
screen-no-game = Não há jogo com o PIN { $pin }.
screen-no-pin = Este endereço não tem PIN de jogo. Abra o link da tela que a página do anfitrião forneceu.
screen-reconnecting-kept = Reconectando… O jogo continua guardado no servidor.
storage-paused = Em pausa: { $problem }
storage-ok = O salvamento voltou a funcionar; o jogo continua.
not-connected = Sem conexão – tente de novo daqui a pouco.
failed-title = Não é possível mostrar este jogo
screen-join-title = Entre no jogo
join-how = Acesse { $url }
qr-code =
    .alt = Código QR para entrar
players-noun = { $count ->
    [one] jogador
   *[other] jogadores
}
waiting-players = Aguardando jogadores…
players = Jogadores
    .aria-label = Jogadores
lobby-controls =
    .aria-label = Controles da sala de espera
lock-lobby = Trancar a sala de espera
unlock-lobby = Destrancar a sala de espera
kick-recent-label = Remover todos que entraram nos últimos
seconds-unit = s
remove = Remover
kick-pattern-label = Remover nomes que contêm
kick-recent-range = Digite um número de segundos de 1 a { $max }.
kick-pattern-empty = Digite parte dos nomes a remover.
kick = Expulsar
kick-name = Expulsar { $name }
advance-next = Próximo em { $secs } s
advance-paused = Em pausa: faltam { $secs } s
answers-open-in = Respostas abrem em
answered-of = { $answered } de { $players } responderam
players-playing = { $count ->
    [one] { $count } jogador jogando
   *[other] { $count } jogadores jogando
}
screen-hint-multi = Marque todas as respostas corretas.
screen-hint-true-false = Verdadeiro ou falso?
screen-hint-type-answer = Digite sua resposta no celular.
screen-hint-slider = Escolha um número de { $min } a { $max } no celular.
screen-hint-slider-any = Escolha um número no celular.
screen-hint-ordering = Coloque isto na ordem certa no celular.
screen-hint-poll = Vote no celular: não há resposta errada.
screen-hint-word-cloud = Envie uma ou duas palavras pelo celular.
media-ref = Mídia: { $media }
answers-chosen =
    .aria-label = Respostas escolhidas
correct-tag = ✓ Correta
sr-incorrect = (incorreta)
sr-accepted = (aceita)
players-chose = { $count ->
    [one] jogador escolheu
   *[other] jogadores escolheram
}
sr-times = { $count ->
    [one] ({ $count } vez)
   *[other] ({ $count } vezes)
}
hide = Ocultar
hide-name = Ocultar { $name }
no-answers = Nenhuma resposta.
answers-given = Respostas dadas
no-words = Nenhuma palavra ainda.
word-cloud = Nuvem de palavras
in-right-place = { $count } no lugar certo
correct-order-label = Ordem correta
correct-answer-is = Resposta correta: { $answer }
correct-answer-within = Resposta correta: { $answer } (± { $tolerance })
most-given = Mais dadas
players-answered = { $count ->
    [one] { $count } jogador respondeu
   *[other] { $count } jogadores responderam
}
after-question = Após a pergunta { $index } de { $total }
rank-same = sem mudança
rank-up = { $count ->
    [one] sobe { $count } posição
   *[other] sobe { $count } posições
}
rank-down = { $count ->
    [one] desce { $count } posição
   *[other] desce { $count } posições
}
no-players-yet = Nenhum jogador ainda.
teams = Equipes
team-leaderboard =
    .aria-label = Classificação das equipes
players-count = { $count ->
    [one] { $count } jogador
   *[other] { $count } jogadores
}
points = { $score } pontos
podium = Pódio
team-podium = Pódio das equipes
top-three = Os três primeiros
top-three-teams = As três primeiras equipes
top-players = Melhores jogadores
fourth-fifth =
    .aria-label = Quarto e quinto lugares
nobody-played = Ninguém jogou desta vez.
screen-game-over = O jogo acabou.
host-again = Conduzir outro jogo
host-controls =
    .aria-label = Controles do anfitrião
start = Iniciar
show-answers = Mostrar respostas
close-answers = Encerrar respostas
skip = Pular
pause = Pausar
continue = Continuar
extend = +10 s
    .title = Dar mais 10 segundos aos jogadores
lock-joining = Fechar a entrada
unlock-joining = Abrir a entrada
next-question = Próxima pergunta
next-podium = A seguir: pódio
next-leaderboard = A seguir: classificação
finish = Concluir
hint-next = Espaço ou Enter: avançar
hint-finish = Concluir: fecha o jogo em todas as telas e celulares. Os resultados já estão salvos.
end-game-ask = Encerrar jogo…
end-title = Encerrar o jogo agora?
end-text-lobby = Ninguém jogou ainda. O jogo fecha sem começar e ninguém mais poderá entrar.
end-text-playing = As respostas dadas até agora são pontuadas e o pódio é mostrado agora. As perguntas restantes não são jogadas.
cancel = Cancelar
end-game = Encerrar jogo
