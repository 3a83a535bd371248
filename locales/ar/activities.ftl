# Clubs and activities: the finder, an activity's page, an association's page, and the
# names both the finder and the staff console use. Swedish is the source.
# Numbers and addresses inside right-to-left text sit between U+2066 and U+2069 (an
# invisible left-to-right isolate), so they keep their order.


category-football = كرة القدم
category-floorball = هوكي الصالات
category-ice-sports = الهوكي والتزلج على الجليد
category-swimming = السباحة
category-gymnastics = الجمباز
category-martial-arts = فنون القتال
category-athletics = ألعاب القوى
category-skiing = التزلج على الثلج
category-riding = ركوب الخيل
category-dance = الرقص
category-music = الموسيقى
category-art = الفن والأشغال اليدوية
category-scouting = الكشافة
category-outdoor = الأنشطة في الطبيعة
category-games = الشطرنج والألعاب
category-homework = المساعدة في الواجبات المدرسية
category-language = اللغات
category-camp = المخيمات
category-school = المدرسة الصيفية
category-other = أخرى

weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

day-part-morning = الصباح (قبل 12)
day-part-afternoon = بعد الظهر (12–17)
day-part-evening = المساء (بعد 17)

gender-all = الجميع
gender-girls = البنات
gender-boys = الأولاد

status-open = مفتوح للمشاركين الجدد
status-paused = متوقف حاليًا
status-full = ممتلئ حاليًا

spoken-sv = السويدية
spoken-en = الإنجليزية
spoken-ar = العربية
spoken-prs = الدارية
spoken-uk = الأوكرانية
spoken-ru = الروسية
spoken-so = الصومالية
spoken-ti = التغرينية
spoken-ku = الكردية
spoken-ps = البشتو

activities-title = ابحث عن نشاط
activities-intro = رياضة وموسيقى وكشافة وغير ذلك للأطفال والشباب. مع قسيمة الترفيه (fritidscheck) يمكن للبلدية أن تدفع الرسوم.
filter-heading = اختر
filter-age = عمر الطفل
filter-age-any = كل الأعمار
filter-category = ماذا
filter-category-any = الكل
filter-weekday = اليوم
filter-weekday-any = كل الأيام
filter-time = الوقت من اليوم
filter-time-any = طوال اليوم
filter-covered = تدفعه قسيمة الترفيه (fritidscheck) بالكامل
filter-trial = حصة تجريبية مجانية
filter-speaks = لغة المدرّب
filter-speaks-any = كل اللغات
filter-clear = مسح
# The filters' button where the page works without JavaScript (the app follows each change).
filter-apply = عرض النتائج
sort-label = الترتيب
sort-next = الأقرب موعدًا أولًا
sort-distance = الأقرب مكانًا أولًا
sort-distance-denied = لم يُشارك هاتفك مكانك. تظهر القائمة وما يبدأ قريبًا في أولها.
activities-count =
    { $count ->
        [zero] لا توجد أنشطة
        [one] نشاط واحد
        [two] نشاطان
        [few] { $count } أنشطة
        [many] { $count } نشاطًا
       *[other] { $count } نشاط
    }
activities-none = لا يوجد شيء يناسب كل اختياراتك. احذف اختيارًا واحدًا وحاول مرة أخرى.
activities-more = اعرض المزيد

activity-ages = { $min }–{ $max } سنة
activity-age-from = من عمر { $min } سنة
activity-next = المرة القادمة: { $date }، { $time }
activity-weekly = كل أسبوع: { $days }، { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = التواريخ
activity-cost = { $amount } لكل فصل دراسي
activity-free = مجاني
activity-covered = قسيمة الترفيه (fritidscheck) تدفع كل شيء
activity-voucher-accepted = تُقبل قسيمة الترفيه (fritidscheck)
activity-voucher-not-accepted = لا تُقبل قسيمة الترفيه (fritidscheck)
activity-trial =
    { $count ->
        [zero] لا توجد حصص تجريبية مجانية
        [one] حصة تجريبية مجانية واحدة
        [two] حصتان تجريبيتان مجانيتان
        [few] { $count } حصص تجريبية مجانية
        [many] { $count } حصةً تجريبية مجانية
       *[other] { $count } حصة تجريبية مجانية
    }
activity-distance = على بعد { $km } كم
activity-by = المنظِّم
activity-by-municipality = تنظّمه البلدية
activity-place = المكان
activity-map = اعرض على الخريطة
activity-leaders-speak = لغات المدرّبين
activity-accessibility = سهولة الوصول
activity-equipment = معدات يمكن استعارتها
activity-contact = التواصل
activity-call = اتصل
activity-email = أرسل بريدًا إلكترونيًا
activity-website = الموقع الإلكتروني
activity-add-to-calendar = أضف إلى التقويم
activity-calendar-hint = يُفتح الملف في تقويم هاتفك.
activity-in-swedish = لم تكتب الجمعية بلغتك بعد. يظهر النص باللغة السويدية.
activity-for = العمر
activity-category-label = النشاط
activity-gender-label = لمن
activity-when-label = متى
activity-season-label = الموسم
activity-next-label = المرة القادمة
activity-next-at = { $date }، { $time }
activity-cost-label = الرسوم
activity-voucher-label = قسيمة الترفيه (fritidscheck)
activity-trial-label = جرّب
association-activities = أنشطة الجمعية
association-calendar = اشترك في تقويم الجمعية
association-voucher = تقبل قسيمة الترفيه (fritidscheck)

error-invalid-filter = أحد الاختيارات غير صالح.
error-no-weekdays = اختر يومًا واحدًا على الأقل من أيام الأسبوع.
error-end-before-start = يجب أن يكون وقت الانتهاء بعد وقت البدء.
error-season-reversed = يجب أن ينتهي الموسم بعد أن يبدأ.
error-season-too-long = لا يمكن أن يزيد الموسم عن 400 يوم.
error-no-sessions = أضف تاريخًا واحدًا على الأقل.
error-too-many-sessions = التواريخ كثيرة جدًا.
error-age-out-of-range = يجب أن يكون العمر بين 0 و 99.
error-age-reversed = يجب ألا يقل أعلى عمر عن أدنى عمر.
error-cost-out-of-range = لا يمكن أن تكون الرسوم سالبة أو مرتفعة بشكل غير معقول.
error-trial-out-of-range = الحصص التجريبية كثيرة جدًا.
error-swedish-required = يجب أن يكون النص موجودًا باللغة السويدية.
error-text-too-long = النص طويل جدًا.
error-text-control = يحتوي النص على رموز غير مسموح بها.
error-position = المكان على الخريطة غير صالح.
error-too-many = الاختيارات كثيرة جدًا.
error-invalid-phone = هذا ليس رقم هاتف.
error-invalid-website = يجب أن يبدأ عنوان الموقع بـ ⁦https://⁩
error-org-number-shape = يجب أن يتكون رقم المنظمة من عشرة أرقام، مثلًا ⁦802400-1375⁩.
error-org-number-check = رقم المنظمة غير صحيح. تحقق من الأرقام.
error-org-number-taken = توجد جمعية بهذا الرقم التنظيمي من قبل.

# The fritidscheck: the guardian's balance page (no name, only the money), the names of
# a voucher's states, and the server's refusals, which the staff console shows too.
voucher-link = اعرف رصيد قسيمة الترفيه (fritidscheck)
voucher-title = رصيد قسيمة الترفيه
voucher-intro = اعرف كم بقي في قسيمة الترفيه (fritidscheck) الخاصة بطفلك وما الذي دُفع بها. اكتب الرمز الموجود على البطاقة أو امسح رمز QR. لا حاجة إلى أي اسم.
voucher-code-label = الرمز الموجود على البطاقة
voucher-code-hint = 14 حرفًا ورقمًا تحت رمز QR. المسافات والشرطات لا تهم.
voucher-check = اعرض الرصيد
voucher-heading = قسيمة الترفيه { $year }
voucher-left = بقي { $balance } من { $amount }
voucher-valid = صالحة من { $from } إلى { $until }
voucher-uses-heading = ما دفعته القسيمة
voucher-no-uses = لم تُستخدم القسيمة بعد.
voucher-use-reversed = استُرجعت الدفعة: عاد المبلغ إلى القسيمة
voucher-saved-at = محفوظ على هذا الهاتف بتاريخ { $date } الساعة { $time }. ربما تغيّر الرصيد منذ ذلك الحين.
voucher-not-found = لا توجد قسيمة ترفيه بهذا الرمز. قارنه بالبطاقة.
voucher-state-valid = صالحة
voucher-state-not-yet-valid = ليست صالحة بعد
voucher-state-expired = انتهت صلاحيتها
voucher-state-revoked = موقوفة
voucher-state-used = استُخدمت بالكامل

error-voucher-code-shape = يتكون الرمز من 14 حرفًا ورقمًا، كما على البطاقة.
error-voucher-code-check = الرمز غير صحيح: أحد الأحرف خاطئ أو تبادل حرفان مكانيهما. قارنه بالبطاقة.

## مكتبة المعدات الرياضية
error-loan-code-shape = يتكون الرمز من 10 أحرف وأرقام، كما في التأكيد.
error-loan-code-check = الرمز غير صحيح: أحد الأحرف خاطئ أو تبادل حرفان مكانيهما. قارنه بالتأكيد.
error-sportotek-day-past = لقد مضى هذا اليوم. اختر يومًا آخر.
error-sportotek-day-too-far = لا يمكن الحجز لهذا الموعد البعيد. اختر يومًا أقرب.
error-sportotek-day-closed = مكتبة المعدات مغلقة في ذلك اليوم. اختر يومًا آخر.
error-sportotek-not-pickup-day = مكتبة المعدات لا تفتح في هذا اليوم من الأسبوع. اختر يومًا تكون فيه مفتوحة.
error-sportotek-no-copy-free = هذا المقاس معار أو محجوز بالفعل في ذلك اليوم. اختر يومًا آخر أو مقاسًا آخر.
error-sportotek-contact = اكتب رقم هاتف أو عنوان بريد إلكتروني.
error-sportotek-unknown-size = هذا المقاس غير موجود. اختر مقاسًا من القائمة.
error-sportotek-unknown-category = هذه الفئة غير موجودة.
error-sportotek-limit = لديك بالفعل أقصى عدد من الأغراض المستعارة أو المحجوزة في وقت واحد.
error-sportotek-not-cancellable = لا يمكن إلغاء الحجز: فقد تم استلامه أو إلغاؤه أو انتهت صلاحيته.
sportotek-calendar-pickup = استلم { $item } من مكتبة المعدات الرياضية
sportotek-calendar-return = أعد { $item } إلى مكتبة المعدات الرياضية
sportotek-calendar-code = رمز الحجز: { $code }

## مكتبة المعدات الرياضية للعائلات: القائمة، والغرض، والحجز، و«حجوزاتي»
sportotek-link = استعِر معدات رياضية مجانًا من مكتبة المعدات الرياضية
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
activity-sportotek-heading = استعِر المعدات من مكتبة المعدات الرياضية
activity-sportotek-intro = مجانًا للأطفال والشباب. احجز هنا واستلمها من مكتبة المعدات.

# The balance's covered activities
voucher-covered-heading = أنشطة تدفع هذه البطاقة رسومها كاملة
voucher-covered-age =
    { $count ->
        [zero] لطفل وُلد هذا العام.
        [one] لطفل يبلغ عمره سنة واحدة هذا العام.
        [two] لطفل يبلغ عمره سنتين هذا العام.
        [few] لطفل يبلغ عمره { $count } سنوات هذا العام.
        [many] لطفل يبلغ عمره { $count } سنةً هذا العام.
       *[other] لطفل يبلغ عمره { $count } سنة هذا العام.
    }
voucher-covered-all = اعرض الكل في صفحة البحث عن الأنشطة
