# quizbox: the terminal host dashboard (`quizbox host`); language ar.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

ago-never = أبدًا
ago-just-now = الآن
ago-minutes = قبل { $count } د
ago-hours = قبل { $count } س
ago-yesterday = أمس
ago-days = { $count ->
    [one] قبل يوم
    [two] قبل يومين
    [few] قبل { $count } أيام
   *[other] قبل { $count } يومًا
}

picker-title = اختر اختبارًا
picker-filter = تصفية:
picker-loading = جارٍ تحميل الاختبارات…
picker-load-failed = تعذّر تحميل الاختبارات: { $error }
picker-retry = اضغط Ctrl-R للمحاولة مرة أخرى.
picker-empty = لا توجد اختبارات بعد. استورد واحدًا بالأمر: quizbox import FILE
picker-no-match = لا يوجد اختبار يطابق "{ $filter }" (‏Esc يمسح التصفية).
picker-column-quiz = الاختبار
picker-column-questions = الأسئلة
picker-column-played = آخر لعب
picker-count = { $count ->
    [zero] لا اختبارات
    [one] اختبار واحد
    [two] اختباران
    [few] { $count } اختبارات
   *[other] { $count } اختبارًا
}
picker-count-matching = { $shown } من { $count } اختبارات مطابقة

options-title = لعبة جديدة:
options-questions = { $count ->
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
   *[other] { $count } سؤالًا
}
options-creating = جارٍ إنشاء اللعبة…
options-create-failed = تعذّر إنشاء اللعبة: { $error }
options-press-enter = اضغط Enter لإنشاء اللعبة وفتح الردهة.
option-on = مفعّل
option-off = معطّل
option-intro = ثوانٍ قبل فتح الإجابات
option-intro-help = يُعرض كل سؤال هذه المدة قبل أن يتمكن اللاعبون من الإجابة.
option-streak = مكافأة التتابع
option-streak-help = ‎+100 لكل إجابة صحيحة متتالية، حتى ‎+500.
option-shuffle-questions = خلط الأسئلة
option-shuffle-questions-help = تُلعب الأسئلة بترتيب عشوائي.
option-shuffle-answers = خلط الإجابات
option-shuffle-answers-help = تظهر خيارات كل سؤال بترتيب عشوائي.
option-screen-only = الأسئلة على الشاشة الكبيرة فقط
option-screen-only-help = تعرض الهواتف أشكالًا ملونة فقط؛ اقرأ السؤال على الشاشة الكبيرة.
option-screen-language = لغة الشاشة الكبيرة
option-screen-language-help = لغة الشاشة الكبيرة (/screen/PIN)؛ افتراضيًا تتبع متصفح جهاز العرض.
option-screen-language-browser = حسب المتصفح
option-generated-nicknames = ألقاب مولّدة
option-generated-nicknames-help = يحصل اللاعبون على اسم لطيف مثل "قندس شجاع" بدلًا من كتابة اسم.
option-late-join = الانضمام المتأخر
option-late-join-help = يمكن للاعبين الانضمام بعد البدء؛ يلعبون من السؤال التالي بـ 0 نقطة.
option-auto-advance = التقدم التلقائي بعد (ثوانٍ)
option-auto-advance-help = تُعرض الإجابات ولوحة الترتيب هذه المدة، ثم تتقدم اللعبة وحدها.
option-teams = الفرق
option-teams-help = نتيجة الفريق متوسط نقاط أعضائه؛ بالقرعة، أو يختارها اللاعبون على الهواتف، أو فريق لكل جهاز مشترك.
option-team-names = أسماء الفرق (مفصولة بفواصل)
option-team-names-help = من 2 إلى 20 اسمًا مختلفًا، كل منها 30 حرفًا على الأكثر.
teams-off = معطّل
teams-auto = بالقرعة
teams-pick = يختار اللاعبون
teams-device = فريق لكل جهاز مشترك

lobby-scan = امسح للانضمام
lobby-join-at = انضم عبر
lobby-enlarge-for-qr = (كبّر النافذة لعرض رمز QR)
lobby-pin = رمز اللعبة PIN
lobby-not-connected = (غير متصل)
lobby-locked = الانضمام: مقفل (l لفتحه)
lobby-open = الانضمام: مفتوح
lobby-players = اللاعبون ({ $count })
lobby-waiting = في انتظار انضمام اللاعبين…
lobby-more = ‎+{ $count } آخرون
special-shuffled-questions = أسئلة مخلوطة
special-shuffled-answers = إجابات مخلوطة
special-screen-only = الأسئلة على الشاشة الكبيرة فقط
special-generated-nicknames = ألقاب مولّدة
special-no-streak-bonus = بلا مكافأة تتابع
special-no-late-join = بلا انضمام متأخر
special-auto-advance = تقدم تلقائي
special-screen-language = الشاشة الكبيرة بـ { $language }

notice-not-connected = غير متصل بالخادم: انتظر حتى يعود الاتصال ثم حاول مرة أخرى
notice-removed = { $count ->
    [one] أُزيل لاعب واحد
    [two] أُزيل لاعبان
    [few] أُزيل { $count } لاعبين
   *[other] أُزيل { $count } لاعبًا
}
notice-storage = التخزين: { $problem }
notice-storage-back = عاد الحفظ للعمل؛ اللعبة مستمرة
notice-server = الخادم: { $message }
notice-nobody-to-remove = لا أحد لإزالته بعد
notice-nothing-to-hide = لا إدخال لإخفائه في هذا السؤال

question-heading = السؤال { $index } من { $total }
question-opens-in = تُفتح الإجابات خلال { $seconds } ث  ·  ثم { $limit } ث للإجابة
question-paused = متوقف مؤقتًا
question-seconds-left = متبقٍ { $seconds } ث
question-seconds-paused = { $seconds } ث، متوقف
question-answered = أجاب
question-no-points = بلا نقاط
question-points = { $count ->
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
   *[other] { $count } نقطة
}
kind-single = إجابة واحدة
kind-multi = عدة إجابات
kind-true-false = صح أو خطأ
kind-type-answer = إجابة مكتوبة
kind-slider = منزلق
kind-ordering = ترتيب
kind-poll = استطلاع
kind-word-cloud = سحابة كلمات
kind-slide = شريحة
form-type-answer = يكتب اللاعبون إجابتهم (حتى { $count } حرفًا).
form-word-cloud = يكتب اللاعبون كلمة أو عبارة قصيرة (حتى { $count } حرفًا).
form-slider = يختار اللاعبون عددًا من { $min } إلى { $max }{ $unit }، بخطوات { $step }.
form-ordering = يرتّب اللاعبون هذه العناصر:
form-multi = يحدد اللاعبون كل إجابة يرونها صحيحة.
form-poll = استطلاع: لا توجد إجابة صحيحة أو خاطئة.
slide-hint = n: التالي  ·  لا إجابات على الشريحة

reveal-answers = الإجابات
reveal-correct = صحيح
reveal-accepted = المقبول:
reveal-answered = أجاب { $count }
reveal-correct-order = الترتيب الصحيح:
reveal-placed = وضعه { $count } هنا
reveal-no-answers = لا إجابات لعرضها.
reveal-more = { $count } أخرى
reveal-more-values = { $count } قيم أخرى
reveal-slider-correct = الصحيح: { $value }
reveal-slider-range = المدى من { $min } إلى { $max }{ $unit }، الخطوة { $step }
reveal-average = المتوسط: { $value }
reveal-average-none = المتوسط: لا إجابات

rank = المركز { $rank }
board-heading = الترتيب بعد السؤال { $index } من { $total }
board-nobody = لا أحد يلعب.
board-teams = الفرق
board-members = { $count ->
    [one] لاعب واحد
    [two] لاعبان
    [few] { $count } لاعبين
   *[other] { $count } لاعبًا
}
podium-title = منصة التتويج
podium-winner = الفائز:
podium-points = { $count ->
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $count } نقاط
   *[other] { $count } نقطة
}
podium-nobody = لم يلعب أحد.
lost-title = لم تعد هذه اللعبة موجودة على الخادم.
lost-server-said = قال الخادم: { $message }.
lost-why = ربما انتهت، أو أُعيد تشغيل الخادم بدونها.
lost-what-now = اضغط Enter لاختيار اختبار وبدء لعبة جديدة، أو q للخروج.

round-end = نهاية الجولة { $round } من { $rounds }: { $name }
round-after-question = بعد السؤال { $index } من { $total }
round-this-round = هذه الجولة
round-in-all = { $score } إجمالًا
break-title = استراحة
break-paused = الاستراحة متوقفة (p للمتابعة)
break-auto = تبدأ الجولة التالية تلقائيًا
break-over = انتهت الاستراحة: n يبدأ الجولة التالية
break-running = n يبدأ الجولة التالية الآن، p يوقف مؤقتًا
break-next = التالي: الجولة { $round } من { $rounds }: { $name }

summary-title = انتهت اللعبة: { $title }
summary-accuracy = الدقة لكل سؤال
summary-accuracy-legend = الدقة لكل سؤال (⚠ صعب: أقل من 50 % صحيح)
summary-report-failed = تعذّرت قراءة التقرير:
summary-retry = اضغط r للمحاولة مرة أخرى.
summary-loading = جارٍ تحميل التقرير…
summary-top-players = أفضل اللاعبين
summary-right = { $correct }/{ $answered } صحيحة
summary-percent = { $value } %
summary-not-scored = بلا تقييم
summary-more = { $count } أخرى في صفحة التقرير
summary-most-missed = الأكثر خطأً:
summary-question = السؤال { $index }
summary-right-of = { $correct } من { $answered } صحيحة
summary-none-missed = لا إجابات مقيّمة.
summary-participation = المشاركة { $participation } من الإجابات الممكنة · { $completion } من اللاعبين أجابوا كل الأسئلة
summary-report-link = التقرير (رسوم بيانية، كل الإجابات، CSV و xlsx):
summary-results-link = النتائج الكاملة (كل لاعب وكل إجابة، JSON):

header-pin = PIN { $pin }
header-joining-open = الانضمام مفتوح
header-joining-locked = الانضمام مقفل (l)
header-joining-closed = الانضمام مغلق
header-moving-on = المتابعة خلال { $seconds } ث
header-advance-paused = التقدم التلقائي متوقف، متبقٍ { $seconds } ث
link-connecting = جارٍ الاتصال…
link-connected = متصل
link-reconnecting = إعادة الاتصال… المحاولة { $attempt }، التالية خلال { $seconds } ث
link-lost = انقطع الاتصال بالخادم ({ $reason }). إعادة الاتصال… (المحاولة { $attempt }، التالية خلال { $seconds } ث)
link-lost-game-goes-on = تستمر اللعبة على الخادم؛ تنتظر الأوامر حتى يعود الاتصال.
confirm-title = تأكيد
confirm-yes = نعم
confirm-no = لا
confirm-quit = الخروج من لوحة التحكم؟
confirm-quit-embedded = يعمل الخادم داخل لوحة التحكم هذه: الخروج يوقفه وينهي اللعبة.
confirm-quit-remote = تستمر اللعبة على الخادم بدون مضيفها.
confirm-end = إنهاء اللعبة الآن؟
confirm-end-consequence = تُحتسب الإجابات حتى الآن وتُعرض منصة التتويج.
confirm-kick = إزالة { $nickname } من اللعبة؟
confirm-kick-consequence = يُفصل ولا يمكنه العودة بالجلسة نفسها.
confirm-kick-recent = إزالة كل من انضم خلال آخر { $seconds } ث؟
confirm-kick-recent-consequence = لسيل من المنضمين: اقفل الردهة أولًا (l) كي لا يعودوا.
kick-matching-title = إزالة بالاسم
kick-matching-prompt = إزالة كل من يحتوي اسمه على:
kick-matching-how = تُقارن دون اعتبار لحالة الأحرف والأحرف المتشابهة.
kick-matching-remove = إزالة
kick-matching-cancel = إلغاء
help-title = المفاتيح
help-close = أي مفتاح يغلق هذه المساعدة

hint-filter = تصفية
hint-choose = اختيار
hint-select = تحديد
hint-help = مساعدة
hint-quit = خروج
hint-team-names-commas-between = أسماء الفرق، بينها فواصل
hint-option = خيار
hint-create-game = إنشاء اللعبة
hint-back = رجوع
hint-change = تغيير
hint-load-report-again = إعادة تحميل التقرير
hint-new-game = لعبة جديدة
hint-start = بدء
hint-kick = طرد
hint-kick-recent = طرد الجدد
hint-open-answers = فتح الإجابات
hint-skip = تخطٍّ
hint-end-game = إنهاء اللعبة
hint-close = إغلاق
hint-10-s-more = ‎+10 ث
hint-end = إنهاء
hint-move-now = المتابعة الآن
hint-leaderboard = الترتيب
hint-choose-entry = اختيار إدخال
hint-hide-entry = إخفاء الإدخال
hint-next = التالي
hint-podium = منصة التتويج
hint-next-question = السؤال التالي
hint-finish-game = إنهاء اللعبة
hint-unlock = فتح القفل
hint-lock = قفل
hint-continue = متابعة
hint-pause = إيقاف مؤقت
help-filter-quizzes-title-description = تصفية الاختبارات حسب العنوان أو الوصف
help-remove-last-filter-letter = حذف آخر حرف من التصفية
help-clear-filter = مسح التصفية
help-choose-quiz = اختيار اختبار
help-game-options-chosen-quiz = خيارات اللعبة للاختبار المختار
help-reload-quiz-list = إعادة تحميل قائمة الاختبارات
help-choose-option = اختيار خيار
help-fewer-more-seconds-before = ثوانٍ أقل / أكثر قبل فتح الإجابات
help-turn-chosen-option-off = تفعيل / تعطيل الخيار المختار
help-teams-off-drawn-random = الفرق: معطّل، بالقرعة، يختار اللاعبون، لكل جهاز مشترك
help-team-names-separated-commas = أسماء الفرق، مفصولة بفواصل
help-create-game-open-lobby = إنشاء اللعبة وفتح الردهة
help-back-quiz-list = العودة إلى قائمة الاختبارات
help-start-move-open-close = بدء / متابعة (فتح، إغلاق، التالي)
help-choose-player-lobby = اختيار لاعب في الردهة
help-remove-chosen-player = إزالة اللاعب المختار
help-lobby-remove-everyone-joined = في الردهة: إزالة كل من انضم في الدقيقة الأخيرة
help-lobby-remove-everyone-whose = في الردهة: إزالة كل من يحتوي اسمه على ما تكتبه
help-lock-joining-nobody-can = قفل الانضمام (لا يمكن لأحد الانضمام) أو فتحه
help-pause-continue-countdown-autoadvance = إيقاف أو متابعة العد التنازلي أو التقدم التلقائي
help-give-10-more-seconds = إضافة 10 ثوانٍ
help-skip-question-reveal-now = تخطي السؤال (الكشف الآن)
help-end-game-early-podium = إنهاء اللعبة مبكرًا (منصة التتويج)
help-word-cloud-choose-entry = في سحابة الكلمات: اختيار إدخال وإخفاؤه
help-choose-quiz-start-new = اختيار اختبار وبدء لعبة جديدة
help-load-games-report-again = إعادة تحميل تقرير اللعبة
help-quit = خروج
help-this-help = هذه المساعدة
help-quit-asks-first-during = خروج (يسأل أولًا أثناء اللعبة)
key-type = اكتب
key-letters = أحرف
help-screen-language = لغة الشاشة الكبيرة: حسب المتصفح، أو إحدى اللغات الـ 13

reason-no-answer = لم يُجب الخادم
reason-no-welcome = لم يقبل الخادم الاتصال
reason-silent = توقف الخادم عن الإجابة
reason-unknown-game = لا توجد لديه لعبة بهذا الرمز PIN
reason-replaced = تولّى اتصال آخر هذه اللعبة
reason-restarting = يُعاد تشغيل الخادم
reason-closed-why = أغلقه الخادم ({ $code }: { $reason })
reason-closed = أغلقه الخادم ({ $code })
reason-lost = انقطع الاتصال

## The break between rounds in the game options

option-break = الاستراحة بين الجولات (ثوانٍ)
option-break-help = لاختبار مقسّم إلى جولات: بعد ملخص الجولة، استراحة بعدّ تنازلي بهذه المدة قبل الجولة التالية؛ معطّل: بلا استراحة.

## Question media
# machine-drafted
question-media-picture = صورة: { $name }
question-media-sound = صوت: { $name }
question-media-video = فيديو: { $name }
