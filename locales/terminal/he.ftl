# quizbox: לוח הבקרה של המנחה בטרמינל (`quizbox host`), בעברית.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = אף פעם
ago-just-now = הרגע
ago-minutes = לפני { $count } דק'
ago-hours = לפני { $count } שע'
ago-yesterday = אתמול
ago-days = { $count ->
    [one] לפני יום
    [two] לפני יומיים
   *[other] לפני { $count } ימים
}

picker-title = בחרו חידון
picker-filter = סינון:
picker-loading = טוען חידונים…
picker-load-failed = לא ניתן לטעון את החידונים: { $error }
picker-retry = הקישו Ctrl-R כדי לנסות שוב.
picker-empty = אין עדיין חידונים. ייבאו אחד עם: quizbox import FILE
picker-no-match = אין חידון שתואם "{ $filter }" (‏Esc מנקה את הסינון).
picker-column-quiz = חידון
picker-column-questions = שאלות
picker-column-played = שוחק לאחרונה
picker-count = { $count ->
    [one] חידון אחד
   *[other] { $count } חידונים
}
picker-count-matching = { $shown } מתוך { $count } חידונים תואמים

options-title = משחק חדש:
options-questions = { $count ->
    [one] שאלה אחת
   *[other] { $count } שאלות
}
options-creating = יוצר את המשחק…
options-create-failed = לא ניתן ליצור את המשחק: { $error }
options-press-enter = הקישו Enter כדי ליצור את המשחק ולפתוח את הלובי.
option-on = פועל
option-off = כבוי
option-intro = שניות לפני פתיחת התשובות
option-intro-help = כל שאלה מוצגת זמן זה לפני שהשחקנים יכולים לענות.
option-streak = בונוס רצף
option-streak-help = ‎+100 לכל תשובה נכונה ברצף, עד ‎+500.
option-shuffle-questions = ערבוב שאלות
option-shuffle-questions-help = השאלות מוצגות בסדר אקראי.
option-shuffle-answers = ערבוב תשובות
option-shuffle-answers-help = האפשרויות של כל שאלה מופיעות בסדר אקראי.
option-screen-only = שאלות רק במסך הגדול
option-screen-only-help = בטלפונים מוצגות רק צורות צבעוניות; את השאלה קוראים במסך הגדול.
option-screen-language = שפת המסך הגדול
option-screen-language-help = השפה של המסך הגדול (/screen/PIN); כברירת מחדל לפי הדפדפן של המקרן.
option-screen-language-browser = לפי הדפדפן
option-generated-nicknames = כינויים אוטומטיים
option-generated-nicknames-help = השחקנים מקבלים שם חביב כמו "לוטרה אמיצה" במקום להקליד.
option-late-join = הצטרפות מאוחרת
option-late-join-help = אפשר להצטרף אחרי ההתחלה; משחקים מהשאלה הבאה עם 0 נקודות.
option-auto-advance = התקדמות אוטומטית אחרי (שניות)
option-auto-advance-help = התשובות והדירוג מוצגים זמן זה, ואז המשחק ממשיך לבד.
option-teams = קבוצות
option-teams-help = קבוצה מקבלת את ממוצע הנקודות של חבריה; בהגרלה, בבחירה בטלפון, או אחת לכל מכשיר משותף.
option-team-names = שמות קבוצות (מופרדים בפסיקים)
option-team-names-help = 2 עד 20 שמות שונים, כל אחד עד 30 תווים.
teams-off = כבוי
teams-auto = בהגרלה
teams-pick = השחקנים בוחרים
teams-device = אחת לכל מכשיר משותף

lobby-scan = סרקו כדי להצטרף
lobby-join-at = הצטרפו בכתובת
lobby-enlarge-for-qr = (הגדילו את החלון כדי להציג קוד QR)
lobby-pin = קוד PIN של המשחק
lobby-not-connected = (לא מחובר)
lobby-locked = הצטרפות: נעולה (l לפתיחה)
lobby-open = הצטרפות: פתוחה
lobby-players = שחקנים ({ $count })
lobby-waiting = ממתינים לשחקנים…
lobby-more = ‎+{ $count } נוספים
special-shuffled-questions = שאלות מעורבבות
special-shuffled-answers = תשובות מעורבבות
special-screen-only = שאלות רק במסך הגדול
special-generated-nicknames = כינויים אוטומטיים
special-no-streak-bonus = בלי בונוס רצף
special-no-late-join = בלי הצטרפות מאוחרת
special-auto-advance = התקדמות אוטומטית
special-screen-language = המסך הגדול ב{ $language }

notice-not-connected = אין חיבור לשרת: המתינו לחיבור מחדש ונסו שוב
notice-removed = { $count ->
    [one] הוסר שחקן אחד
   *[other] הוסרו { $count } שחקנים
}
notice-storage = אחסון: { $problem }
notice-storage-back = השמירה חזרה לעבוד; המשחק ממשיך
notice-server = שרת: { $message }
notice-nobody-to-remove = אין עדיין את מי להסיר
notice-nothing-to-hide = אין מה להסתיר בשאלה הזו

question-heading = שאלה { $index } מתוך { $total }
question-opens-in = התשובות נפתחות בעוד { $seconds } ש'  ·  ואז { $limit } ש' לענות
question-paused = מושהה
question-seconds-left = נותרו { $seconds } ש'
question-seconds-paused = { $seconds } ש', מושהה
question-answered = ענו
question-no-points = בלי נקודות
question-points = { $count ->
    [one] נקודה אחת
   *[other] { $count } נקודות
}
kind-single = תשובה אחת
kind-multi = כמה תשובות
kind-true-false = נכון או לא נכון
kind-type-answer = תשובה מוקלדת
kind-slider = מחוון
kind-ordering = סידור
kind-poll = סקר
kind-word-cloud = ענן מילים
kind-slide = שקופית
form-type-answer = השחקנים מקלידים תשובה (עד { $count } תווים).
form-word-cloud = השחקנים מקלידים מילה או ביטוי קצר (עד { $count } תווים).
form-slider = השחקנים בוחרים מספר מ-{ $min } עד { $max }{ $unit }, בקפיצות של { $step }.
form-ordering = השחקנים מסדרים את אלה:
form-multi = השחקנים מסמנים כל תשובה שנראית להם נכונה.
form-poll = סקר: אין תשובה נכונה או שגויה.
slide-hint = n: הבא  ·  אין תשובות בשקופית

reveal-answers = תשובות
reveal-correct = נכון
reveal-accepted = מתקבלות:
reveal-answered = { $count } ענו
reveal-correct-order = הסדר הנכון:
reveal-placed = { $count } שמו כאן
reveal-no-answers = אין תשובות להצגה.
reveal-more = עוד { $count }
reveal-more-values = עוד { $count } ערכים
reveal-slider-correct = נכון: { $value }
reveal-slider-range = טווח { $min } עד { $max }{ $unit }, קפיצה { $step }
reveal-average = ממוצע: { $value }
reveal-average-none = ממוצע: אין תשובות

rank = מקום { $rank }
board-heading = דירוג אחרי שאלה { $index } מתוך { $total }
board-nobody = אף אחד לא משחק.
board-teams = קבוצות
board-members = { $count ->
    [one] שחקן אחד
   *[other] { $count } שחקנים
}
podium-title = פודיום
podium-winner = המנצח:
podium-points = { $count ->
    [one] נקודה אחת
   *[other] { $count } נקודות
}
podium-nobody = אף אחד לא שיחק.
lost-title = המשחק הזה כבר לא קיים בשרת.
lost-server-said = השרת ענה: { $message }.
lost-why = ייתכן שהסתיים, או שהשרת הופעל מחדש בלעדיו.
lost-what-now = הקישו Enter כדי לבחור חידון ולהתחיל משחק חדש, או q כדי לצאת.

round-end = סוף סבב { $round } מתוך { $rounds }: { $name }
round-after-question = אחרי שאלה { $index } מתוך { $total }
round-this-round = בסבב הזה
round-in-all = { $score } בסך הכול
break-title = הפסקה
break-paused = ההפסקה מושהית (p ממשיך)
break-auto = הסבב הבא מתחיל לבד
break-over = ההפסקה נגמרה: n מתחיל את הסבב הבא
break-running = n מתחיל עכשיו את הסבב הבא, p משהה
break-next = הבא: סבב { $round } מתוך { $rounds }: { $name }

summary-title = המשחק נגמר: { $title }
summary-accuracy = דיוק לפי שאלה
summary-accuracy-legend = דיוק לפי שאלה (⚠ קשה: פחות מ-50 % נכונות)
summary-report-failed = לא ניתן לקרוא את הדוח:
summary-retry = הקישו r כדי לנסות שוב.
summary-loading = טוען את הדוח…
summary-top-players = השחקנים המובילים
summary-right = { $correct }/{ $answered } נכונות
summary-percent = { $value } %
summary-not-scored = ללא ניקוד
summary-more = עוד { $count } בדף הדוח
summary-most-missed = השאלה הקשה ביותר:
summary-question = שאלה { $index }
summary-right-of = { $correct } מתוך { $answered } נכונות
summary-none-missed = אין תשובות עם ניקוד.
summary-participation = השתתפות { $participation } מהתשובות האפשריות · { $completion } מהשחקנים ענו על כל השאלות
summary-report-link = דוח (גרפים, כל התשובות, CSV ו-xlsx):
summary-results-link = תוצאות מלאות (כל שחקן וכל תשובה, JSON):

header-pin = PIN { $pin }
header-joining-open = ההצטרפות פתוחה
header-joining-locked = ההצטרפות נעולה (l)
header-joining-closed = ההצטרפות סגורה
header-moving-on = ממשיכים בעוד { $seconds } ש'
header-advance-paused = ההתקדמות האוטומטית מושהית, נותרו { $seconds } ש'
link-connecting = מתחבר…
link-connected = מחובר
link-reconnecting = מתחבר מחדש… ניסיון { $attempt }, הבא בעוד { $seconds } ש'
link-lost = החיבור לשרת אבד ({ $reason }). מתחבר מחדש… (ניסיון { $attempt }, הבא בעוד { $seconds } ש')
link-lost-game-goes-on = המשחק ממשיך בשרת; הפקודות ממתינות עד שהחיבור יחזור.
confirm-title = אישור
confirm-yes = כן
confirm-no = לא
confirm-quit = לצאת מלוח הבקרה?
confirm-quit-embedded = השרת רץ בתוך לוח הבקרה הזה: יציאה עוצרת אותו ומסיימת את המשחק.
confirm-quit-remote = המשחק ממשיך בשרת בלי המנחה.
confirm-end = לסיים את המשחק עכשיו?
confirm-end-consequence = התשובות עד כה מנוקדות והפודיום מוצג.
confirm-kick = להסיר את { $nickname } מהמשחק?
confirm-kick-consequence = החיבור ינותק ואי אפשר לחזור באותו סשן.
confirm-kick-recent = להסיר את כל מי שהצטרף ב-{ $seconds } השניות האחרונות?
confirm-kick-recent-consequence = מול הצפה של הצטרפויות: נעלו קודם את הלובי (l) כדי שלא יחזרו.
kick-matching-title = הסרה לפי שם
kick-matching-prompt = להסיר את כל מי ששמו מכיל:
kick-matching-how = ההשוואה מתעלמת מאותיות גדולות וקטנות ומאותיות דומות.
kick-matching-remove = הסרה
kick-matching-cancel = ביטול
help-title = מקשים
help-close = כל מקש סוגר את העזרה

hint-filter = סינון
hint-choose = בחירה
hint-select = פתיחה
hint-help = עזרה
hint-quit = יציאה
hint-team-names-commas-between = שמות קבוצות, עם פסיקים
hint-option = אפשרות
hint-create-game = יצירת משחק
hint-back = חזרה
hint-change = שינוי
hint-load-report-again = טעינת הדוח מחדש
hint-new-game = משחק חדש
hint-start = התחלה
hint-kick = הסרה
hint-kick-recent = הסרת חדשים
hint-open-answers = פתיחת תשובות
hint-skip = דילוג
hint-end-game = סיום המשחק
hint-close = סגירה
hint-10-s-more = ‎+10 ש'
hint-end = סיום
hint-move-now = להמשיך עכשיו
hint-leaderboard = דירוג
hint-choose-entry = בחירת רשומה
hint-hide-entry = הסתרת רשומה
hint-next = הבא
hint-podium = פודיום
hint-next-question = השאלה הבאה
hint-finish-game = סיום המשחק
hint-unlock = פתיחה
hint-lock = נעילה
hint-continue = המשך
hint-pause = השהיה
help-filter-quizzes-title-description = סינון החידונים לפי כותרת או תיאור
help-remove-last-filter-letter = מחיקת האות האחרונה בסינון
help-clear-filter = ניקוי הסינון
help-choose-quiz = בחירת חידון
help-game-options-chosen-quiz = אפשרויות המשחק לחידון שנבחר
help-reload-quiz-list = טעינת רשימת החידונים מחדש
help-choose-option = בחירת אפשרות
help-fewer-more-seconds-before = פחות / יותר שניות לפני פתיחת התשובות
help-turn-chosen-option-off = הפעלה / כיבוי של האפשרות שנבחרה
help-teams-off-drawn-random = קבוצות: כבוי, בהגרלה, השחקנים בוחרים, לפי מכשיר
help-team-names-separated-commas = שמות הקבוצות, מופרדים בפסיקים
help-create-game-open-lobby = יצירת המשחק ופתיחת הלובי
help-back-quiz-list = חזרה לרשימת החידונים
help-start-move-open-close = התחלה / המשך (פתיחה, סגירה, הבא)
help-choose-player-lobby = בחירת שחקן בלובי
help-remove-chosen-player = הסרת השחקן שנבחר
help-lobby-remove-everyone-joined = בלובי: הסרת כל מי שהצטרף בדקה האחרונה
help-lobby-remove-everyone-whose = בלובי: הסרת כל מי ששמו מכיל את מה שתקלידו
help-lock-joining-nobody-can = נעילת ההצטרפות (אף אחד לא יכול להצטרף) או פתיחתה
help-pause-continue-countdown-autoadvance = השהיה או המשך של הספירה לאחור או ההתקדמות האוטומטית
help-give-10-more-seconds = הוספת 10 שניות
help-skip-question-reveal-now = דילוג על השאלה (חשיפה עכשיו)
help-end-game-early-podium = סיום מוקדם של המשחק (פודיום)
help-word-cloud-choose-entry = בענן מילים: בחירת רשומה והסתרתה
help-choose-quiz-start-new = בחירת חידון והתחלת משחק חדש
help-load-games-report-again = טעינת דוח המשחק מחדש
help-quit = יציאה
help-this-help = העזרה הזו
help-quit-asks-first-during = יציאה (שואל קודם במהלך משחק)
key-type = הקלדה
key-letters = אותיות
help-screen-language = שפת המסך הגדול: לפי הדפדפן, או אחת מ-13 השפות

reason-no-answer = השרת לא ענה
reason-no-welcome = השרת לא קיבל אותנו
reason-silent = השרת הפסיק לענות
reason-unknown-game = אין לו משחק עם ה-PIN הזה
reason-replaced = חיבור אחר השתלט על המשחק הזה
reason-restarting = השרת מופעל מחדש
reason-closed-why = נסגר על ידי השרת ({ $code }: { $reason })
reason-closed = נסגר על ידי השרת ({ $code })
reason-lost = החיבור אבד

## The break between rounds in the game options

option-break = הפסקה בין סבבים (שניות)
option-break-help = בחידון בסבבים: אחרי סיכום הסבב, הפסקה עם ספירה לאחור באורך הזה לפני הסבב הבא; כבוי: בלי הפסקה.

## Question media
# machine-drafted
question-media-picture = תמונה: { $name }
question-media-sound = צליל: { $name }
question-media-video = וידאו: { $name }
