# Sportoteket: free sports equipment for children, for families (the catalogue, an item, a
# reservation and "My reservations") and the texts the server writes for it. Swedish is
# the source.
# Numbers and addresses inside right-to-left text sit between U+2066 and U+2069 (an
# invisible left-to-right isolate), so they keep their order.

## مكتبة المعدات الرياضية
error-sportotek-day-past = لقد مضى هذا اليوم. اختر يومًا آخر.
error-sportotek-day-too-far = لا يمكن الحجز لهذا الموعد البعيد. اختر يومًا أقرب.
error-sportotek-day-closed = مكتبة المعدات مغلقة في ذلك اليوم. اختر يومًا آخر.
error-sportotek-not-pickup-day = مكتبة المعدات لا تفتح في هذا اليوم من الأسبوع. اختر يومًا تكون فيه مفتوحة.
error-sportotek-no-copy-free = هذا المقاس معار أو محجوز بالفعل في ذلك اليوم. اختر يومًا آخر أو مقاسًا آخر.
error-sportotek-unknown-size = هذا المقاس غير موجود. اختر مقاسًا من القائمة.
error-sportotek-unknown-category = هذه الفئة غير موجودة.
error-sportotek-limit = لديك بالفعل أقصى عدد من الأغراض المستعارة أو المحجوزة في وقت واحد.
error-sportotek-not-cancellable = لا يمكن إلغاء الحجز: فقد تم استلامه أو إلغاؤه أو انتهت صلاحيته.
sportotek-calendar-pickup = استلم { $item } من مكتبة المعدات الرياضية
sportotek-calendar-return = أعد { $item } إلى مكتبة المعدات الرياضية
sportotek-calendar-code = رمز الحجز: { $code }

## مكتبة المعدات الرياضية للعائلات: القائمة، والغرض، والحجز، و«حجوزاتي»
sportotek-title = مكتبة المعدات الرياضية
sportotek-intro = يستعير الأطفال والشباب المعدات الرياضية مجانًا: أحذية التزلج على الجليد والزلاجات والخوذ والدراجات وغيرها. احجز هنا واستلمها من مكتبة المعدات.
sportotek-my-reservations = حجوزاتي
sportotek-categories = ماذا تحتاجون؟
sportotek-category-all = الكل
sportotek-category-skates = أحذية التزلج على الجليد
sportotek-category-skis = الزلاجات والعصي
sportotek-category-ski-boots = أحذية التزلج على الثلج
sportotek-category-helmets = الخوذ
sportotek-category-bikes = الدراجات
sportotek-category-balls = الكرات
sportotek-category-rackets = المضارب
sportotek-category-sticks = عصي الهوكي
sportotek-category-life-jackets = سترات النجاة
sportotek-category-protection = معدات الحماية
sportotek-category-outdoor = الأنشطة في الطبيعة
sportotek-category-other = أخرى
sportotek-filter-size = المقاس
sportotek-filter-size-any = كل المقاسات
sportotek-filter-age = لطفل عمره
sportotek-filter-age-any = كل الأعمار
sportotek-count =
    { $count ->
        [zero] لا توجد أغراض
        [one] غرض واحد
        [two] غرضان
        [few] { $count } أغراض
        [many] { $count } غرضًا
       *[other] { $count } غرض
    }
sportotek-none = لا يوجد ما يطابق كل اختياراتك. أزل أحد الاختيارات وحاول مرة أخرى.
sportotek-more = اعرض المزيد
sportotek-sizes = المقاسات: { $sizes }
sportotek-free-today = يمكن استلامه اليوم
sportotek-free-from = يمكن استلامه ابتداءً من { $day }
sportotek-not-free = كل النسخ معارة أو محجوزة حاليًا
sportotek-pickup-at = يُستلم كل شيء من { $place }.
sportotek-in-swedish = لم تكتب مكتبة المعدات بلغتك بعد. النص معروض باللغة السويدية.
sportotek-sizes-heading = المقاسات ومواعيد الاستلام
sportotek-age-to = حتى سن { $max }
sportotek-copies =
    { $count ->
        [zero] لا توجد نسخ
        [one] نسخة واحدة
        [two] نسختان
        [few] { $count } نسخ
        [many] { $count } نسخة
       *[other] { $count } نسخة
    }
sportotek-next-days = أقرب أيام الاستلام:
sportotek-pickup-day = { $day }، { $hours }
sportotek-keep-days =
    { $count ->
        [zero] إعارة لمدة { $count } يوم
        [one] إعارة ليوم واحد
        [two] إعارة ليومين
        [few] إعارة لمدة { $count } أيام
        [many] إعارة لمدة { $count } يومًا
       *[other] إعارة لمدة { $count } يوم
    }
sportotek-reserve-size = احجز المقاس { $size }
sportotek-place-heading = مكان الاستلام
sportotek-hours-heading = ساعات العمل
sportotek-no-hours = لا توجد ساعات عمل لمكتبة المعدات حاليًا.
sportotek-closed-heading = أيام الإغلاق
sportotek-terms =
    { $count ->
        [zero] تستعير لمدة أقصاها { $count } يوم، مجانًا.
        [one] تستعير ليوم واحد كحد أقصى، مجانًا.
        [two] تستعير ليومين كحد أقصى، مجانًا.
        [few] تستعير لمدة أقصاها { $count } أيام، مجانًا.
        [many] تستعير لمدة أقصاها { $count } يومًا، مجانًا.
       *[other] تستعير لمدة أقصاها { $count } يوم، مجانًا.
    }
sportotek-max-items =
    { $count ->
        [zero] { $count } غرض كحد أقصى في الوقت نفسه لكل عائلة.
        [one] غرض واحد كحد أقصى في الوقت نفسه لكل عائلة.
        [two] غرضان كحد أقصى في الوقت نفسه لكل عائلة.
        [few] { $count } أغراض كحد أقصى في الوقت نفسه لكل عائلة.
        [many] { $count } غرضًا كحد أقصى في الوقت نفسه لكل عائلة.
       *[other] { $count } غرض كحد أقصى في الوقت نفسه لكل عائلة.
    }
sportotek-reserve-title = احجز { $item }
sportotek-reserve-intro = اختر المقاس واليوم. تستلم الغرض من مكتبة المعدات وتُظهر رمز الحجز.
sportotek-field-size = المقاس
sportotek-field-day = يوم الاستلام
sportotek-field-name = اسمك الأول
sportotek-field-contact = رقم الهاتف أو البريد الإلكتروني
sportotek-contact-hint = ليتمكن الموظفون من التواصل معك بشأن الإعارة. لا يراه إلا الموظفون، ويُحذف بعد انتهاء الإعارة ببضعة أسابيع.
sportotek-choose = اختر …
sportotek-choose-size-first = اختر المقاس أولًا
sportotek-size-option-full = { $size } – لا توجد نسخة متاحة
sportotek-reserve-submit = احجز
sportotek-reserving = جارٍ الحجز …
sportotek-problems = تحقق من النموذج:
sportotek-problem = { $field }: { $problem }
sportotek-error-required = يجب ملء هذا الحقل.
sportotek-error-retry = تعذّر إرسال الحجز. اضغط على «احجز» مرة أخرى.
sportotek-reserve-offline = لا يوجد اتصال بالخادم، ولم يتم الحجز بعد. اضغط على «احجز» مرة أخرى عندما يتوفر الاتصال.
sportotek-reservations-title = حجوزاتي
sportotek-reservations-intro = الحجوزات التي أُجريت أو بُحث عنها على هذا الهاتف. تظهر حتى من دون اتصال.
sportotek-reservations-none = لا توجد حجوزات على هذا الهاتف بعد.
sportotek-reserved-heading = تم! لقد حجزت
sportotek-reserved-show-code = أظهر هذا الرمز عند الاستلام. إنه محفوظ على هذا الهاتف.
sportotek-reservation-heading = حجزك
sportotek-code-label = رمز الحجز:
sportotek-state-reserved = محجوز
sportotek-state-lent = مُعار
sportotek-state-returned = أُعيد
sportotek-state-cancelled = أُلغي
sportotek-state-lapsed = لم يُستلم، وانتهى الحجز
sportotek-pickup-on = الاستلام { $day }، { $hours }
sportotek-pickup-on-day = الاستلام { $day }
sportotek-return-by = أعِده في موعد أقصاه { $day }
sportotek-updated-at = حُدّث في { $date } الساعة { $time }
sportotek-cancel = إلغاء الحجز
sportotek-cancel-question = هل تريد إلغاء حجز { $item }؟ عندها يستطيع شخص آخر استعارته.
sportotek-cancel-confirm = نعم، ألغِ الحجز
sportotek-cancel-keep = لا، أبقِ الحجز
sportotek-cancel-offline = تحتاج إلى اتصال بالإنترنت لإلغاء الحجز.
sportotek-forget = احذفه من هذا الهاتف
sportotek-lookup-label = هل لديك رمز حجز؟ اكتبه هنا
sportotek-lookup-hint = 10 أحرف وأرقام. المسافات والشرطات لا تهم.
sportotek-lookup = اعرض الحجز
sportotek-lookup-not-found = لا يوجد حجز بهذا الرمز. قارنه بالتأكيد.
