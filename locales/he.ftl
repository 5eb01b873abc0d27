# quizbox: הודעות דף השחקן, בעברית.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = הצטרפות לחידון – quizbox
me-score = { $score } נק׳
sound = צליל
    .title = אותות קול בטלפון הזה
leave = יציאה
    .title = יציאה מהמשחק הזה כדי להצטרף לאחר
language = שפה
join-title = הצטרפות לחידון
resume-offer = שיחקת במשחק { $pin } בשם { $name }.
resume = חזרה למשחק ההוא
forget = זה לא אני
pin-label = קוד המשחק (PIN)
nickname-label = כינוי
join = הצטרפות
joining = מצטרפים…
error-pin = יש להזין את קוד המשחק בן 6 הספרות שמוצג על המסך.
error-nickname = יש להזין כינוי.
error-nickname-long = כינוי יכול להכיל עד { $max } תווים.
error-no-answer = שרת המשחק לא ענה. יש לבדוק את החיבור ולנסות שוב.
error-unreachable = אין גישה לשרת המשחק. יש לבדוק את החיבור ולנסות שוב.
rejoining = חוזרים למשחק שלך…
rejoining-as = משחק { $pin } בשם { $name }
rejoining-game = משחק { $pin }
reconnecting = מתחברים מחדש…
reconnecting-kept = מתחברים מחדש… המקום והניקוד שלך נשמרים.
saving-again = השמירה עובדת שוב.
not-saved-yet = עדיין לא נשמר – יישלח שוב כשהשרת יוכל לשמור.
lobby-title = נכנסת! ממתינים למנחה…
you-are = את/ה { $name }
nick-note = המשחק נתן לך את הכינוי הזה: זה הכינוי שמוצג על המסך הגדול.
lobby-see-name = רואים את הכינוי שלך על המסך הגדול?
waiting-title = נכנסת! משחקים מהשאלה הבאה.
waiting-text = האחרים בשאלה { $index } מתוך { $total }. השאלה הראשונה שלך היא { $first }, ומתחילים עם 0 נקודות.
question-of = שאלה { $index } מתוך { $total }
slide-of = { $index } מתוך { $total }
look-at-screen = הסתכלו על המסך הגדול
get-ready = היכונו…
time-left = זמן שנותר
seconds-left = { $secs ->
    [one] נותרה שנייה { $secs }
   *[other] נותרו { $secs } שניות
}
paused = מושהה
times-up = הזמן נגמר!
answers =
    .aria-label = תשובות
answer-locked = התשובה נקלטה ✓ ממתינים לאחרים…
answer-sending = שולחים את התשובה שלך…
slide-note = אין צורך לענות: המנחה ממשיך.
hint-multi = סמנו את כל התשובות הנכונות, ואז שליחה.
hint-type-answer = הקלידו את התשובה.
hint-slider = הזיזו אל התשובה, ואז שליחה.
hint-ordering = סדרו אותם בסדר הנכון, ואז שליחה.
hint-poll = הצביעו: אין תשובה שגויה.
hint-word-cloud = שלחו מילה או שתיים: הן יופיעו על המסך הגדול.
submit = שליחה
submit-order = שליחת הסדר
text-limit = עד { $max } תווים.
your-word = המילה שלך
your-answer = התשובה שלך
type-first = יש להקליד משהו קודם.
your-order = הסדר שלך
move-up = העברת { $name } למעלה
move-down = העברת { $name } למטה
checking-answer = בודקים את התשובה שלך…
your-score = הניקוד שלך: { $score } נקודות
result-thanks = תודה על התשובה
result-no-answer = אין תשובה הפעם
result-correct = נכון ✓
result-partial = נכון חלקית ◐
result-incorrect = לא נכון ✗
result-incorrect-none = לא נכון ✗ – אין תשובה
result-points = +{ $points } נקודות
result-points-bonus = +{ $points } נקודות (כולל +{ $bonus } בונוס רצף)
result-streak = רצף תשובות: { $streak } 🔥
result-score = ניקוד: { $score }
result-rank = מקום { $rank } מתוך { $players }
result-behind = { $points } נקודות מאחורי המקום הבא
result-tied = תיקו עם המקום הבא
result-lead = את/ה בראש!
correct-order = הסדר הנכון: { $order }
accepted-answers = { $count ->
    [one] תשובה מקובלת: { $answers }
   *[other] תשובות מקובלות: { $answers }
}
correct-answers = { $count ->
    [one] התשובה הנכונה: { $answers }
   *[other] התשובות הנכונות: { $answers }
}
slider-average = ממוצע: { $average }
you-ticked = סימנת:
your-order-was = הסדר שלך:
you-answered = ענית:
you-voted = הצבעת:
leaderboard = טבלת המובילים
final-results = תוצאות סופיות
place = { $rank }
nickname-you = { $name } (את/ה)
standing-me = את/ה במקום { $rank } מתוך { $players } עם { $score } נקודות.
standing-score = הניקוד שלך: { $score } נקודות.
final = סיימת במקום { $rank } מתוך { $players } עם { $score } נקודות!
game-over = המשחק נגמר
thanks = תודה ששיחקת!
join-another = הצטרפות למשחק אחר
gone-title = המשחק הזה הסתיים
gone-text = משחק { $pin } כבר לא פעיל.
gone-refused-title = אי אפשר לחזור למשחק הזה
gone-refused-text = המשחק לא קיבל אותך בחזרה. ייתכן שהמנחה הסיר אותך.
kicked-title = הוסרת מהמשחק
kicked-text = המנחה הסיר אותך מהמשחק הזה.
back-to-start = חזרה להתחלה
lost-title = משחקים במקום אחר
lost-text = פתחת את המשחק הזה בכרטיסייה אחרת או במכשיר אחר.
play-here = לשחק כאן

shape-red-triangle = משולש אדום
shape-blue-diamond = מעוין כחול
shape-yellow-circle = עיגול צהוב
shape-green-square = ריבוע ירוק
shape-purple-star = כוכב סגול
shape-teal-pentagon = מחומש טורקיז
shape-orange-hexagon = משושה כתום
shape-pink-cross = צלב ורוד

media-sound = צליל עבור { $about }
media-video = סרטון עבור { $about }
media-picture = תמונה לשאלה הזו
media-this-question = השאלה הזו

error-unknown-game = אין משחק עם הקוד { $pin }. יש לבדוק את הקוד על המסך.
error-game-started = משחק { $pin } כבר התחיל.
error-game-full = משחק { $pin } מלא.
error-lobby-locked = המנחה נעל את הלובי; אי אפשר להצטרף כעת.
error-too-many-joins = המכשיר הזה הצטרף למשחק { $pin } מספר הפעמים המותר.
error-nickname-taken = הכינוי { $name } כבר תפוס במשחק הזה. יש לבחור כינוי אחר.
error-rate-limited = יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.
error-bad-message = השרת לא הבין את הבקשה. יש לטעון מחדש את הדף ולנסות שוב.
error-version = הדף הזה ישן יותר מהשרת. יש לטעון מחדש את הדף.
error-forbidden = המפתח או הקישור אינם תקפים למשחק הזה.
error-nickname-invalid = אי אפשר להשתמש בכינוי הזה. יש לבחור כינוי אחר.
error-not-host = רק המנחה יכול לעשות זאת.
error-wrong-phase = זה לא אפשרי בשלב הזה של המשחק.
error-wrong-question = השאלה הזו אינה השאלה הפתוחה כעת.
error-too-late = התשובות לשאלה הזו נסגרו.
error-already-answered = כבר ענית על השאלה הזו.
error-invalid-answer = אי אפשר לקבל את התשובה הזו. יש לבדוק אותה ולנסות שוב.
error-no-such-player = אין שחקן כזה במשחק הזה.
error-too-big = זה היה יותר מדי לשליחה אחת.
error-storage-unavailable = השרת לא יכול לשמור כרגע. יש לנסות שוב בעוד רגע.
error-no-such-team = אין קבוצה כזו במשחק הזה.
too-late = מאוחר מדי – הזמן נגמר!

## Rounds
# machine-drafted
break-title = הפסקה
break-next = הבא: סיבוב { $number } מתוך { $rounds } · { $name }
break-text = הסיבוב הבא יתחיל בקרוב.
round-title = סיבוב { $number } מתוך { $rounds } · { $name }
round-end = סוף סיבוב { $number } מתוך { $rounds }
round-points = { $points } בסיבוב הזה
round-total = { $score } בסך הכול
round-board =
    .aria-label = נקודות בסיבוב הזה
break-paused = מושהה
break-auto = הסיבוב הבא יתחיל מעצמו.
break-starting = מתחילים…
next-break = הבא: הפסקה
next-round = התחלת הסיבוב הבא

## קבוצות (דף השחקן)
team-line = הקבוצה שלך: { $team }
team-none = עדיין אין
team-playing = משחקים: { $names }
team-pick =
    .aria-label = בחרו קבוצה
team-members-label = מי משחק במכשיר הזה? שמות, מופרדים בפסיקים
team-members-save = שמירת השמות
team-place = הקבוצה שלך: { $team } — מקום { $rank } מתוך { $teams }, { $score } נקודות
team-final = הקבוצה שלך, { $team }, סיימה במקום { $rank } מתוך { $teams } עם { $score } נקודות!

## המסך הגדול
screen-title = quizbox – מסך
screen-pin = קוד { $pin }
joining-open = ההצטרפות פתוחה
joining-closed = ההצטרפות סגורה
sound-enable = לחצו להפעלת הצליל
mute = השתקה
unmute = ביטול השתקה
volume = עוצמה
read-aloud = הקראה
    .title = הקראת כל שאלה בקול של המחשב הזה
connecting = מתחבר…
screen-bad-key = מפתח המנחה לא התקבל.
screen-no-game = אין משחק עם הקוד { $pin }.
screen-no-pin = בכתובת הזו אין קוד משחק. פתחו את קישור המסך שדף המנחה נתן לכם.
screen-reconnecting-kept = מתחבר מחדש… המשחק שמור בשרת.
storage-paused = מושהה: { $problem }
storage-ok = השמירה עובדת שוב; המשחק ממשיך.
not-connected = אין חיבור – נסו שוב בעוד רגע.
failed-title = לא ניתן להציג את המשחק הזה
screen-join-title = הצטרפו למשחק
join-how = היכנסו אל { $url }
qr-code =
    .alt = קוד QR להצטרפות
players-noun = { $count ->
    [one] שחקן
   *[other] שחקנים
}
waiting-players = ממתינים לשחקנים…
players = שחקנים
    .aria-label = שחקנים
lobby-controls =
    .aria-label = פקדי חדר ההמתנה
lock-lobby = נעילת חדר ההמתנה
unlock-lobby = פתיחת חדר ההמתנה
kick-recent-label = הסרת כל מי שהצטרף ב־
seconds-unit = שנ׳
remove = הסרה
kick-pattern-label = הסרת שמות שמכילים
kick-recent-range = הזינו מספר שניות בין 1 ל־{ $max }.
kick-pattern-empty = הקלידו חלק מהשמות להסרה.
kick = הוצאה
kick-name = הוצאת { $name }
advance-next = הבא בעוד { $secs } שנ׳
advance-paused = מושהה: נותרו { $secs } שנ׳
answers-open-in = התשובות נפתחות בעוד
answered-of = { $answered } מתוך { $players } ענו
players-playing = { $count ->
    [one] שחקן אחד משחק
   *[other] { $count } שחקנים משחקים
}
screen-hint-multi = סמנו את כל התשובות הנכונות.
screen-hint-true-false = נכון או לא נכון?
screen-hint-type-answer = הקלידו את התשובה בטלפון.
screen-hint-slider = בחרו בטלפון מספר בין { $min } ל־{ $max }.
screen-hint-slider-any = בחרו מספר בטלפון.
screen-hint-ordering = סדרו את אלה בסדר הנכון בטלפון.
screen-hint-poll = הצביעו בטלפון: אין תשובה שגויה.
screen-hint-word-cloud = שלחו מילה או שתיים מהטלפון.
media-ref = מדיה: { $media }
answers-chosen =
    .aria-label = התשובות שנבחרו
correct-tag = ✓ נכון
sr-incorrect = (שגוי)
sr-accepted = (התקבלה)
players-chose = { $count ->
    [one] שחקן בחר
   *[other] שחקנים בחרו
}
sr-times = { $count ->
    [one] (פעם אחת)
   *[other] ({ $count } פעמים)
}
hide = הסתרה
hide-name = הסתרת { $name }
no-answers = אין תשובות.
answers-given = התשובות שניתנו
no-words = עדיין אין מילים.
word-cloud = ענן מילים
in-right-place = { $count } במקום הנכון
correct-order-label = הסדר הנכון
correct-answer-is = התשובה הנכונה: { $answer }
correct-answer-within = התשובה הנכונה: { $answer } (± { $tolerance })
most-given = הנפוצות ביותר
players-answered = { $count ->
    [one] שחקן אחד ענה
   *[other] { $count } שחקנים ענו
}
after-question = אחרי שאלה { $index } מתוך { $total }
rank-same = ללא שינוי
rank-up = { $count ->
    [one] עלה במקום אחד
   *[other] עלה ב־{ $count } מקומות
}
rank-down = { $count ->
    [one] ירד במקום אחד
   *[other] ירד ב־{ $count } מקומות
}
no-players-yet = עדיין אין שחקנים.
teams = קבוצות
team-leaderboard =
    .aria-label = טבלת הקבוצות
players-count = { $count ->
    [one] שחקן אחד
   *[other] { $count } שחקנים
}
points = { $score } נקודות
podium = פודיום
team-podium = פודיום הקבוצות
top-three = שלושת הראשונים
top-three-teams = שלוש הקבוצות הראשונות
top-players = השחקנים המובילים
fourth-fifth =
    .aria-label = המקום הרביעי והחמישי
nobody-played = הפעם אף אחד לא שיחק.
screen-game-over = המשחק הסתיים.
host-again = הנחיית משחק נוסף
host-controls =
    .aria-label = פקדי המנחה
start = התחלה
show-answers = הצגת התשובות
close-answers = סגירת התשובות
skip = דילוג
pause = השהיה
continue = המשך
extend = +10 שנ׳
    .title = לתת לשחקנים עוד 10 שניות
lock-joining = נעילת ההצטרפות
unlock-joining = פתיחת ההצטרפות
next-question = השאלה הבאה
next-podium = הבא: פודיום
next-leaderboard = הבא: טבלת המובילים
finish = סיום
hint-next = רווח או Enter: הבא
hint-finish = סיום: סוגר את המשחק בכל המסכים והטלפונים. התוצאות כבר שמורות.
end-game-ask = סיום המשחק…
end-title = לסיים את המשחק עכשיו?
end-text-lobby = עדיין אף אחד לא שיחק. המשחק ייסגר בלי להתחיל, ואי אפשר יהיה להצטרף אליו.
end-text-playing = התשובות שניתנו עד כה ייספרו והפודיום יוצג עכשיו. השאלות שנותרו לא ישוחקו.
cancel = ביטול
end-game = סיום המשחק
