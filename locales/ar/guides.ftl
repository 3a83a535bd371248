# Refugee guides: times and bookings. Swedish is the source.
# Numbers inside right-to-left text sit between U+2066 and U+2069, so they keep their order.

error-guide-slot-length = يجب أن تتراوح مدة اللقاء بين ⁦15⁩ و⁦180⁩ دقيقة.
error-guide-time-past = لقد مضى هذا الوقت. اختر وقتاً لاحقاً.
error-guide-time-too-far = هذا الوقت بعيد جداً: ⁦26⁩ أسبوعاً من اليوم على الأكثر.
error-guide-slot-overlap = هذا الوقت يتداخل مع وقت آخر من أوقاتك.
error-guide-slot-no-such-time = هذا الوقت غير موجود في ذلك اليوم: تُقدَّم الساعة من ⁦02:00⁩ إلى ⁦03:00⁩ عند بدء التوقيت الصيفي.
error-guide-slot-empty = يوم الأسبوع هذا لا يقع بين اليوم الأول واليوم الأخير.
error-guide-per-week = اختر بين ⁦1⁩ و⁦20⁩ لقاءً في الأسبوع.
error-guide-topic-not-offered = لا يساعد المرشد في هذا الموضوع في ذلك الوقت. اختر موضوعاً آخر.
error-guide-time-taken = هذا الوقت لم يعد متاحاً. اختر وقتاً آخر.
error-guide-no-such-occurrence = ليس لدى المرشد هذا الوقت. اختر وقتاً من القائمة.
error-guide-booking-orphaned = هذا التغيير سيحذف لقاءات محجوزة بالفعل. ألغِها أولاً.
error-guide-open-bookings = لديك بالفعل أكبر عدد من الحجوزات القادمة المسموح به للشخص الواحد. ألغِ حجزاً أولاً.
error-guide-not-cancellable = لم يعد بالإمكان إلغاء الحجز: إنه ملغى بالفعل أو بدأ اللقاء.
error-guide-booking-state = لقد تغيّر الحجز بالفعل. أعد تحميل الصفحة.
error-guide-application-pending = يوجد بالفعل طلب من هذا العنوان بانتظار الرد.
error-guide-application-decided = تم اتخاذ قرار بشأن هذا الطلب بالفعل. أعد تحميل الصفحة.
error-guide-day = اكتب اليوم بالشكل YYYY-MM-DD، مثلاً 2026-03-02.
error-guide-not-monday = يبدأ الأسبوع يوم الإثنين: اختر يوم إثنين.
error-guide-range-too-long = الفترة طويلة جداً. اختر فترة أقصر.
error-guide-already-deactivated = تم إيقاف هذا المرشد بالفعل.

## الأسماء (model::guides): المواضيع وطرق اللقاء وحالات الحجز وأسباب الإلغاء.

guide-topic-practise-swedish = التدرّب على السويدية
guide-topic-letters-and-forms = الرسائل والاستمارات
guide-topic-show-the-town = التعرّف على المدينة
guide-topic-job-seeking = البحث عن عمل
guide-topic-leisure = وقت الفراغ والجمعيات
guide-topic-digital-help = الكمبيوتر والهاتف والخدمات الإلكترونية
guide-meeting-library = في المكتبة
guide-meeting-cafe = في مقهى
guide-meeting-phone = عبر الهاتف
guide-meeting-video = بمكالمة فيديو
guide-booking-state-waiting = بانتظار ردّ المرشد
guide-booking-state-confirmed = مؤكَّد
guide-booking-state-cancelled-by-guide = ألغاه المرشد
guide-booking-state-cancelled-by-newcomer = ألغيتَه أنت
guide-booking-state-past = انتهى
guide-cancel-reason-guide-ill = المرشد مريض.
guide-cancel-reason-guide-unavailable = لا يستطيع المرشد الحضور في ذلك الوقت.
guide-cancel-reason-place-closed = مكان اللقاء مغلق في ذلك اليوم.
guide-cancel-reason-duplicate = حُجز الوقت نفسه مرتين.
guide-cancel-reason-other = ألغى المرشد الموعد.

## صفحات القادمين الجدد (activities/src/pages/guide*.rs).

guides-title = مرشدون للاجئين
guides-intro = متطوعون يلتقون بك مجاناً. يمكنكما التدرّب على السويدية أو قراءة الرسائل معاً أو التجوّل في المدينة. اختر مرشداً ووقتاً، واحجز باسمك الأول.
guides-my-bookings = حجوزاتي
guides-filter-language = لغة المرشد
guides-filter-topic = المساعدة في
guides-filter-topic-any = أي موضوع
guides-filter-meeting = طريقة اللقاء
guides-filter-meeting-any = أي طريقة
guides-filter-meeting-in-person = وجهاً لوجه (مكتبة أو مقهى)
guides-filter-meeting-phone = عبر الهاتف
guides-filter-meeting-video = بمكالمة فيديو
guides-count =
    { $count ->
        [zero] لا يوجد مرشدون
        [one] مرشد واحد
        [two] مرشدان
        [few] { $count } مرشدين
        [many] { $count } مرشداً
       *[other] { $count } مرشد
    }
guides-none = لا يوجد الآن مرشد يناسب كل اختياراتك. اختر موضوعاً آخر أو طريقة لقاء أخرى. كثير من المرشدين يتحدثون السويدية أو الإنجليزية أيضاً.
guides-speaks = يتحدث { $languages }
guides-helps-with = يساعد في: { $topics }
guides-next-times = أقرب الأوقات المتاحة:
guides-no-times = لا توجد أوقات متاحة الآن.
guides-when = { $day }، { $time }
guides-demo = مثال: هذا المرشد ليس حقيقياً.
guides-about-heading = عن { $name }
guides-about-other-language = لم يكتب المرشد بلغتك.
guides-languages-heading = اللغات
guides-topics-heading = يساعد في
guides-places-heading = مكان اللقاء
guides-map = اعرض على الخريطة
guides-times-heading = الأوقات المتاحة
guides-times-intro = الأوقات بتوقيت السويد. اضغط على وقت لتختاره.
guides-book-heading = احجز وقتاً مع { $name }
guides-choose-time-first = اختر وقتاً من الأعلى أولاً.
guides-chosen-time = الوقت المختار: { $time }
guides-choose = اختر
guides-field-time = الوقت
guides-field-name = اسمك الأول
guides-field-contact = رقم الهاتف أو البريد الإلكتروني
guides-contact-hint = لا يراه إلا المرشد، ليتواصل معك بشأن الموعد.
guides-field-topic = في أي شيء تريد المساعدة؟
guides-field-note = هل هناك ما يجب أن يعرفه المرشد؟ (اختياري)
guides-note-hint = مثلاً عن أي رسالة يدور الأمر. لا تكتب رقمك الشخصي.
guides-book-submit = احجز الوقت
guides-booking = جارٍ الحجز …
guides-problems = يجب تصحيح ما يلي:
guides-problem = { $field }: { $problem }
guides-error-required = املأ هذا الحقل.
guides-error-no-time = اختر وقتاً.
guides-error-topic = اختر موضوعاً من القائمة.
guides-error-retry = تعذّر إرسال الحجز. حاول مرة أخرى.
guides-book-offline = لا يوجد اتصال بالخادم. لم يُرسَل الحجز. حاول مرة أخرى عندما يتوفر الاتصال.
guides-bookings-title = حجوزاتي مع المرشدين
guides-bookings-intro = هذه هي الحجوزات التي يعرفها هذا الهاتف. تظهر حتى من دون اتصال.
guides-bookings-none = لا توجد حجوزات على هذا الهاتف.
guides-booked-heading = أُرسل حجزك
guides-booked-show-code = احتفظ بالرمز. به تستطيع رؤية الحجز وإلغاءه.
guides-booking-heading = الحجز
guides-with = مع { $name }
guides-code-label = رمز الحجز:
guides-waiting-help = سيؤكد المرشد الموعد في أقرب وقت ممكن. عُد إلى هذه الصفحة لاحقاً.
guides-cancel-note = يكتب المرشد:
guides-updated-at = حُدّث في { $date } الساعة { $time }
guides-add-to-calendar = أضِف إلى التقويم
guides-cancel = إلغاء الحجز
guides-cancel-question = هل تريد إلغاء الموعد مع { $name }؟
guides-cancel-confirm = نعم، ألغِ الحجز
guides-cancel-keep = لا، أبقِ الحجز
guides-cancel-offline = تستطيع الإلغاء عندما يعود الاتصال.
guides-forget = احذفه من هذا الهاتف
guides-lookup-label = هل لديك رمز حجز؟ اكتبه هنا.
guides-lookup = اعرض
guides-lookup-hint = ⁦10⁩ أحرف وأرقام. المسافات والشرطات لا تهم.
guides-lookup-not-found = لا يوجد حجز بهذا الرمز. تحقق من الرمز وحاول مرة أخرى.

# Issue 14: saved articles and next steps
guides-read-letters = اقرأ عن الرسائل من الجهات الحكومية
