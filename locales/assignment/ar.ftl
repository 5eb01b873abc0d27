# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language ar.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = واجب – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = اللقب
assignment-intro = أجب على مهلك: لكل سؤال مؤقّته الخاص الذي يبدأ عند ظهوره. يمكنك إغلاق هذه الصفحة والعودة على هذا الجهاز لتكمل من حيث توقفت.
assignment-start = ابدأ
assignment-window = { $count ->
   *[other] عدد الأسئلة: { $count } · مفتوح حتى { $closes }
}
assignment-not-open-title = لم يُفتح بعد
assignment-opens-on = يُفتح هذا الواجب في { $opens }.
assignment-closed-title = هذا الواجب مغلق
assignment-deadline-passed = انقضى موعده النهائي.
assignment-closed-summary = { $answered ->
   *[other] أجبت عن { $answered } من { $count } أسئلة وحصلت على { $score } نقطة.
}
assignment-question-of = السؤال { $n } من { $count }
assignment-points = { $points ->
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
   *[other] { $points } نقطة
}
assignment-not-scored = بلا نقاط
assignment-time-left = الوقت المتبقي
assignment-skip = تخطَّ هذا السؤال
assignment-continue = متابعة
assignment-announce-question = السؤال { $n }: { $text }
assignment-skipped = تم التخطي
assignment-correct = صحيح!
assignment-saved = حُفظت الإجابة
assignment-gained = { $points ->
   *[other] +{ $points } نقطة
}
assignment-next = السؤال التالي
assignment-see-result = اعرض نتيجتك
assignment-finished = انتهيت!
assignment-done-score = { $correct ->
   *[other] حصلت على { $score } نقطة بعدد إجابات صحيحة { $correct }.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] أنت في المركز { $rank } بين من أنهوا.
}
assignment-board = الترتيب حتى الآن
assignment-board-line = { $name } — { $score } نقطة
assignment-announce-done = انتهيت بـ { $score } نقطة.
assignment-server-answered = أجاب الخادم { $status }
assignment-not-saved = تعذّر الوصول إلى الخادم. لم تُحفظ إجابتك؛ حاول مرة أخرى.
assignment-unreachable-reload = تعذّر الوصول إلى الخادم. أعد تحميل الصفحة للمحاولة مجددًا.
assignment-unreachable = تعذّر الوصول إلى الخادم. حاول مرة أخرى.
assignment-storage-retry = لا يستطيع الخادم الحفظ الآن (قرصه ممتلئ أو معطّل). إجابتك محفوظة وستُرسل مجددًا تلقائيًا بعد لحظات؛ ويمكنك أيضًا أن تجيب مرة أخرى.

## Whether an answer was right, and its points

assignment-partly-correct = صحيح جزئيًا
assignment-incorrect = خطأ
assignment-gained-bonus = +{ $points } نقطة (منها +{ $bonus } مكافأة السلسلة)
assignment-no-points = لا نقاط
