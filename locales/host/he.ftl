# quizbox: the host's pages (dashboard, studio, reports, account); language he.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = הנחיית משחק – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = דפים
studio-nav-library = ספריית חידונים
studio-nav-host = הנחיית משחק
studio-sign-out = התנתקות
studio-login-username = שם משתמש
studio-login-password = סיסמה
studio-login-submit = התחברות
studio-confirm-keep = להשאיר
studio-delete = מחיקה
studio-unexpected-reply = השרת שלח תשובה לא צפויה.
studio-kind-single = בחירה יחידה
studio-kind-multi = בחירה מרובה
studio-kind-true-false = נכון או לא נכון
studio-kind-type-answer = הקלדת תשובה
studio-kind-slider = מחוון
studio-kind-ordering = סידור
studio-kind-poll = סקר
studio-kind-word-cloud = ענן מילים
studio-kind-slide = שקופית

reports-page-title = דוחות – quizbox
reports-title = דוחות
reports-login-legend = יש להתחבר כדי לראות את דוחות המשחקים שלך
reports-search = חיפוש לפי חידון
reports-search-placeholder = כותרת או מזהה של החידון
reports-table-caption = משחקים שהסתיימו, החדשים קודם
reports-col-quiz = חידון
reports-col-played = שוחק
reports-col-players = שחקנים
reports-col-status = מצב
reports-col-actions = פעולות
reports-confirm-text = התוצאות וכל התשובות יימחקו לצמיתות.
reports-load-failed = לא ניתן לטעון את המשחקים: { $error }
reports-status-finished = הסתיים, { $duration }
reports-host = מנחה: { $name }
reports-open = פתיחה
reports-open-label = פתיחת הדוח של { $title } מתאריך { $date }
reports-delete-label = מחיקת המשחק של { $title } מתאריך { $date }
reports-none = עדיין אין משחקים שהסתיימו: אחרי שתנחו משחק, הדוח שלו יופיע כאן.
reports-count = { $count ->
    [one] משחק אחד
   *[other] { $count } משחקים
}
reports-count-match = { $shown } מתוך { $count } תואמים
reports-confirm-title = למחוק את המשחק של ״{ $title }״ מתאריך { $date }?
reports-delete-failed = לא ניתן למחוק את המשחק של ״{ $title }״: { $error }
reports-deleted = המשחק של ״{ $title }״ נמחק.

report-page-title = דוח משחק – quizbox
report-nav-all = כל הדוחות
report-title = דוח משחק
report-login-legend = יש להתחבר כדי לראות את הדוח הזה
report-summary = סיכום
report-downloads = הורדת הדוח
report-download-csv = הורדת CSV
report-download-json = הורדת JSON
report-download-xlsx = הורדת גיליון (xlsx)
report-print = הדפסה
report-questions = שאלות
report-legend = העמודות סופרות את השחקנים שבחרו כל תשובה; { $right }. שאלה היא { $difficult } כשפחות ממחצית התשובות אליה נכונות.
report-legend-right = ✓ מסמן תשובה נכונה
report-legend-difficult = קשה
report-questions-caption = כל שאלה: התשובות, הדיוק והזמנים
report-col-question = שאלה ותשובות
report-col-accuracy = דיוק
report-col-average = זמן ממוצע
report-col-median = זמן חציוני
report-col-difficult = קשה
report-across-heading = בכל המשחקים של החידון הזה
report-across-intro = השאלות שהוחמצו הכי הרבה, מהדיוק הנמוך ביותר:
report-teams = קבוצות
report-teams-note = הניקוד של קבוצה הוא הממוצע של ניקוד השחקנים שלה.
report-teams-caption = כל קבוצה, לפי מקום
report-col-rank = מקום
report-col-team = קבוצה
report-col-score = ניקוד
report-players-caption = כל שחקן, לפי מקום, עם התשובות שלו
report-col-player = שחקן
report-col-correct = נכונות
report-col-streak = הרצף הטוב ביותר
report-unknown = לא ידוע
report-ended-in-lobby = הסתיים בלובי
report-duration-hours = { $h } שע׳ { $m } דק׳
report-duration-minutes = { $m } דק׳ { $s } שנ׳
report-duration-seconds = { $s } שנ׳
report-percent = { $pct }%
report-not-found = אין דוח למשחק הזה: הוא נמחק, או שהוא של מנחה אחר.
report-load-failed = לא ניתן לטעון את הדוח: { $error }
report-heading = דוח: { $title }
report-doc-title = { $title } – דוח – quizbox
report-fact-duration = משך
report-fact-pin = PIN
report-fact-participation = השתתפות
report-fact-completion = השלמה
report-participation = ניתנו { $percent } מהתשובות האפשריות
report-completion = { $percent } מהשחקנים ענו על כל השאלות
report-across-games = { $count ->
    [one] שוחק משחק אחד של החידון הזה.
   *[other] שוחקו { $count } משחקים של החידון הזה.
}
report-across-item = { $percent } נכונות ({ $correct } מתוך { $answered } תשובות ב־{ $games } משחקים)
report-answered = { $count } ענו
report-right-count = { $count } נכונות
report-right-answers = נכון: { $answers }
report-not-scored = ללא ניקוד
report-flag-difficult = ⚠ קשה
report-flag-no = לא
report-result-right = ✓ נכון
report-result-wrong = ✗ שגוי
report-no-answer = אין תשובה
report-answers-of = התשובות של { $name }
report-answers-question = שאלה
report-answers-answer = תשובה
report-answers-result = תוצאה
report-answers-points = נקודות
report-answers-time = זמן
report-correct-of = { $correct } מתוך { $answered }
report-download-failed = לא ניתן להוריד את הדוח: { $error }
report-downloaded = הורד { $name } ({ $size } בתים).
report-chart-none = שאלה { $number }: אין תשובות.
report-chart-summary = תשובות לשאלה { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (תשובה נכונה)
report-chart-count-right = { $count } (נכונה)
report-chart-more = ועוד { $count } תשובות, שנבחרו { $times } פעמים
report-chart-no-answers = אין תשובות

studio-page-title = ספריית חידונים – quizbox
studio-login-legend = יש להתחבר כדי לכתוב חידונים
studio-new-quiz = חידון חדש
studio-search = חיפוש
studio-search-placeholder = כותרת, תיאור או מזהה
studio-sort = מיון לפי
studio-sort-title = כותרת
studio-sort-updated = שינוי אחרון
studio-sort-played = משחק אחרון
studio-import = ייבוא
studio-import-text = אפשר לגרור לכאן קובצי חידונים (TOML, JSON, CSV, גיליונות Kahoot!, GIFT, Aiken, Moodle XML, Open Trivia DB, Rahoot, או חבילה: חידון ומדיה בקובץ ‎.zip) או לבחור אותם.
studio-import-choose = בחירת קבצים לייבוא…
studio-import-files = קובצי חידונים לייבוא
studio-quizzes = חידונים
studio-confirm-text = אפשר לבטל את זה במשך כמה שניות.
studio-undo = ביטול
studio-format-xlsx = גיליון Kahoot!
studio-format-bundle = חבילה: חידון ומדיה (zip)
studio-load-failed = לא ניתן לטעון את החידונים: { $error }
studio-never = אף פעם
studio-questions = { $count ->
    [one] שאלה אחת
   *[other] { $count } שאלות
}
studio-changed = שונה { $when }
studio-last-played = שוחק לאחרונה { $when }
studio-owner = בעלים: { $name }
studio-sample = דוגמה
studio-export-format = פורמט ייצוא עבור { $name }
studio-export = ייצוא
studio-export-label = ייצוא { $name }
studio-host = הנחיה
studio-host-label = הנחיית { $name }
studio-edit = עריכה
studio-edit-label = עריכת { $name }
studio-duplicate = שכפול
studio-duplicate-label = שכפול { $name }
studio-delete-label = מחיקת { $name }
studio-none = עדיין אין חידונים: אפשר לכתוב אחד עם ״חידון חדש״ או לייבא קובץ.
studio-count = { $count ->
    [one] חידון אחד
   *[other] { $count } חידונים
}
studio-count-match = { $shown } מתוך { $count } חידונים תואמים
studio-host-failed = לא ניתן להתחיל את המשחק: { $error }
studio-duplicate-failed = לא ניתן לשכפל את ״{ $title }״: { $error }
studio-duplicated = ״{ $title }״ שוכפל.
studio-duplicated-as = ״{ $title }״ שוכפל בשם ״{ $copy }״.
studio-export-failed = לא ניתן לייצא את ״{ $title }״: { $error }
studio-exported = ״{ $title }״ יוצא.
studio-exported-lossy = ״{ $title }״ יוצא; { $count } פריטים שהפורמט הזה לא יכול להכיל הושמטו (quizbox export מפרט אותם).
studio-confirm-title = למחוק את ״{ $title }״?
studio-delete-failed = לא ניתן למחוק את ״{ $title }״: { $error }
studio-deleted = ״{ $title }״ נמחק.
studio-undo-label = ביטול המחיקה של { $title }
studio-deleted-undo = ״{ $title }״ נמחק. אפשר לבטל במשך { $secs } שניות.
studio-undo-failed = לא ניתן לשחזר את ״{ $title }״: { $error }
studio-back = ״{ $title }״ חזר.
studio-import-line = שורה { $where }:
studio-import-refused = { $name }: לא יובא.
studio-import-quiz = ״{ $title }״ ({ $count } שאלות, { $status })
studio-import-created = נוצר
studio-import-updated = עודכן
studio-import-checked = נבדק
studio-imported = { $name }: יובא { $titles }
studio-import-nothing = { $name }: לא יובא, שום דבר לא נכתב.
studio-import-error = שגיאה: { $text }
studio-import-warning = אזהרה: { $text }
studio-importing = מייבא { $count } קבצים…
studio-import-server-refused = השרת דחה אותו
studio-imported-count = יובאו { $imported } מתוך { $count } קבצים.

studio-edit-page-title = עריכת חידון – quizbox
studio-save = שמירה
studio-conflict-text = { $saved } כל מה שהקלדת עדיין כאן. אפשר להשאיר את הגרסה שלהם או את שלך:
studio-conflict = מישהו אחר שמר את החידון הזה אחרי שפתחת אותו.
studio-reload-theirs = טעינת הגרסה שלהם (ביטול השינויים שלי)
studio-overwrite = דריסה בגרסה שלי
studio-problems = עדיין אי אפשר לשמור את החידון הזה
studio-description = תיאור
studio-reorder-help = אפשר לגרור שאלה כדי להזיז אותה, או להתמקד בה וללחוץ Alt+↑ או Alt+↓.
studio-new-kind = סוג השאלה החדשה
studio-add-question = הוספת שאלה
studio-preview = תצוגה מקדימה
studio-preview-as = תצוגה מקדימה ב־
studio-preview-phone = טלפון
studio-preview-screen = מסך גדול
studio-open-failed = לא ניתן לפתוח את החידון: { $error }
studio-edit-quiz = עריכת חידון
studio-edit-heading = עריכת ״{ $title }״
studio-edit-doc-title = { $title } – quizbox
studio-id = מזהה: { $id }
studio-id-note = המזהה נוצר מהכותרת בשמירה הראשונה של החידון.
studio-no-questions = אין שאלות
studio-add-first = כדי להתחיל, מוסיפים שאלה.
studio-problem-at = שאלה { $number }
studio-problem-at-field = שאלה { $number } ({ $field })
studio-unsaved = יש שינויים שלא נשמרו.
studio-moved = הועברה למקום { $position } מתוך { $total }.
studio-question-duplicated = שאלה { $number } שוכפלה כשאלה { $copy }.
studio-question-removed = שאלה { $number } ({ $summary }) הוסרה.
studio-saving = שומר…
studio-not-saved-failure = לא נשמר. { $error }
studio-not-saved-conflict = לא נשמר: מישהו אחר שמר את החידון הזה אחרי שפתחת אותו. השינויים שלך נשמרים כאן.
studio-not-saved-problems = { $count ->
    [one] לא נשמר: דבר אחד לתיקון.
   *[other] לא נשמר: { $count } דברים לתיקון.
}
studio-server-answered = השרת השיב { $status }
studio-not-saved = לא נשמר: { $error }
studio-saved-at = נשמר ב־{ $time }.
studio-theirs-loaded = הגרסה שלהם נטענה; השינויים שלך בוטלו.
studio-starting = מתחיל משחק…
studio-no-text = (עדיין אין טקסט)
studio-pick-label = שאלה { $number }, { $kind }: { $summary }
studio-pick-problems = { $label } ({ $count } לתיקון)
studio-check-empty = אסור שיהיה ריק.
studio-check-too-long = ארוך מ־{ $max } תווים ({ $count }).
studio-check-no-questions = בחידון צריכה להיות לפחות שאלה אחת.
studio-check-too-many-questions = בחידון יכולות להיות לכל היותר { $max } שאלות ({ $count }).
studio-check-whole-seconds = חייב להיות מספר שלם של שניות.
studio-check-time-limit = חייב להיות בין { $min } ל־{ $max } שניות.
studio-check-whole-points = חייב להיות מספר שלם של נקודות.
studio-check-correct-one = יש לסמן אחת מהתשובות כנכונה.
studio-check-correct-none = יש לסמן לפחות תשובה אחת כנכונה.
studio-check-accepted-none = נדרשת לפחות תשובה מקובלת אחת.
studio-check-accepted-many = לכל היותר { $max } תשובות מקובלות ({ $count }).
studio-check-whole-characters = חייב להיות מספר שלם של תווים.
studio-check-word-cloud = חייב להיות בין 1 ל־{ $max } תווים.
studio-check-number = חייב להיות מספר.
studio-check-slider-max = חייב להיות גבוה מהערך הנמוך ביותר ({ $min }).
studio-check-slider-step = חייב להיות גדול מ־0.
studio-check-slider-positions = יוצא יותר מ־10,000 מיקומים; יש לבחור צעד גדול יותר.
studio-check-slider-correct = חייב להיות בין { $min } ל־{ $max }.
studio-check-slider-tolerance = אסור שיהיה שלילי.
studio-check-answer-count = נדרשות { $min } עד { $max } תשובות ({ $count }).
studio-check-item-count = נדרשים { $min } עד { $max } פריטים ({ $count }).
studio-check-twice = זהה למספר { $number }.
studio-check-count = { $count ->
    [one] בעיה אחת לתיקון.
   *[other] { $count } בעיות לתיקון.
}
studio-move-up = הזזת שאלה { $number } למעלה
studio-move-down = הזזת שאלה { $number } למטה
studio-slide-n = שקופית { $number }
studio-question-n = שאלה { $number }
studio-duplicate-question = שכפול שאלה { $number }
studio-remove = הסרה
studio-remove-question = הסרת שאלה { $number }
studio-kind = סוג
studio-time-limit = מגבלת זמן (שניות)
studio-time-limit-note = בין 5 ל־240 שניות.
studio-points-note = 1000 הוא הרגיל, 2000 כפול, 0 משאיר את השאלה בלי ניקוד.
studio-explanation = הסבר (מוצג עם התשובה)
studio-true = נכון
studio-false = לא נכון
studio-correct-answer = התשובה הנכונה
studio-max-length = הרשומה הארוכה ביותר (תווים)
studio-max-length-note = בין 1 ל־100.
studio-slide-body = טקסט מתחת לכותרת
studio-answer-n = תשובה { $number }
studio-answer-correct = תשובה { $number } נכונה
studio-remove-answer = הסרת תשובה { $number }
studio-add-answer = הוספת תשובה
studio-answers = תשובות
studio-answers-single = תשובות (בחרו את הנכונה)
studio-answers-multi = תשובות (סמנו את כל הנכונות)
studio-accepted-n = תשובה מקובלת { $number }
studio-remove-accepted = הסרת תשובה מקובלת { $number }
studio-add-accepted = הוספת תשובה מקובלת
studio-accepted = תשובות מקובלות (אותיות רישיות, ניקוד ורווחים לא משנים)
studio-typos = לקבל שגיאות הקלדה קטנות
studio-slider-min = הערך הנמוך ביותר
studio-slider-max = הערך הגבוה ביותר
studio-slider-step = צעד
studio-slider-correct = הערך הנכון
studio-slider-tolerance = סטייה מותרת (±)
studio-slider-tolerance-note = תשובות קרובות כל כך נחשבות נכונות.
studio-slider-unit = יחידה (לא חובה)
studio-item-n = פריט { $number }
studio-item-up = הזזת פריט { $number } למעלה
studio-item-down = הזזת פריט { $number } למטה
studio-remove-item = הסרת פריט { $number }
studio-add-item = הוספת פריט
studio-items = פריטים בסדר הנכון (השחקנים רואים אותם מעורבבים)
studio-media-file = קובץ מדיה להעלאה
studio-upload = העלאת תמונה, צליל או סרטון…
studio-uploading = מעלה את { $name }…
studio-uploaded = { $name } הועלה.
studio-upload-failed = לא ניתן להעלות את { $name }.
studio-remove-media = הסרת מדיה
studio-media = מדיה
studio-media-address = כתובת התמונה, הצליל או הסרטון
studio-media-note = אפשר להעלות קובץ או לתת כתובת /media/.
studio-preview-question = השאלה שלך
studio-preview-slide = שקופית { $index } מתוך { $total }
host-nav-label = דפים
host-nav-library = ספריית חידונים
host-nav-reports = דוחות
host-heading = הנחיית משחק
host-login-legend = יש להתחבר כדי להנחות
host-choose-quiz = בחירת חידון
host-filter = סינון חידונים
host-filter-placeholder = הקלידו לסינון לפי כותרת או תיאור
host-loading = טוען חידונים…
host-quiz-list-label = חידונים
host-load-failed = לא ניתן לטעון את החידונים: { $error }
host-no-quizzes = אין עדיין חידונים. כתבו או ייבאו חידון בספריית החידונים (/studio), או עם: quizbox import FILE
host-question-count = { $count ->
    [one] שאלה אחת
   *[other] { $count } שאלות
}
host-quiz-count = { $count ->
    [one] חידון אחד
   *[other] { $count } חידונים
}
host-quizzes-match = { $total ->
    [one] { $shown } מתוך חידון { $total } תואם
   *[other] { $shown } מתוך { $total } חידונים תואמים
}
host-options = אפשרויות משחק
host-options-note = רשות: ברירות המחדל מתאימות לרוב המשחקים.
host-intro-secs = שניות לפני פתיחת התשובות
host-streak-bonus = בונוס רצף
host-shuffle-questions = ערבוב השאלות
host-shuffle-answers = ערבוב התשובות
host-on-screen-only = שאלות במסך הגדול בלבד
host-on-screen-note = הטלפונים יציגו אז צורות צבעוניות במקום השאלה והתשובות.
host-generated-nicknames = כינויים אוטומטיים
host-nicknames-note = כל שחקן מקבל שם כמו „לוטרה אמיצה” במקום השם שהקליד.
host-late-join = הצטרפות מאוחרת
host-late-join-note = שחקנים יכולים להצטרף אחרי ההתחלה; הם משחקים מהשאלה הבאה עם 0 נקודות.
host-auto-advance = מעבר אוטומטי אחרי (שניות, 0: כבוי)
host-auto-advance-note = התשובות ולוח התוצאות מוצגים למשך זמן זה, ואז המשחק ממשיך מעצמו.
host-break = הפסקה בין סבבים (שניות, 0: ללא)
host-break-note = לחידון בסבבים: סיכום הסבב, ואז הפסקה עם ספירה לאחור לפני הסבב הבא.
host-teams = קבוצות
host-team-off = כבוי: כל אחד משחק לבד
host-team-auto = הגרלה, מאוזנות
host-team-pick = השחקנים בוחרים קבוצה
host-team-device = קבוצה אחת לכל מכשיר משותף
host-team-note = קבוצה מקבלת את ממוצע הנקודות של חבריה; המסך הגדול מציג טבלה ופודיום של קבוצות.
host-team-names = שמות קבוצות, אחד בכל שורה (2 עד 20)
host-team-red = אדומים
host-team-blue = כחולים
host-screen-language = שפת המסך הגדול
host-screen-language-own = השפה של הדפדפן המקרין
host-screen-language-note = הכפתורים וההודעות של מסך המציג, בלי קשר להגדרות המחשב המקרין. הטקסט של החידון עצמו אינו מתורגם.
host-start-note = בחרו חידון למעלה כדי להתחיל.
host-start = התחלת המשחק
host-start-quiz = התחלת „{ $title }”
host-start-note-pin = השחקנים מצטרפים עם קוד ה־PIN שהמסך הגדול יציג מיד.
host-starting = מתחיל…
host-choose-first = בחרו קודם חידון.
host-invalid-intro = השניות לפני פתיחת התשובות חייבות להיות מספר שלם מ־0 עד { $max }.
host-invalid-auto-advance = המעבר האוטומטי חייב להיות מספר שלם של שניות מ־0 (כבוי) עד { $max }.
host-invalid-break = ההפסקה בין סבבים חייבת להיות מספר שלם של שניות מ־0 (ללא) עד { $max }.
host-invalid-teams = יש לתת { $min } עד { $max } שמות קבוצות שונים, אחד בכל שורה, כל אחד עד { $chars } תווים.
host-start-failed = לא ניתן להתחיל את המשחק: { $error }
host-unexpected-reply = השרת שלח תשובה לא צפויה.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = שם משתמש
signin-password = סיסמה
signin-submit = התחברות
signin-sign-out = התנתקות
signin-signed-in-as = מחובר בתור { $name }
signin-session-ended = ההתחברות פגה. יש להתחבר שוב.
signin-unreachable = לא ניתן להגיע לשרת quizbox. האם הוא פועל?
signin-server-answered = השרת השיב { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = החשבון שלך – quizbox
account-heading = החשבון שלך
account-username = שם משתמש (a-z, 0-9, '.', '_' ו־'-')
account-password = סיסמה חדשה (8 תווים לפחות)
account-again = אותה סיסמה שוב
account-save = שמירה
account-host-link = התחברות להנחיית משחק
account-invite-title = ברוכים הבאים ל־quizbox
account-invite-intro = בחרו את שם המשתמש והסיסמה שאיתם תתחברו.
account-invite-legend = החשבון החדש שלך
account-invite-submit = יצירת החשבון שלי
account-reset-title = הגדרת סיסמה חדשה
account-reset-legend = סיסמה חדשה
account-reset-submit = הגדרת הסיסמה
account-no-secret = לכתובת הזו חסר הסוד שלה: פתחו שוב את הקישור מהדואר.
account-passwords-differ = שתי הסיסמאות שונות.
account-server-said = השרת השיב { $status }.
account-invite-done = החשבון { $name } מוכן. התחברו איתו עכשיו.
account-reset-done = הסיסמה של { $name } הוגדרה. התחברו איתה עכשיו.
account-unreachable = לא ניתן להגיע לשרת. נסו שוב.

## The assignments page (/assignments)

assignments-page-title = מטלות – quizbox
assignments-nav-host = הנחיית משחק
assignments-heading = מטלות
assignments-login-legend = יש להתחבר כדי לפרסם מטלות ולעקוב אחריהן
assignments-quiz = חידון
assignments-opens = נפתחת
assignments-closes = נסגרת
assignments-identifier = לבקש מהשחקנים (ריק: כינוי)
assignments-identifier-placeholder = מספר סטודנט
assignments-publish = פרסום המטלה
assignments-caption = מטלות, החדשה ביותר קודם
assignments-link = קישור
assignments-state = מצב
assignments-started = התחילו
assignments-finished = סיימו
assignments-actions = פעולות
assignments-leaderboard = טבלת מובילים
assignments-rank = מקום
assignments-player = שחקן
assignments-score = ניקוד
assignments-correct = נכונות
assignments-players = שחקנים
assignments-progress = התקדמות
assignments-questions = שאלות
assignments-question = שאלה
assignments-answered = ענו
assignments-state-scheduled = מתוזמנת
assignments-state-open = פתוחה
assignments-state-closed = סגורה
assignments-results = תוצאות
assignments-results-of = התוצאות של { $quiz } ({ $code })
assignments-close = סגירה עכשיו
assignments-close-of = לסגור עכשיו את { $quiz } ({ $code })
assignments-count = { $count ->
    [one] מטלה אחת
   *[other] { $count } מטלות
}
assignments-none = אין עדיין מטלות: פרסמו מטלה למעלה.
assignments-published = פורסמה: { $link }
assignments-closed = { $quiz } נסגרה.
assignments-player-finished = סיים
assignments-player-at = שאלה { $n } מתוך { $count }
assignments-summary = { $players ->
    [one] { $state } · שחקן { $players } התחיל, { $finished } סיימו · נסגרת { $closes }
   *[other] { $state } · { $players } שחקנים התחילו, { $finished } סיימו · נסגרת { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = מתחיל סיבוב בשם
studio-round-note = השאירו ריק, אלא אם סיבוב חדש מתחיל בשאלה הזאת.
studio-round-starts = סיבוב: { $name }
studio-pick-round = { $label }, מתחיל את הסיבוב { $name }
studio-round-passed = הסיבוב { $name } מתחיל עכשיו בשאלה { $number }.
