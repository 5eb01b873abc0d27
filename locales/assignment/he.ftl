# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language he.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = מטלה – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = כינוי
assignment-intro = עונים בקצב שלכם: לכל שאלה טיימר משלה, שמתחיל כשהיא מופיעה. אפשר לסגור את הדף ולחזור במכשיר הזה כדי להמשיך מאיפה שהפסקתם.
assignment-start = התחלה
assignment-window = { $count ->
    [one] שאלה אחת · פתוחה עד { $closes }
   *[other] { $count } שאלות · פתוחה עד { $closes }
}
assignment-not-open-title = עדיין לא נפתחה
assignment-opens-on = המטלה נפתחת ב־{ $opens }.
assignment-closed-title = המטלה הזו סגורה
assignment-deadline-passed = המועד האחרון שלה עבר.
assignment-closed-summary = { $answered ->
   *[other] ענית על { $answered } מתוך { $count } שאלות וצברת { $score } נקודות.
}
assignment-question-of = שאלה { $n } מתוך { $count }
assignment-points = { $points ->
    [one] נקודה אחת
   *[other] { $points } נקודות
}
assignment-not-scored = ללא ניקוד
assignment-time-left = זמן שנותר
assignment-skip = דילוג על השאלה
assignment-continue = המשך
assignment-announce-question = שאלה { $n }: { $text }
assignment-skipped = דילגת
assignment-correct = נכון!
assignment-saved = התשובה נשמרה
assignment-gained = { $points ->
   *[other] +{ $points } נקודות
}
assignment-next = השאלה הבאה
assignment-see-result = לתוצאה שלך
assignment-finished = סיימת!
assignment-done-score = { $correct ->
    [one] צברת { $score } נקודות עם תשובה נכונה אחת.
   *[other] צברת { $score } נקודות עם { $correct } תשובות נכונות.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] את/ה במקום { $rank } מבין אלה שסיימו.
}
assignment-board = טבלת המובילים עד כה
assignment-board-line = { $name } — { $score } נקודות
assignment-announce-done = סיימת עם { $score } נקודות.
assignment-server-answered = השרת השיב { $status }
assignment-not-saved = לא ניתן להגיע לשרת. התשובה לא נשמרה; נסו שוב.
assignment-unreachable-reload = לא ניתן להגיע לשרת. טענו מחדש את הדף כדי לנסות שוב.
assignment-unreachable = לא ניתן להגיע לשרת. נסו שוב.
assignment-storage-retry = השרת לא יכול לשמור כרגע (הדיסק שלו מלא או תקול). התשובה שלך נשמרת ותישלח שוב מעצמה בעוד רגע; אפשר גם לענות שוב.

## Whether an answer was right, and its points

assignment-partly-correct = נכון חלקית
assignment-incorrect = לא נכון
assignment-gained-bonus = +{ $points } נקודות (כולל +{ $bonus } בונוס רצף)
assignment-no-points = אין נקודות
