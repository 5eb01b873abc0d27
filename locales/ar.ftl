# quizbox: رسائل صفحة اللاعب، بالعربية.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

page-title = انضم إلى مسابقة – quizbox
me-score = { $score } نقطة
sound = الصوت
    .title = تنبيهات صوتية على هذا الهاتف
leave = مغادرة
    .title = غادر هذه اللعبة للانضمام إلى لعبة أخرى
language = اللغة
join-title = انضم إلى مسابقة
resume-offer = كنت تلعب في اللعبة { $pin } باسم { $name }.
resume = العودة إلى تلك اللعبة
forget = لست أنا
pin-label = رمز اللعبة (PIN)
nickname-label = الاسم المستعار
join = انضمام
joining = جارٍ الانضمام…
error-pin = أدخل رمز اللعبة المكوّن من 6 أرقام الظاهر على الشاشة.
error-nickname = أدخل اسمًا مستعارًا.
error-nickname-long = يمكن أن يتكون الاسم المستعار من { $max } حرفًا على الأكثر.
error-no-answer = لم يستجب خادم اللعبة. تحقق من اتصالك وحاول مرة أخرى.
error-unreachable = تعذّر الوصول إلى خادم اللعبة. تحقق من اتصالك وحاول مرة أخرى.
rejoining = جارٍ العودة إلى لعبتك…
rejoining-as = اللعبة { $pin } باسم { $name }
rejoining-game = اللعبة { $pin }
reconnecting = جارٍ إعادة الاتصال…
reconnecting-kept = جارٍ إعادة الاتصال… مركزك ونقاطك محفوظة.
saving-again = عاد الحفظ يعمل.
not-saved-yet = لم تُحفظ بعد – ستُرسل مرة أخرى حين يتمكن الخادم من الحفظ.
lobby-title = أنت في اللعبة! في انتظار المضيف…
you-are = أنت { $name }
nick-note = أعطتك اللعبة هذا الاسم المستعار: وهو ما تعرضه الشاشة الكبيرة.
lobby-see-name = هل ترى اسمك المستعار على الشاشة الكبيرة؟
waiting-title = أنت في اللعبة! ستلعب بدءًا من السؤال التالي.
waiting-text = الآخرون عند السؤال { $index } من { $total }. سؤالك الأول هو السؤال { $first }، وتبدأ بصفر نقاط.
question-of = السؤال { $index } من { $total }
slide-of = { $index } من { $total }
look-at-screen = انظر إلى الشاشة الكبيرة
get-ready = استعد…
time-left = الوقت المتبقي
seconds-left = { $secs ->
    [one] بقيت ثانية واحدة ({ $secs })
    [two] بقيت ثانيتان ({ $secs })
    [few] بقيت { $secs } ثوانٍ
   *[other] بقيت { $secs } ثانية
}
paused = متوقفة مؤقتًا
times-up = انتهى الوقت!
answers =
    .aria-label = الإجابات
answer-locked = تم تثبيت الإجابة ✓ في انتظار الآخرين…
answer-sending = جارٍ إرسال إجابتك…
slide-note = لا حاجة إلى إجابة: سيتابع المضيف.
hint-multi = حدّد كل الإجابات الصحيحة، ثم إرسال.
hint-type-answer = اكتب إجابتك.
hint-slider = حرّك المؤشر إلى إجابتك، ثم إرسال.
hint-ordering = رتّبها بالترتيب الصحيح، ثم إرسال.
hint-poll = صوّت: لا توجد إجابة خاطئة.
hint-word-cloud = أرسل كلمة أو كلمتين: ستظهر على الشاشة الكبيرة.
submit = إرسال
submit-order = إرسال الترتيب
text-limit = { $max } حرفًا على الأكثر.
your-word = كلمتك
your-answer = إجابتك
type-first = اكتب شيئًا أولًا.
your-order = ترتيبك
move-up = نقل { $name } إلى الأعلى
move-down = نقل { $name } إلى الأسفل
checking-answer = جارٍ التحقق من إجابتك…
your-score = نقاطك: { $score }
result-thanks = شكرًا على إجابتك
result-no-answer = لا إجابة هذه المرة
result-correct = صحيح ✓
result-partial = صحيح جزئيًا ◐
result-incorrect = خطأ ✗
result-incorrect-none = خطأ ✗ – بلا إجابة
result-points = +{ $points } نقطة
result-points-bonus = +{ $points } نقطة (منها +{ $bonus } مكافأة السلسلة)
result-streak = سلسلة الإجابات: { $streak } 🔥
result-score = النقاط: { $score }
result-rank = المركز { $rank } من { $players }
result-behind = متأخر بـ { $points } نقطة عن المركز التالي
result-tied = متعادل مع المركز التالي
result-lead = أنت في الصدارة!
correct-order = الترتيب الصحيح: { $order }
accepted-answers = { $count ->
    [one] الإجابة المقبولة: { $answers }
   *[other] الإجابات المقبولة: { $answers }
}
correct-answers = { $count ->
    [one] الإجابة الصحيحة: { $answers }
   *[other] الإجابات الصحيحة: { $answers }
}
slider-average = المتوسط: { $average }
you-ticked = حدّدت:
your-order-was = ترتيبك:
you-answered = أجبت:
you-voted = صوّت لـ:
leaderboard = لوحة الصدارة
final-results = النتائج النهائية
place = { $rank }
nickname-you = { $name } (أنت)
standing-me = أنت في المركز { $rank } من { $players } بـ { $score } نقطة.
standing-score = نقاطك: { $score }.
final = أنهيت في المركز { $rank } من { $players } بـ { $score } نقطة!
game-over = انتهت اللعبة
thanks = شكرًا على اللعب!
join-another = انضم إلى لعبة أخرى
gone-title = انتهت هذه اللعبة
gone-text = اللعبة { $pin } لم تعد جارية.
gone-refused-title = لا يمكنك العودة إلى هذه اللعبة
gone-refused-text = لم تقبلك اللعبة مجددًا. ربما أزالك المضيف.
kicked-title = أُزلت من اللعبة
kicked-text = أزالك المضيف من هذه اللعبة.
back-to-start = العودة إلى البداية
lost-title = تلعب في مكان آخر
lost-text = فتحت هذه اللعبة في علامة تبويب أخرى أو على جهاز آخر.
play-here = العب هنا بدلًا من ذلك

shape-red-triangle = مثلث أحمر
shape-blue-diamond = معيّن أزرق
shape-yellow-circle = دائرة صفراء
shape-green-square = مربع أخضر
shape-purple-star = نجمة بنفسجية
shape-teal-pentagon = مخمّس فيروزي
shape-orange-hexagon = مسدّس برتقالي
shape-pink-cross = صليب وردي

media-sound = صوت لـ { $about }
media-video = فيديو لـ { $about }
media-picture = صورة لهذا السؤال
media-this-question = هذا السؤال

error-unknown-game = لا توجد لعبة بالرمز { $pin }. تحقق من الرمز على الشاشة.
error-game-started = بدأت اللعبة { $pin } بالفعل.
error-game-full = اللعبة { $pin } ممتلئة.
error-lobby-locked = أغلق المضيف الردهة؛ لا يمكن لأحد الانضمام الآن.
error-too-many-joins = انضم هذا الجهاز إلى اللعبة { $pin } بالعدد المسموح به من المرات.
error-nickname-taken = الاسم المستعار { $name } مستخدم في هذه اللعبة. اختر اسمًا آخر.
error-rate-limited = محاولات كثيرة جدًا. انتظر قليلًا وحاول مرة أخرى.
error-bad-message = لم يفهم الخادم هذا الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
error-version = هذه الصفحة أقدم من الخادم. أعد تحميل الصفحة.
error-forbidden = هذا المفتاح أو الرابط غير صالح لهذه اللعبة.
error-nickname-invalid = لا يمكن استخدام هذا الاسم المستعار. اختر اسمًا آخر.
error-not-host = المضيف وحده يستطيع فعل ذلك.
error-wrong-phase = هذا غير ممكن في هذه المرحلة من اللعبة.
error-wrong-question = هذا السؤال ليس السؤال المفتوح الآن.
error-too-late = أُغلقت الإجابات على هذا السؤال.
error-already-answered = لقد أجبت عن هذا السؤال من قبل.
error-invalid-answer = لا يمكن قبول هذه الإجابة. تحقق منها وحاول مرة أخرى.
error-no-such-player = لا يوجد لاعب كهذا في هذه اللعبة.
error-too-big = كان ذلك أكبر من أن يُرسل دفعة واحدة.
error-storage-unavailable = لا يستطيع الخادم الحفظ الآن. حاول مرة أخرى بعد قليل.
error-no-such-team = لا يوجد فريق كهذا في هذه اللعبة.
too-late = فات الأوان – انتهى الوقت!

## Rounds
# machine-drafted
break-title = استراحة
break-next = التالي: الجولة { $number } من { $rounds } · { $name }
break-text = ستبدأ الجولة التالية قريبًا.
round-title = الجولة { $number } من { $rounds } · { $name }
round-end = نهاية الجولة { $number } من { $rounds }
round-points = { $points } في هذه الجولة
round-total = { $score } إجمالًا
round-board =
    .aria-label = نقاط هذه الجولة
break-paused = متوقف مؤقتًا
break-auto = ستبدأ الجولة التالية تلقائيًا.
break-starting = جارٍ البدء…
next-break = التالي: استراحة
next-round = ابدأ الجولة التالية

## الفرق (صفحة اللاعب)
team-line = فريقك: { $team }
team-none = لا فريق بعد
team-playing = يلعب: { $names }
team-pick =
    .aria-label = اختر فريقك
team-members-label = من يلعب على هذا الجهاز؟ الأسماء مفصولة بفواصل
team-members-save = احفظ الأسماء
team-place = فريقك: { $team } — المركز { $rank } من { $teams }، { $score } نقطة
team-final = أنهى فريقك { $team } في المركز { $rank } من { $teams } بـ { $score } نقطة!

## الشاشة الكبيرة
screen-title = quizbox – الشاشة
screen-pin = الرمز { $pin }
joining-open = الانضمام مفتوح
joining-closed = الانضمام مغلق
sound-enable = انقر لتشغيل الصوت
mute = كتم الصوت
unmute = إلغاء الكتم
volume = مستوى الصوت
read-aloud = القراءة بصوت عالٍ
    .title = قراءة كل سؤال بصوت عالٍ بصوت هذا الحاسوب
connecting = جارٍ الاتصال…
screen-bad-key = لم يُقبل مفتاح المضيف.
screen-no-game = لا توجد لعبة بالرمز { $pin }.
screen-no-pin = لا يحتوي هذا العنوان على رمز لعبة. افتح رابط الشاشة الذي أعطتك إياه صفحة المضيف.
screen-reconnecting-kept = جارٍ إعادة الاتصال… اللعبة محفوظة على الخادم.
storage-paused = متوقفة مؤقتًا: { $problem }
storage-ok = عاد الحفظ إلى العمل؛ اللعبة مستمرة.
not-connected = غير متصل – حاول مرة أخرى بعد لحظة.
failed-title = تعذّر عرض هذه اللعبة
screen-join-title = انضم إلى اللعبة
join-how = اذهب إلى { $url }
qr-code =
    .alt = رمز QR للانضمام
players-noun = { $count ->
    [one] لاعب
    [two] لاعبان
    [few] لاعبين
   *[other] لاعبًا
}
waiting-players = في انتظار انضمام اللاعبين…
players = اللاعبون
    .aria-label = اللاعبون
lobby-controls =
    .aria-label = أدوات غرفة الانتظار
lock-lobby = أقفل غرفة الانتظار
unlock-lobby = افتح غرفة الانتظار
kick-recent-label = أزل كل من انضم خلال آخر
seconds-unit = ث
remove = إزالة
kick-pattern-label = أزل الأسماء التي تحتوي على
kick-recent-range = أدخل عدد ثوانٍ من 1 إلى { $max }.
kick-pattern-empty = اكتب جزءًا من الأسماء المراد إزالتها.
kick = طرد
kick-name = طرد { $name }
advance-next = التالي بعد { $secs } ث
advance-paused = متوقفة مؤقتًا: بقي { $secs } ث
answers-open-in = تُفتح الإجابات بعد
answered-of = أجاب { $answered } من { $players }
players-playing = عدد اللاعبين: { $count }
screen-hint-multi = اختر كل الإجابات الصحيحة.
screen-hint-true-false = صح أم خطأ؟
screen-hint-type-answer = اكتب إجابتك على هاتفك.
screen-hint-slider = اختر رقمًا من { $min } إلى { $max } على هاتفك.
screen-hint-slider-any = اختر رقمًا على هاتفك.
screen-hint-ordering = رتّب هذه بالترتيب الصحيح على هاتفك.
screen-hint-poll = صوّت من هاتفك: لا توجد إجابة خاطئة.
screen-hint-word-cloud = أرسل كلمة أو كلمتين من هاتفك.
media-ref = وسائط: { $media }
answers-chosen =
    .aria-label = الإجابات المختارة
correct-tag = ✓ صحيحة
sr-incorrect = (خاطئة)
sr-accepted = (مقبولة)
players-chose = { $count ->
    [one] لاعب اختارها
   *[other] لاعبين اختاروها
}
sr-times = ({ $count } مرة)
hide = إخفاء
hide-name = إخفاء { $name }
no-answers = لا إجابات.
answers-given = الإجابات المقدَّمة
no-words = لا كلمات بعد.
word-cloud = سحابة الكلمات
in-right-place = { $count } في المكان الصحيح
correct-order-label = الترتيب الصحيح
correct-answer-is = الإجابة الصحيحة: { $answer }
correct-answer-within = الإجابة الصحيحة: { $answer } (± { $tolerance })
most-given = الأكثر تكرارًا
players-answered = عدد من أجابوا: { $count }
after-question = بعد السؤال { $index } من { $total }
rank-same = بلا تغيير
rank-up = صعد { $count } مركز
rank-down = نزل { $count } مركز
no-players-yet = لا لاعبين بعد.
teams = الفرق
team-leaderboard =
    .aria-label = ترتيب الفرق
players-count = عدد اللاعبين: { $count }
points = { $score } نقطة
podium = منصة التتويج
team-podium = منصة تتويج الفرق
top-three = الثلاثة الأوائل
top-three-teams = الفرق الثلاثة الأولى
top-players = أفضل اللاعبين
fourth-fifth =
    .aria-label = المركزان الرابع والخامس
nobody-played = لم يلعب أحد هذه المرة.
screen-game-over = انتهت اللعبة.
host-again = استضف لعبة أخرى
host-controls =
    .aria-label = أدوات المضيف
start = ابدأ
show-answers = اعرض الإجابات
close-answers = أغلق الإجابات
skip = تخطَّ
pause = إيقاف مؤقت
continue = متابعة
extend = +10 ث
    .title = امنح اللاعبين 10 ثوانٍ إضافية
lock-joining = أقفل الانضمام
unlock-joining = افتح الانضمام
next-question = السؤال التالي
next-podium = التالي: منصة التتويج
next-leaderboard = التالي: لوحة الصدارة
finish = إنهاء
hint-next = المسافة أو Enter: التالي
hint-finish = إنهاء: يغلق اللعبة على كل الشاشات والهواتف. النتائج محفوظة بالفعل.
end-game-ask = إنهاء اللعبة…
end-title = هل تريد إنهاء اللعبة الآن؟
end-text-lobby = لم يلعب أحد بعد. ستُغلق اللعبة دون أن تبدأ، ولن يستطيع أحد الانضمام بعد الآن.
end-text-playing = تُحتسب الإجابات المقدَّمة حتى الآن وتُعرض منصة التتويج الآن. لن تُلعب الأسئلة المتبقية.
cancel = إلغاء
end-game = إنهاء اللعبة
