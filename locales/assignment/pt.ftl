# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language pt.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Tarefa – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Apelido
assignment-intro = Responde ao teu ritmo: cada pergunta tem o seu próprio cronómetro, que começa quando ela aparece. Podes fechar esta página e voltar neste dispositivo para continuar onde estavas.
assignment-start = Começar
assignment-window = { $count ->
    [one] { $count } pergunta · aberta até { $closes }
   *[other] { $count } perguntas · aberta até { $closes }
}
assignment-not-open-title = Ainda não está aberta
assignment-opens-on = Esta tarefa abre em { $opens }.
assignment-closed-title = Esta tarefa está fechada
assignment-deadline-passed = O prazo terminou.
assignment-closed-summary = { $answered ->
    [one] Respondeste a { $answered } pergunta de { $count } e fizeste { $score } pontos.
   *[other] Respondeste a { $answered } perguntas de { $count } e fizeste { $score } pontos.
}
assignment-question-of = Pergunta { $n } de { $count }
assignment-points = { $points ->
    [one] { $points } ponto
   *[other] { $points } pontos
}
assignment-not-scored = sem pontuação
assignment-time-left = Tempo restante
assignment-skip = Saltar esta pergunta
assignment-continue = Continuar
assignment-announce-question = Pergunta { $n }: { $text }
assignment-skipped = Saltada
assignment-correct = Certo!
assignment-saved = Resposta guardada
assignment-gained = { $points ->
    [one] +{ $points } ponto
   *[other] +{ $points } pontos
}
assignment-next = Próxima pergunta
assignment-see-result = Ver o teu resultado
assignment-finished = Terminado!
assignment-done-score = { $correct ->
    [one] Fizeste { $score } pontos com { $correct } resposta certa.
   *[other] Fizeste { $score } pontos com { $correct } respostas certas.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] Estás em { $rank }.º lugar entre quem já terminou.
}
assignment-board = Classificação até agora
assignment-board-line = { $name } — { $score } pontos
assignment-announce-done = Terminado com { $score } pontos.
assignment-server-answered = O servidor respondeu { $status }
assignment-not-saved = Não foi possível contactar o servidor. A tua resposta não foi guardada; tenta de novo.
assignment-unreachable-reload = Não foi possível contactar o servidor. Recarrega a página para tentar de novo.
assignment-unreachable = Não foi possível contactar o servidor. Tenta de novo.
assignment-storage-retry = O servidor não consegue salvar agora (o disco está cheio ou com falha). Sua resposta foi mantida e será enviada de novo sozinha em instantes; você também pode responder outra vez.

## Whether an answer was right, and its points

assignment-partly-correct = Parcialmente certo
assignment-incorrect = Errado
assignment-gained-bonus = +{ $points } pontos (incl. +{ $bonus } de bónus de sequência)
assignment-no-points = Sem pontos
