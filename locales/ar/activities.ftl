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

activities-intro = رياضة وموسيقى وكشافة وغير ذلك للأطفال والشباب. مع قسيمة الترفيه (fritidscheck) يمكن للبلدية أن تدفع الرسوم.
filter-heading = اختر
filter-category = ماذا
filter-category-any = الكل
filter-weekday = اليوم
filter-weekday-any = كل الأيام
filter-time = الوقت من اليوم
filter-time-any = طوال اليوم
filter-covered = تدفعه قسيمة الترفيه (fritidscheck) بالكامل
filter-trial = حصة تجريبية مجانية
filter-neighbours = أنشطة في البلديات المجاورة أيضًا
filter-speaks = لغة المدرّب
filter-speaks-any = كل اللغات
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

activity-next = المرة القادمة: { $date }، { $time }
activity-weekly = كل أسبوع: { $days }، { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = التواريخ
activity-cost = { $amount } لكل فصل دراسي
activity-free = مجاني
activity-covered = قسيمة الترفيه (fritidscheck) تدفع كل شيء
activity-voucher-accepted = تُقبل قسيمة الترفيه (fritidscheck)
activity-voucher-not-accepted = لا تُقبل قسيمة الترفيه (fritidscheck)
activity-in-municipality = في { $municipality }
activity-neighbour-voucher = تُقبل قسيمة الترفيه من { $municipality }
activity-municipality-label = البلدية
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

## مكتبة المعدات الرياضية للعائلات: القائمة، والغرض، والحجز، و«حجوزاتي»
sportotek-link = استعِر معدات رياضية مجانًا من مكتبة المعدات الرياضية
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
