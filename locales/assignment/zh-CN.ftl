# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language zh-CN.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = 作业 – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = 昵称
assignment-intro = 按自己的节奏作答：每道题都有自己的计时器，题目出现时开始计时。你可以关闭此页面，之后在这台设备上回来，从上次的位置继续。
assignment-start = 开始
assignment-window = { $count ->
   *[other] 共 { $count } 道题 · 开放至 { $closes }
}
assignment-not-open-title = 尚未开放
assignment-opens-on = 此作业将于 { $opens } 开放。
assignment-closed-title = 此作业已截止
assignment-deadline-passed = 已过截止时间。
assignment-closed-summary = { $answered ->
   *[other] 你回答了 { $count } 道题中的 { $answered } 道，得到 { $score } 分。
}
assignment-question-of = 第 { $n } 题，共 { $count } 题
assignment-points = { $points ->
   *[other] { $points } 分
}
assignment-not-scored = 不计分
assignment-time-left = 剩余时间
assignment-skip = 跳过此题
assignment-continue = 继续
assignment-announce-question = 第 { $n } 题：{ $text }
assignment-skipped = 已跳过
assignment-correct = 答对了！
assignment-saved = 答案已保存
assignment-gained = { $points ->
   *[other] +{ $points } 分
}
assignment-next = 下一题
assignment-see-result = 查看你的成绩
assignment-finished = 完成！
assignment-done-score = { $correct ->
   *[other] 你答对了 { $correct } 道题，得到 { $score } 分。
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] 在已完成的人中，你排第 { $rank } 名。
}
assignment-board = 目前排行榜
assignment-board-line = { $name } — { $score } 分
assignment-announce-done = 完成，得 { $score } 分。
assignment-server-answered = 服务器返回 { $status }
assignment-not-saved = 无法连接服务器。你的答案未保存，请重试。
assignment-unreachable-reload = 无法连接服务器。请刷新页面重试。
assignment-unreachable = 无法连接服务器，请重试。
assignment-storage-retry = 服务器暂时无法保存(磁盘已满或出现故障)。你的答案已保留,稍后会自动重新发送;你也可以再次作答。

## Whether an answer was right, and its points

assignment-partly-correct = 部分正确
assignment-incorrect = 错误
assignment-gained-bonus = +{ $points } 分(含连胜奖励 +{ $bonus })
assignment-no-points = 未得分
