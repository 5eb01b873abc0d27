# quizbox: the host's pages (dashboard, studio, reports, account); language ar.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

## The host page (/host)

host-page-title = استضافة لعبة – quizbox

## The studio (/studio, /studio/edit) and the reports (/reports, /reports/GAME)

studio-nav = الصفحات
studio-nav-library = مكتبة المسابقات
studio-nav-host = إدارة لعبة
studio-sign-out = تسجيل الخروج
studio-login-username = اسم المستخدم
studio-login-password = كلمة المرور
studio-login-submit = تسجيل الدخول
studio-confirm-keep = الإبقاء عليها
studio-delete = حذف
studio-unexpected-reply = أرسل الخادم ردًا غير متوقع.
studio-kind-single = اختيار واحد
studio-kind-multi = اختيار متعدد
studio-kind-true-false = صح أم خطأ
studio-kind-type-answer = إجابة مكتوبة
studio-kind-slider = شريط تمرير
studio-kind-ordering = ترتيب
studio-kind-poll = استطلاع
studio-kind-word-cloud = سحابة كلمات
studio-kind-slide = شريحة

reports-page-title = التقارير – quizbox
reports-title = التقارير
reports-login-legend = سجّل الدخول لرؤية تقارير ألعابك
reports-search = البحث حسب المسابقة
reports-search-placeholder = عنوان المسابقة أو معرّفها
reports-table-caption = الألعاب المنتهية، الأحدث أولًا
reports-col-quiz = المسابقة
reports-col-played = تاريخ اللعب
reports-col-players = اللاعبون
reports-col-status = الحالة
reports-col-actions = الإجراءات
reports-confirm-text = تُحذف نتائجها وكل الإجابات نهائيًا.
reports-load-failed = تعذّر تحميل الألعاب: { $error }
reports-status-finished = انتهت، { $duration }
reports-host = المضيف { $name }
reports-open = فتح
reports-open-label = فتح تقرير { $title } بتاريخ { $date }
reports-delete-label = حذف لعبة { $title } بتاريخ { $date }
reports-none = لا توجد ألعاب منتهية بعد: أدر لعبة وسيظهر تقريرها هنا.
reports-count = { $count ->
    [one] لعبة واحدة
    [two] لعبتان
    [few] { $count } ألعاب
   *[other] { $count } لعبة
}
reports-count-match = تطابق { $shown } من { $count }
reports-confirm-title = حذف لعبة «{ $title }» بتاريخ { $date }؟
reports-delete-failed = تعذّر حذف لعبة «{ $title }»: { $error }
reports-deleted = حُذفت لعبة «{ $title }».

report-page-title = تقرير اللعبة – quizbox
report-nav-all = كل التقارير
report-title = تقرير اللعبة
report-login-legend = سجّل الدخول لرؤية هذا التقرير
report-summary = الملخص
report-downloads = تنزيل هذا التقرير
report-download-csv = تنزيل CSV
report-download-json = تنزيل JSON
report-download-xlsx = تنزيل جدول بيانات (xlsx)
report-print = طباعة
report-questions = الأسئلة
report-legend = تعدّ الأشرطة اللاعبين الذين اختاروا كل إجابة؛ { $right }. يكون السؤال { $difficult } إذا كانت أقل من نصف إجاباته صحيحة.
report-legend-right = ✓ تدل على إجابة صحيحة
report-legend-difficult = صعبًا
report-questions-caption = كل سؤال: إجاباته ودقته وأزمنته
report-col-question = السؤال والإجابات
report-col-accuracy = الدقة
report-col-average = متوسط الوقت
report-col-median = الوقت الوسيط
report-col-difficult = صعب
report-across-heading = في كل ألعاب هذه المسابقة
report-across-intro = الأسئلة الأكثر إخفاقًا، الأقل دقة أولًا:
report-teams = الفرق
report-teams-note = نقاط الفريق هي متوسط نقاط لاعبيه.
report-teams-caption = كل فريق حسب ترتيبه
report-col-rank = الترتيب
report-col-team = الفريق
report-col-score = النقاط
report-players-caption = كل لاعب حسب ترتيبه مع إجاباته
report-col-player = اللاعب
report-col-correct = الصحيحة
report-col-streak = أفضل سلسلة
report-unknown = غير معروف
report-ended-in-lobby = انتهت في غرفة الانتظار
report-duration-hours = { $h } س { $m } د
report-duration-minutes = { $m } د { $s } ث
report-duration-seconds = { $s } ث
report-percent = { $pct }٪
report-not-found = لا يوجد تقرير لهذه اللعبة: حُذفت، أو تخص مضيفًا آخر.
report-load-failed = تعذّر تحميل التقرير: { $error }
report-heading = التقرير: { $title }
report-doc-title = { $title } – تقرير – quizbox
report-fact-duration = المدة
report-fact-pin = رمز PIN
report-fact-participation = المشاركة
report-fact-completion = الإكمال
report-participation = أُعطيت { $percent } من الإجابات الممكنة
report-completion = أجاب { $percent } من اللاعبين عن كل سؤال
report-across-games = عدد الألعاب الملعوبة من هذه المسابقة: { $count }.
report-across-item = { $percent } صحيحة ({ $correct } من { $answered } إجابة في { $games } لعبة)
report-answered = أجاب { $count }
report-right-count = صحيحة: { $count }
report-right-answers = الصحيح: { $answers }
report-not-scored = بلا نقاط
report-flag-difficult = ⚠ صعب
report-flag-no = لا
report-result-right = ✓ صحيحة
report-result-wrong = ✗ خاطئة
report-no-answer = لا إجابة
report-answers-of = إجابات { $name }
report-answers-question = السؤال
report-answers-answer = الإجابة
report-answers-result = النتيجة
report-answers-points = النقاط
report-answers-time = الوقت
report-correct-of = { $correct } من { $answered }
report-download-failed = تعذّر تنزيل التقرير: { $error }
report-downloaded = نُزّل { $name } ({ $size } بايت).
report-chart-none = السؤال { $number }: لا إجابات.
report-chart-summary = إجابات السؤال { $number }: { $parts }.
report-chart-part = { $answer }: { $count }
report-chart-part-right = { $answer }: { $count } (إجابة صحيحة)
report-chart-count-right = { $count } (صحيحة)
report-chart-more = و{ $count } إجابات أخرى، اختيرت { $times } مرة
report-chart-no-answers = لا إجابات

studio-page-title = مكتبة المسابقات – quizbox
studio-login-legend = سجّل الدخول لكتابة المسابقات
studio-new-quiz = مسابقة جديدة
studio-search = بحث
studio-search-placeholder = العنوان أو الوصف أو المعرّف
studio-sort = الترتيب حسب
studio-sort-title = العنوان
studio-sort-updated = آخر تعديل
studio-sort-played = آخر لعب
studio-import = استيراد
studio-import-text = أفلت ملفات المسابقات هنا (TOML وJSON وCSV وجداول Kahoot! وGIFT وAiken وMoodle XML وOpen Trivia DB وRahoot، أو حزمة: المسابقة ووسائطها في ملف ‎.zip)، أو اخترها.
studio-import-choose = اختيار ملفات للاستيراد…
studio-import-files = ملفات المسابقات المراد استيرادها
studio-quizzes = المسابقات
studio-confirm-text = يمكنك التراجع عن ذلك لبضع ثوانٍ.
studio-undo = تراجع
studio-format-xlsx = جدول بيانات Kahoot!
studio-format-bundle = حزمة: المسابقة والوسائط (zip)
studio-load-failed = تعذّر تحميل المسابقات: { $error }
studio-never = أبدًا
studio-questions = { $count ->
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
   *[other] { $count } سؤال
}
studio-changed = عُدّلت { $when }
studio-last-played = آخر لعب { $when }
studio-owner = المالك { $name }
studio-sample = نموذج
studio-export-format = صيغة تصدير { $name }
studio-export = تصدير
studio-export-label = تصدير { $name }
studio-host = إدارة
studio-host-label = إدارة { $name }
studio-edit = تحرير
studio-edit-label = تحرير { $name }
studio-duplicate = نسخ
studio-duplicate-label = نسخ { $name }
studio-delete-label = حذف { $name }
studio-none = لا توجد مسابقات بعد: اكتب واحدة عبر «مسابقة جديدة»، أو استورد ملفًا.
studio-count = { $count ->
    [one] مسابقة واحدة
    [two] مسابقتان
    [few] { $count } مسابقات
   *[other] { $count } مسابقة
}
studio-count-match = تطابق { $shown } من { $count }
studio-host-failed = تعذّر بدء اللعبة: { $error }
studio-duplicate-failed = تعذّر نسخ «{ $title }»: { $error }
studio-duplicated = نُسخت «{ $title }».
studio-duplicated-as = نُسخت «{ $title }» باسم «{ $copy }».
studio-export-failed = تعذّر تصدير «{ $title }»: { $error }
studio-exported = صُدّرت «{ $title }».
studio-exported-lossy = صُدّرت «{ $title }»؛ أُغفل { $count } من العناصر التي لا تتسع لها هذه الصيغة (يسردها quizbox export).
studio-confirm-title = حذف «{ $title }»؟
studio-delete-failed = تعذّر حذف «{ $title }»: { $error }
studio-deleted = حُذفت «{ $title }».
studio-undo-label = التراجع عن حذف { $title }
studio-deleted-undo = حُذفت «{ $title }». يمكنك التراجع خلال { $secs } ثوانٍ.
studio-undo-failed = تعذّرت استعادة «{ $title }»: { $error }
studio-back = عادت «{ $title }».
studio-import-line = السطر { $where }:
studio-import-refused = { $name }: لم يُستورد.
studio-import-quiz = «{ $title }» ({ $count } سؤال، { $status })
studio-import-created = أُنشئت
studio-import-updated = حُدّثت
studio-import-checked = فُحصت
studio-imported = { $name }: استُورد { $titles }
studio-import-nothing = { $name }: لم يُستورد، ولم يُكتب شيء.
studio-import-error = خطأ: { $text }
studio-import-warning = تحذير: { $text }
studio-importing = جارٍ استيراد { $count } ملف…
studio-import-server-refused = رفضه الخادم
studio-imported-count = استُورد { $imported } من { $count } ملف.

studio-edit-page-title = تحرير المسابقة – quizbox
studio-save = حفظ
studio-conflict-text = { $saved } كل ما كتبته ما زال هنا. احتفظ بنسختهم أو بنسختك:
studio-conflict = حفظ شخص آخر هذه المسابقة بعد أن فتحتها.
studio-reload-theirs = تحميل نسختهم (تجاهل تغييراتي)
studio-overwrite = الكتابة فوقها بنسختي
studio-problems = لا يمكن حفظ هذه المسابقة بعد
studio-description = الوصف
studio-reorder-help = اسحب سؤالًا لنقله، أو ركّز عليه واضغط Alt+↑ أو Alt+↓.
studio-new-kind = نوع السؤال الجديد
studio-add-question = إضافة سؤال
studio-preview = معاينة
studio-preview-as = المعاينة على
studio-preview-phone = الهاتف
studio-preview-screen = الشاشة الكبيرة
studio-open-failed = تعذّر فتح المسابقة: { $error }
studio-edit-quiz = تحرير المسابقة
studio-edit-heading = تحرير «{ $title }»
studio-edit-doc-title = { $title } – quizbox
studio-id = المعرّف: { $id }
studio-id-note = يُشتق المعرّف من العنوان عند أول حفظ للمسابقة.
studio-no-questions = لا أسئلة
studio-add-first = أضف سؤالًا للبدء.
studio-problem-at = السؤال { $number }
studio-problem-at-field = السؤال { $number } ({ $field })
studio-unsaved = تغييرات غير محفوظة.
studio-moved = نُقل إلى الموضع { $position } من { $total }.
studio-question-duplicated = نُسخ السؤال { $number } بوصفه السؤال { $copy }.
studio-question-removed = أُزيل السؤال { $number } ({ $summary }).
studio-saving = جارٍ الحفظ…
studio-not-saved-failure = لم يُحفظ. { $error }
studio-not-saved-conflict = لم يُحفظ: حفظ شخص آخر هذه المسابقة بعد أن فتحتها. تغييراتك محفوظة هنا.
studio-not-saved-problems = { $count ->
    [one] لم يُحفظ: شيء واحد يحتاج إلى إصلاح.
   *[other] لم يُحفظ: أشياء تحتاج إلى إصلاح: { $count }.
}
studio-server-answered = أجاب الخادم بـ { $status }
studio-not-saved = لم يُحفظ: { $error }
studio-saved-at = حُفظ في { $time }.
studio-theirs-loaded = حُمّلت نسختهم؛ وتُجوهلت تغييراتك.
studio-starting = جارٍ بدء لعبة…
studio-no-text = (لا نص بعد)
studio-pick-label = السؤال { $number }، { $kind }: { $summary }
studio-pick-problems = { $label } (للإصلاح: { $count })
studio-check-empty = يجب ألّا يكون فارغًا.
studio-check-too-long = أطول من { $max } حرفًا ({ $count }).
studio-check-no-questions = يحتاج الاختبار إلى سؤال واحد على الأقل.
studio-check-too-many-questions = يضم الاختبار { $max } سؤالًا على الأكثر ({ $count }).
studio-check-whole-seconds = يجب أن يكون عددًا صحيحًا من الثواني.
studio-check-time-limit = يجب أن يكون من { $min } إلى { $max } ثانية.
studio-check-whole-points = يجب أن يكون عددًا صحيحًا من النقاط.
studio-check-correct-one = حدّد إحدى الإجابات على أنها صحيحة.
studio-check-correct-none = حدّد إجابة واحدة على الأقل على أنها صحيحة.
studio-check-accepted-none = يلزم وجود إجابة مقبولة واحدة على الأقل.
studio-check-accepted-many = { $max } إجابة مقبولة على الأكثر ({ $count }).
studio-check-whole-characters = يجب أن يكون عددًا صحيحًا من الأحرف.
studio-check-word-cloud = يجب أن يكون من 1 إلى { $max } حرفًا.
studio-check-number = يجب أن يكون رقمًا.
studio-check-slider-max = يجب أن يكون أكبر من أدنى قيمة ({ $min }).
studio-check-slider-step = يجب أن يكون أكبر من 0.
studio-check-slider-positions = ينتج أكثر من 10,000 موضع؛ استخدم خطوة أكبر.
studio-check-slider-correct = يجب أن يكون بين { $min } و{ $max }.
studio-check-slider-tolerance = يجب ألّا يكون سالبًا.
studio-check-answer-count = يلزم من { $min } إلى { $max } إجابات ({ $count }).
studio-check-item-count = يلزم من { $min } إلى { $max } عناصر ({ $count }).
studio-check-twice = مطابق للرقم { $number }.
studio-check-count = { $count ->
    [one] مشكلة واحدة تحتاج إلى إصلاح.
   *[other] مشكلات تحتاج إلى إصلاح: { $count }.
}
studio-move-up = نقل السؤال { $number } لأعلى
studio-move-down = نقل السؤال { $number } لأسفل
studio-slide-n = الشريحة { $number }
studio-question-n = السؤال { $number }
studio-duplicate-question = نسخ السؤال { $number }
studio-remove = إزالة
studio-remove-question = إزالة السؤال { $number }
studio-kind = النوع
studio-time-limit = المهلة (بالثواني)
studio-time-limit-note = من 5 إلى 240 ثانية.
studio-points-note = 1000 هي المعتاد، و2000 ضعفها، و0 تجعل السؤال بلا نقاط.
studio-explanation = الشرح (يظهر مع الإجابة)
studio-true = صح
studio-false = خطأ
studio-correct-answer = الإجابة الصحيحة
studio-max-length = أطول إدخال (بالأحرف)
studio-max-length-note = من 1 إلى 100.
studio-slide-body = النص تحت العنوان
studio-answer-n = الإجابة { $number }
studio-answer-correct = الإجابة { $number } صحيحة
studio-remove-answer = إزالة الإجابة { $number }
studio-add-answer = إضافة إجابة
studio-answers = الإجابات
studio-answers-single = الإجابات (اختر الصحيحة)
studio-answers-multi = الإجابات (حدّد كل الصحيحة)
studio-accepted-n = الإجابة المقبولة { $number }
studio-remove-accepted = إزالة الإجابة المقبولة { $number }
studio-add-accepted = إضافة إجابة مقبولة
studio-accepted = الإجابات المقبولة (لا يهم حجم الأحرف ولا التشكيل ولا المسافات)
studio-typos = قبول الأخطاء الإملائية الصغيرة
studio-slider-min = أدنى قيمة
studio-slider-max = أعلى قيمة
studio-slider-step = الخطوة
studio-slider-correct = القيمة الصحيحة
studio-slider-tolerance = هامش التسامح (±)
studio-slider-tolerance-note = الإجابات القريبة إلى هذا الحد تُعد صحيحة.
studio-slider-unit = الوحدة (اختيارية)
studio-item-n = العنصر { $number }
studio-item-up = نقل العنصر { $number } لأعلى
studio-item-down = نقل العنصر { $number } لأسفل
studio-remove-item = إزالة العنصر { $number }
studio-add-item = إضافة عنصر
studio-items = العناصر بالترتيب الصحيح (يراها اللاعبون مخلوطة)
studio-media-file = ملف وسائط للرفع
studio-upload = رفع صورة أو صوت أو فيديو…
studio-uploading = جارٍ رفع { $name }…
studio-uploaded = رُفع { $name }.
studio-upload-failed = تعذّر رفع { $name }.
studio-remove-media = إزالة الوسائط
studio-media = الوسائط
studio-media-address = عنوان الصورة أو الصوت أو الفيديو
studio-media-note = ارفع ملفًا، أو أدخل عنوانًا يبدأ بـ /media/.
studio-preview-question = سؤالك
studio-preview-slide = الشريحة { $index } من { $total }
host-nav-label = الصفحات
host-nav-library = مكتبة المسابقات
host-nav-reports = التقارير
host-heading = استضافة لعبة
host-login-legend = سجّل الدخول للاستضافة
host-choose-quiz = اختر مسابقة
host-filter = تصفية المسابقات
host-filter-placeholder = اكتب للتصفية حسب العنوان أو الوصف
host-loading = جارٍ تحميل المسابقات…
host-quiz-list-label = المسابقات
host-load-failed = تعذّر تحميل المسابقات: { $error }
host-no-quizzes = لا توجد مسابقات بعد. اكتب مسابقة أو استوردها في مكتبة المسابقات (/studio)، أو بالأمر: quizbox import FILE
host-question-count = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
host-quiz-count = { $count ->
    [zero] لا مسابقات
    [one] مسابقة واحدة
    [two] مسابقتان
    [few] { $count } مسابقات
    [many] { $count } مسابقة
   *[other] { $count } مسابقة
}
host-quizzes-match = { $total ->
   *[other] { $shown } من { $total } مسابقة مطابقة
}
host-options = خيارات اللعبة
host-options-note = اختياري: الإعدادات الافتراضية تناسب معظم الألعاب.
host-intro-secs = الثواني قبل فتح الإجابات
host-streak-bonus = مكافأة السلسلة
host-shuffle-questions = خلط الأسئلة
host-shuffle-answers = خلط الإجابات
host-on-screen-only = الأسئلة على الشاشة الكبيرة فقط
host-on-screen-note = تعرض الهواتف حينها أشكالًا ملونة بدل السؤال والإجابات.
host-generated-nicknames = ألقاب مولّدة
host-nicknames-note = يحصل كل لاعب على اسم مثل «قُضاعة شجاعة» بدل الاسم الذي يكتبه.
host-late-join = الانضمام المتأخر
host-late-join-note = يمكن للاعبين الانضمام بعد البدء؛ يلعبون من السؤال التالي بصفر نقاط.
host-auto-advance = التقدّم التلقائي بعد (ثوانٍ، 0: متوقف)
host-auto-advance-note = تُعرض الإجابات ولوحة الترتيب طوال هذه المدة، ثم تتقدّم اللعبة من تلقاء نفسها.
host-break = استراحة بين الجولات (ثوانٍ، 0: بلا استراحة)
host-break-note = لمسابقة على جولات: ملخص الجولة، ثم استراحة مع عدّ تنازلي قبل الجولة التالية.
host-teams = الفرق
host-team-off = متوقف: كلٌّ يلعب وحده
host-team-auto = بالقرعة، متوازنة
host-team-pick = يختار اللاعبون فريقًا
host-team-device = فريق لكل جهاز مشترك
host-team-note = يحصل الفريق على متوسط نقاط أعضائه؛ وتعرض الشاشة الكبيرة ترتيب الفرق ومنصة التتويج.
host-team-names = أسماء الفرق، اسم في كل سطر (من 2 إلى 20)
host-team-red = الأحمر
host-team-blue = الأزرق
host-screen-language = لغة الشاشة الكبيرة
host-screen-language-own = لغة المتصفح الذي يعرض
host-screen-language-note = أزرار شاشة العرض ورسائلها، أيًّا كان إعداد الحاسوب الذي يعرض. نص المسابقة نفسه لا يُترجم.
host-start-note = اختر مسابقة أعلاه للبدء.
host-start = ابدأ اللعبة
host-start-quiz = ابدأ «{ $title }»
host-start-note-pin = ينضم اللاعبون برمز PIN الذي ستعرضه الشاشة الكبيرة بعد ذلك.
host-starting = جارٍ البدء…
host-choose-first = اختر مسابقة أولًا.
host-invalid-intro = يجب أن تكون الثواني قبل فتح الإجابات عددًا صحيحًا من 0 إلى { $max }.
host-invalid-auto-advance = يجب أن يكون التقدّم التلقائي عددًا صحيحًا من الثواني من 0 (متوقف) إلى { $max }.
host-invalid-break = يجب أن تكون الاستراحة بين الجولات عددًا صحيحًا من الثواني من 0 (بلا استراحة) إلى { $max }.
host-invalid-teams = أدخل من { $min } إلى { $max } أسماء فرق مختلفة، اسمًا في كل سطر، لا يزيد كل منها على { $chars } حرفًا.
host-start-failed = تعذّر بدء اللعبة: { $error }
host-unexpected-reply = أرسل الخادم ردًّا غير متوقع.

## Signing in (signin.js and the sign-in forms of the host's pages)

signin-username = اسم المستخدم
signin-password = كلمة المرور
signin-submit = تسجيل الدخول
signin-sign-out = تسجيل الخروج
signin-signed-in-as = مسجّل الدخول باسم { $name }
signin-session-ended = انتهت جلستك. سجّل الدخول مجددًا.
signin-unreachable = تعذّر الوصول إلى خادم quizbox. هل هو قيد التشغيل؟
signin-server-answered = أجاب الخادم { $status } { $text }

## The account page (/account/invite, /account/reset)

account-page-title = حسابك – quizbox
account-heading = حسابك
account-username = اسم المستخدم (a-z و0-9 و'.' و'_' و'-')
account-password = كلمة مرور جديدة (8 أحرف على الأقل)
account-again = كلمة المرور نفسها مرة أخرى
account-save = حفظ
account-host-link = سجّل الدخول لاستضافة لعبة
account-invite-title = مرحبًا بك في quizbox
account-invite-intro = اختر اسم المستخدم وكلمة المرور اللذين ستسجّل الدخول بهما.
account-invite-legend = حسابك الجديد
account-invite-submit = أنشئ حسابي
account-reset-title = عيّن كلمة مرور جديدة
account-reset-legend = كلمة مرور جديدة
account-reset-submit = عيّن كلمة المرور
account-no-secret = هذا العنوان ينقصه رمزه السري: افتح الرابط من البريد مرة أخرى.
account-passwords-differ = كلمتا المرور مختلفتان.
account-server-said = أجاب الخادم { $status }.
account-invite-done = حسابك { $name } جاهز. سجّل الدخول به الآن.
account-reset-done = تم تعيين كلمة مرور { $name }. سجّل الدخول بها الآن.
account-unreachable = تعذّر الوصول إلى الخادم. حاول مرة أخرى.

## The assignments page (/assignments)

assignments-page-title = الواجبات – quizbox
assignments-nav-host = استضافة لعبة
assignments-heading = الواجبات
assignments-login-legend = سجّل الدخول لنشر الواجبات ومتابعتها
assignments-quiz = المسابقة
assignments-opens = يُفتح
assignments-closes = يُغلق
assignments-identifier = اطلب من اللاعبين (فارغ: لقب)
assignments-identifier-placeholder = الرقم الجامعي
assignments-publish = انشر الواجب
assignments-caption = الواجبات، الأحدث أولًا
assignments-link = الرابط
assignments-state = الحالة
assignments-started = بدأوا
assignments-finished = أنهوا
assignments-actions = إجراءات
assignments-leaderboard = لوحة الترتيب
assignments-rank = المركز
assignments-player = اللاعب
assignments-score = النقاط
assignments-correct = صحيحة
assignments-players = اللاعبون
assignments-progress = التقدّم
assignments-questions = الأسئلة
assignments-question = السؤال
assignments-answered = أجابوا
assignments-state-scheduled = مجدول
assignments-state-open = مفتوح
assignments-state-closed = مغلق
assignments-results = النتائج
assignments-results-of = نتائج { $quiz } ({ $code })
assignments-close = أغلق الآن
assignments-close-of = أغلق { $quiz } ({ $code }) الآن
assignments-count = { $count ->
    [zero] لا واجبات
    [one] واجب واحد
    [two] واجبان
    [few] { $count } واجبات
    [many] { $count } واجبًا
   *[other] { $count } واجب
}
assignments-none = لا توجد واجبات بعد: انشر واجبًا أعلاه.
assignments-published = نُشر: { $link }
assignments-closed = أُغلق { $quiz }.
assignments-player-finished = أنهى
assignments-player-at = السؤال { $n } من { $count }
assignments-summary = { $players ->
   *[other] { $state } · بدأ { $players } لاعب، وأنهى { $finished } · يُغلق { $closes }
}
assignments-question-line = { $n }. { $text }

## The studio's rounds (/studio/edit)

studio-round-name = تبدأ جولة باسم
studio-round-note = اتركه فارغًا ما لم تبدأ جولة جديدة بهذا السؤال.
studio-round-starts = الجولة: { $name }
studio-pick-round = { $label }، تبدأ الجولة { $name }
studio-round-passed = تبدأ الجولة { $name } الآن عند السؤال { $number }.
