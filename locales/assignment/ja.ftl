# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language ja.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = 課題 – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = ニックネーム
assignment-intro = 自分のペースで答えましょう。各問題には表示されたときに始まるタイマーがあります。このページを閉じても、この端末で再び開けば続きから再開できます。
assignment-start = 開始
assignment-window = { $count ->
   *[other] 全{ $count }問 · { $closes } まで受付
}
assignment-not-open-title = まだ開始前です
assignment-opens-on = この課題は { $opens } に始まります。
assignment-closed-title = この課題は締め切られました
assignment-deadline-passed = 締め切りを過ぎています。
assignment-closed-summary = { $answered ->
   *[other] { $count }問中 { $answered }問に回答し、{ $score }点でした。
}
assignment-question-of = 第{ $n }問 / 全{ $count }問
assignment-points = { $points ->
   *[other] { $points }点
}
assignment-not-scored = 採点なし
assignment-time-left = 残り時間
assignment-skip = この問題をスキップ
assignment-continue = 続ける
assignment-announce-question = 第{ $n }問: { $text }
assignment-skipped = スキップしました
assignment-correct = 正解!
assignment-saved = 回答を保存しました
assignment-gained = { $points ->
   *[other] +{ $points }点
}
assignment-next = 次の問題
assignment-see-result = 結果を見る
assignment-finished = 終了!
assignment-done-score = { $correct ->
   *[other] { $correct }問正解で { $score }点でした。
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] 完了した人の中で { $rank }位です。
}
assignment-board = 現在のランキング
assignment-board-line = { $name } — { $score }点
assignment-announce-done = { $score }点で終了しました。
assignment-server-answered = サーバーの応答: { $status }
assignment-not-saved = サーバーに接続できません。回答は保存されていません。もう一度お試しください。
assignment-unreachable-reload = サーバーに接続できません。ページを再読み込みしてもう一度お試しください。
assignment-unreachable = サーバーに接続できません。もう一度お試しください。
assignment-storage-retry = サーバーが今は保存できません(ディスクがいっぱいか故障しています)。回答はそのまま保持され、まもなく自動で再送信されます。もう一度回答することもできます。

## Whether an answer was right, and its points

assignment-partly-correct = 部分的に正解
assignment-incorrect = 不正解
assignment-gained-bonus = +{ $points }点(連続正解ボーナス +{ $bonus } を含む)
assignment-no-points = 得点なし
