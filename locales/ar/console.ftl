# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – الموظفون
console-signed-in-as = تم تسجيل الدخول باسم { $email }
console-nav-articles = المقالات
console-nav-people = الأشخاص
console-nav-settings = الإعدادات
console-nav-audit = السجل
console-no-tasks = لا يوجد هنا شيء لدورك بعد.
console-articles-title = المقالات
console-needs-count =
    { $count ->
        [zero] لا توجد مقالات للترجمة
        [one] مقالة واحدة للترجمة
        [two] مقالتان للترجمة
        [few] { $count } مقالات للترجمة
        [many] { $count } مقالةً للترجمة
       *[other] { $count } مقالة للترجمة
    }
console-state-current = محدَّثة
console-state-outdated = غير محدَّثة
console-state-missing = غير موجودة
console-published = منشورة
console-unpublished = غير منشورة
console-publish = انشر
console-unpublish = ألغِ النشر
console-field-title = العنوان
console-field-summary = الملخص
console-field-body = النص (Markdown)
console-body-hint = تصبح أرقام الهواتف روابط للاتصال. العنوان: [Torget 1](map:Torget 1, Granviken).
console-field-reviewed = راجعه مترجم
console-preview = معاينة
console-save = احفظ
console-saved = تم الحفظ.
console-swedish-original = النص السويدي الأصلي
console-back-to-articles = كل المقالات
console-people-title = الأشخاص
console-invite-title = ادعُ شخصًا
console-invite = أنشئ رابط دعوة
console-invite-link = أعطِ هذا الرابط للشخص. يعمل مرة واحدة، خلال سبعة أيام. إذا كان لديه حساب بالفعل، فإنه يقبل الدور بكلمة المرور الخاصة به:
console-roles = الأدوار
console-role-admin = مسؤول النظام
console-role-coordinator = منسّق مرشدي اللاجئين
console-role-association = جمعية
console-role-guide = مرشد لاجئين
console-role-sportotek = Sportotek
console-save-roles = احفظ الأدوار
console-deactivate = ألغِ التفعيل
console-inactive = غير نشط
console-reset-link = رابط لكلمة مرور جديدة
console-reset-link-ready = أعطِ هذا الرابط للشخص. يعمل مرة واحدة، خلال سبعة أيام. وفيه يختار كلمة مرور جديدة:
console-works-elsewhere = يعمل هذا الشخص في مكان آخر أيضًا. لا يستطيع إعطاء كلمة مرور جديدة أو إيقاف الحساب إلا مسؤول في كل بلدية يعمل فيها، أو مسؤول على مستوى المنطقة. يمكنك تغيير أدواره في هذه البلدية.
console-settings-title = الإعدادات
console-field-name = اسم البلدية
console-field-contact-email = التواصل، البريد الإلكتروني
console-field-contact-phone = التواصل، الهاتف
console-field-region = المنطقة
console-audit-title = السجل
console-audit-when = متى
console-audit-who = مَن
console-audit-what = ماذا
console-invitation-title = كلمة مرور حسابك
console-invitation-hint = إذا كنت جديدًا في Välkommen، أو حصلت على هذا الرابط لكلمة مرور جديدة: اختر كلمة مرور من 12 حرفًا على الأقل. جملة تتذكّرها خيار جيد. إذا كان لديك حساب بالفعل ودُعيت إلى دور جديد: اكتب كلمة المرور الخاصة بك، فيحصل الحساب على الدور الجديد. لا تتغيّر كلمة المرور.
console-invitation-continue = متابعة
console-invitation-no-token = ينقص هذا العنوان رمزُ الرابط. افتح الرابط الذي حصلت عليه مرة أخرى، كاملًا.
console-invitation-wrong-password = هذه ليست كلمة مرور حسابك. اكتب كلمة المرور التي تسجّل الدخول بها. إذا نسيتها، اطلب من مسؤول رابطًا لكلمة مرور جديدة.

# Roles offered to an existing account, waiting for its owner's answer
console-offers-title = أدوار تنتظر ردّك
console-offers-hint = لا يصبح الدور لك إلا بعد أن تقبله.
console-offer-role = تعرض عليك { $municipality } دور «{ $role }».
console-offer-association = تعرض عليك { $municipality } دور «{ $role }» باسم { $association }.
console-offer-accept = قبول
console-offer-refuse = رفض
console-offer-accepted = تم: الدور لك الآن.
console-offer-refused = لقد رفضت. لم يتغيّر شيء في حسابك.

console-new-article = مقالة جديدة
console-field-topic = الموضوع
console-field-slug = العنوان في الرابط (a–z و 0–9 و -)
console-create = إنشاء، غير منشورة
console-municipality = البلدية

console-nav-topics = المواضيع
console-topics-title = المواضيع
console-new-topic = موضوع جديد
console-topic-hint = الموضوع الذي ليس له اسم بلغة ما يظهر باسمه السويدي.

error-invitation-invalid = الرابط استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا.
error-password-too-short = يجب أن تتكوّن كلمة المرور من 12 حرفًا على الأقل.
error-password-too-long = كلمة المرور طويلة جدًا.
error-email-taken = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
error-already-member = لهذا الشخص دور في البلدية بالفعل. غيّر أدواره في القائمة بدلًا من ذلك.
error-association-decided = صدر قرار بشأن هذا الطلب بالفعل، ربما من مسؤول آخر قبل لحظات. أعد تحميل الصفحة لترى القرار.
error-too-long = النص طويل جدًا.
error-invalid-characters = يحتوي النص على رموز غير مسموح بها.
error-own-admin-role = لا يمكنك إزالة دور مسؤول النظام الخاص بك.
error-own-account = لا يمكنك إلغاء تفعيل حسابك الخاص.
error-invalid-roles = الأدوار غير صالحة.
error-slug-taken = توجد مقالة بهذا العنوان بالفعل.
error-unknown-topic = الموضوع غير موجود.

# Associations and their activities
console-nav-associations = الجمعيات
console-nav-own-activities = أنشطة البلدية
console-nav-my-association = جمعيتي
console-apply-link = هل جمعيتكم جديدة؟ قدّموا طلب الانضمام
console-apply-title = طلب انضمام لجمعيتكم
console-apply-intro = تراجع البلدية الطلب. بعد الموافقة يحصل الشخص المسؤول عن التواصل على حساب لإضافة أنشطة الجمعية. يظهر اسم الجمعية وعنوانها واسم الشخص المسؤول عن التواصل وبريده الإلكتروني وهاتفه للعائلات في صفحة الجمعية.
console-field-association-name = اسم الجمعية
console-field-org-number = رقم المنظمة
console-org-number-hint = عشرة أرقام، مثلًا ⁦802400-1375⁩.
console-field-contact-name = الشخص المسؤول عن التواصل
console-field-phone = الهاتف
console-field-website = الموقع الإلكتروني
console-website-hint = يبدأ بـ ⁦https://⁩
console-field-address = العنوان
console-field-categories = ماذا تقدّم الجمعية
console-field-description-sv = وصف الجمعية باللغة السويدية
console-apply-send = أرسل الطلب
console-apply-thanks = شكرًا! تم إرسال الطلب. ستراسل البلدية { $email } عندما تنتهي من مراجعته.
console-form-problems = يجب تصحيح شيء ما. انظر الملاحظات بجانب الحقول.
console-associations-title = الجمعيات
console-associations-none = لا توجد جمعيات بعد.
console-association-pending = بانتظار القرار
console-association-approved = مقبولة
console-association-rejected = مرفوضة
console-applied-on = قدّمت الطلب في { $date }
console-approve = اقبل
console-reject = ارفض
console-approved-link = تمت الموافقة على الجمعية. أعطِ هذا الرابط للشخص المسؤول عن التواصل. يعمل مرة واحدة، خلال سبعة أيام. إذا كان لديه حساب بالفعل، فإنه يقبل الدور بكلمة المرور الخاصة به:
console-rejected-done = تم رفض الطلب.
console-my-association-none = حسابك غير مرتبط بأي جمعية بعد.
console-profile-title = معلومات الجمعية
console-field-accepts-voucher = نقبل قسيمة الترفيه
console-field-position = المكان على الخريطة (اختياري)
console-field-lat = خط العرض
console-field-lon = خط الطول
console-position-hint = مثلًا 60.5130 و14.2200.
console-position-hint-activity = مثلًا 60.5130 و14.2200. إذا تُرك فارغًا يُستخدم عنوان الجمعية.
console-field-description = الوصف
console-texts = النصوص بكل لغة
console-required = مطلوب
console-activities-title = الأنشطة
console-activities-none = لا توجد أنشطة بعد.
console-new-activity = نشاط جديد
console-own-activities-title = أنشطة البلدية نفسها
console-activity-new-title = نشاط جديد
console-activity-edit-title = تعديل النشاط
console-back-to-association = العودة إلى الجمعية
console-back-to-own = أنشطة البلدية
console-field-status = هل يمكن لأطفال جدد الانضمام؟
console-pause = إيقاف مؤقت
console-mark-full = تحديد أنه ممتلئ
console-open-again = افتح من جديد
console-field-category = نوع النشاط
console-field-min-age = من عمر
console-field-max-age = حتى عمر
console-field-gender = من يمكنه المشاركة
console-schedule = متى
console-schedule-weekly = كل أسبوع
console-schedule-dates = تواريخ محددة
console-field-weekdays = أيام الأسبوع
console-field-start = يبدأ
console-field-end = ينتهي
console-field-season-start = بداية الموسم
console-field-season-end = نهاية الموسم
console-field-date = التاريخ
console-add-date = أضف تاريخًا
console-remove-date = احذف
console-field-place = المكان
console-field-cost = الرسوم لكل فصل، بالكرونة
console-cost-hint = فارغ أو 0 يعني مجاني. مثلًا 350 أو 350,50.
console-field-voucher = تُقبل قسيمة الترفيه
console-field-trial = عدد التدريبات التجريبية المجانية
console-field-leader-languages = اللغات التي يتحدثها المدربون
console-field-accessibility = إمكانية الوصول
console-field-equipment = معدات يمكن استعارتها من Sportotek
console-preview-heading = كيف تراه العائلات
console-preview-language = اللغة
console-error-whole-number = اكتب عددًا صحيحًا.
console-error-time = اختر وقتًا.
console-error-date = اختر تاريخًا.

# The fritidscheck: terms, issuing, cards, redeeming and settling
console-nav-vouchers = قسائم الترفيه
console-nav-settlements = التسويات
console-nav-voucher-stats = إحصاءات قسائم الترفيه
console-vouchers-title = قسائم الترفيه
console-voucher-year = السنة
console-terms-title = شروط سنة { $year }
console-terms-amount = المبلغ لكل طفل، بالكرونة
console-terms-amount-hint = مثلًا ⁦500⁩.
console-terms-from = صالحة من
console-terms-until = صالحة حتى
console-terms-expense-account = حساب المصروفات
console-terms-payable-account = حساب الدائنين
console-terms-accounts-hint = حسابات من أربعة أرقام في دليل الحسابات ⁦BAS⁩. تُقيَّد التسويات عليها في ملف ⁦SIE⁩.
console-issue-title = إصدار قسيمة واحدة
console-issue-contact = وسيلة التواصل مع ولي الأمر
console-issue-contact-hint = اختياري. رقم هاتف أو بريد إلكتروني للتواصل مع العائلة.
console-issue-submit = أصدِر
console-issued = رمز قسيمة { $name } هو:
console-import-title = استيراد ملف ⁦CSV⁩
console-import-hint = سطر عناوين فيه الاسم الأول وسنة الميلاد، وولي الأمر إن وُجد، مفصولة بفاصلة منقوطة أو فاصلة. سطر واحد لكل طفل.
console-import-file = اختر ملفًا
console-import-text = أو الصق النص
console-import-skip = تخطَّ الأسطر التي فيها أخطاء واستورد الباقي
console-import-submit = استورد
console-import-imported =
    { $count ->
        [zero] لم تصدر أي قسيمة.
        [one] صدرت قسيمة واحدة.
        [two] صدرت قسيمتان.
        [few] صدرت { $count } قسائم.
        [many] صدرت { $count } قسيمة.
       *[other] صدرت { $count } قسيمة.
    }
console-import-nothing =
    { $count ->
        [zero] لم يُستورد شيء.
        [one] لم يُستورد شيء: في سطر واحد أخطاء. صحّحه، أو اختر تخطي الأسطر التي فيها أخطاء.
        [two] لم يُستورد شيء: في سطرين أخطاء. صحّحهما، أو اختر تخطي الأسطر التي فيها أخطاء.
        [few] لم يُستورد شيء: في { $count } أسطر أخطاء. صحّحها، أو اختر تخطي الأسطر التي فيها أخطاء.
        [many] لم يُستورد شيء: في { $count } سطرًا أخطاء. صحّحها، أو اختر تخطي الأسطر التي فيها أخطاء.
       *[other] لم يُستورد شيء: في { $count } سطر أخطاء. صحّحها، أو اختر تخطي الأسطر التي فيها أخطاء.
    }
console-import-line = السطر
console-import-column = العمود
console-import-problem = المشكلة
console-vouchers-list = قسائم سنة { $year }
console-vouchers-none = لا توجد قسائم هنا بعد.
console-unused-only = غير المستخدمة فقط
console-unused-hint = مجمّعة حسب العمر، لتتمكنوا من الوصول إلى العائلات، مثلًا عن طريق المدارس.
console-age-band = الأعمار { $from }–{ $to } ({ $count })
console-print-cards = اطبع البطاقات
console-voucher-revoke = أوقِف
console-reason = السبب
console-cancel = إلغاء
console-cards-title = بطاقات سنة { $year }
console-cards-hint = ثماني بطاقات في كل ورقة ⁦A4⁩. اطبع بالحجم الكامل وقصّ على طول الحواف.
console-print = اطبع
console-cards-count =
    { $count ->
        [zero] لا توجد بطاقات
        [one] بطاقة واحدة
        [two] بطاقتان
        [few] { $count } بطاقات
        [many] { $count } بطاقة
       *[other] { $count } بطاقة
    }
console-card-title = قسيمة الترفيه { $year }
console-card-qr = رمز ⁦QR⁩ يعرض الرصيد
console-card-explanation = { $amount } لأنشطة الترفيه في الجمعيات، حتى { $until }. امسح الرمز لترى الرصيد.
console-stats-issued = الصادرة
console-stats-used = المستخدمة
console-stats-unused = غير المستخدمة
console-stats-issued-amount = المبلغ الصادر
console-stats-redeemed-amount = المبلغ المستخدم
console-stats-by-age = حسب العمر
console-stats-age = العمر
console-stats-by-association = حسب الجمعية
console-stats-redemptions = الدفعات
console-stats-by-month = حسب الشهر
console-stats-month = الشهر
console-stats-first-uses = استُخدمت لأول مرة
console-settle-association = الجمعية
console-settle-from = من
console-settle-until = حتى
console-settle-preview = اعرض الأساس
console-settle-preview-title = أساس التسوية
console-settle-empty = لا توجد دفعات بقسائم الترفيه في هذه الفترة.
console-settle-total = المجموع المستحق:
console-settle-close = أغلق التسوية
console-settlements-title = التسويات
console-settlements-none = لا توجد تسويات بعد.
console-settlement-title = التسوية
console-settlement-show = اعرض
console-settlement-preview = غير مغلقة
console-settlement-closed = بانتظار الدفع
console-settlement-paid = مدفوعة
console-settlement-paid-on = دُفعت في { $date }
console-export-csv = نزّل ⁦CSV⁩
console-export-sie = نزّل ⁦SIE⁩
console-mark-paid = حدّدها كمدفوعة
console-open-amount = المبلغ المستحق لكم على البلدية:
console-redemptions-title = الدفعات
console-redemptions-none = لا توجد دفعات بقسائم الترفيه بعد.
console-redemption-date = التاريخ
console-redemption-reversed = أُلغيت
console-reverse = ألغِ الدفعة

## The fritidscheck API's refusals (only staff and associations meet them)
error-voucher-year = السنة غير صالحة.
error-voucher-validity-order = لا يمكن أن يأتي آخر يوم للصلاحية قبل أول يوم.
error-voucher-age-range = الأعمار غير صحيحة: يجب ألا يقل أعلى عمر عن أدنى عمر وألا يزيد عن 25.
error-account-number = رقم الحساب يتكون من أربعة أرقام.
error-voucher-age = عمر الطفل خارج الأعمار التي تشملها قسيمة الترفيه هذا العام.
error-voucher-reversal-window = يمكن للجمعية استرجاع الدفعة خلال 14 يومًا فقط وما دامت لم تُسوَّ بعد. اسأل البلدية.
error-voucher-settled = سُوّيت الدفعة مع البلدية من قبل.
error-voucher-already-reversed = استُرجعت الدفعة من قبل.
error-settlement-empty = لا يوجد ما يجب تسويته في هذه الفترة.
error-settlement-paid = التسوية مسجّلة كمدفوعة من قبل.
error-import-header = يجب أن يسمّي الصف الأول من الملف الأعمدة: ⁦förnamn⁩ و ⁦födelseår⁩، ويمكن إضافة ⁦vårdnadshavare⁩.
error-import-row = تعذّرت قراءة هذا الصف.
error-import-too-many-rows = في الملف صفوف كثيرة جدًا، والحد الأقصى ⁦10 000⁩ صف. قسّمه.
error-import-empty = لا يحتوي الملف على أي طفل.
error-period = نهاية الفترة تأتي قبل بدايتها.
error-import-duplicate = لدى هذا الطفل قسيمة ترفيه لهذا العام من قبل (نفس الاسم الأول وسنة الميلاد وجهة الاتصال).

## مكتبة المعدات الرياضية
error-sportotek-size-repeated = هذا المقاس موجود بالفعل لهذا الغرض.
error-sportotek-weekday-repeated = لهذا اليوم من الأسبوع ساعات عمل بالفعل.
error-sportotek-out-of-range = القيمة خارج النطاق المسموح به.
error-sportotek-due-day = يجب أن يكون يوم الإرجاع اليوم أو بعده، وخلال سنة على الأكثر.
error-sportotek-unknown-item = اختر أغراضًا من مكتبة المعدات في البلدية، 12 على الأكثر وكل غرض مرة واحدة.
error-sportotek-unknown-copy = هذه النسخة ليست من هذا المقاس أو أنها معارة بالفعل.
error-sportotek-loan-state = حالة الإعارة لا تسمح بذلك.
error-sportotek-size-in-use = لا يمكن حذف مقاس له نسخ أو إعارات.
error-sportotek-inventory-number-taken = لنسخة أخرى رقم الجرد نفسه بالفعل.
error-photo-not-image = الملف ليس صورة يمكن قراءتها. استخدم JPEG أو PNG أو WebP.
error-photo-too-many-pixels = الصورة كبيرة جدًا. استخدم صورة لا يزيد كل ضلع فيها عن 12000 بكسل.

## Sportotek staff: the counter, the catalogue and the settings (console/src/sportotek, pages/sportotek*)
console-nav-sportotek = مكتبة المعدات
console-sportotek-today = اليوم
console-sportotek-desk = مكتب الإعارة
console-sportotek-late-title = الإعارات المتأخرة
console-sportotek-catalogue = الفهرس
console-sportotek-settings = الإعدادات
console-sportotek-stats = الإحصاءات
console-sportotek-open-today = مفتوح { $opens }–{ $closes }
console-sportotek-closed-today = مغلق اليوم
console-sportotek-pickups =
    { $count ->
        [zero] لا حجوزات للتسليم
        [one] حجز واحد للتسليم
        [two] حجزان للتسليم
        [few] { $count } حجوزات للتسليم
        [many] { $count } حجزًا للتسليم
       *[other] { $count } حجز للتسليم
    }
console-sportotek-returns =
    { $count ->
        [zero] لا إرجاعات اليوم
        [one] إرجاع واحد اليوم
        [two] إرجاعان اليوم
        [few] { $count } إرجاعات اليوم
        [many] { $count } إرجاعًا اليوم
       *[other] { $count } إرجاع اليوم
    }
console-sportotek-late-count =
    { $count ->
        [zero] لا إعارات متأخرة
        [one] إعارة واحدة متأخرة
        [two] إعارتان متأخرتان
        [few] { $count } إعارات متأخرة
        [many] { $count } إعارةً متأخرة
       *[other] { $count } إعارة متأخرة
    }
console-sportotek-no-pickups = لا توجد حجوزات للتسليم اليوم.
console-sportotek-no-returns = لا شيء مستحق الإرجاع اليوم.
console-sportotek-no-late = لا توجد إعارات متأخرة.
console-sportotek-late = متأخرة
console-sportotek-state-reserved = محجوزة
console-sportotek-state-lent = مُعارة
console-sportotek-state-returned = أُعيدت
console-sportotek-state-cancelled = ملغاة
console-sportotek-state-lapsed = لم تُستلم
console-sportotek-pickup = الاستلام { $day }
console-sportotek-due = الإرجاع حتى { $day }
console-sportotek-reminded-on = جرى التذكير { $day }
console-sportotek-checkout = تسليم
console-sportotek-checkin = استلام الإرجاع
console-sportotek-extend = تمديد
console-sportotek-cancel = إلغاء الحجز
console-sportotek-cancel-question = هل تريد إلغاء هذا الحجز؟ ستصبح القطعة متاحة لغيرك.
console-sportotek-cancel-yes = نعم، ألغِ الحجز
console-sportotek-cancel-no = لا، أبقِه
console-sportotek-remind = تم التذكير اليوم
console-sportotek-reminded-today = جرى التذكير اليوم ✓
console-sportotek-copy = القطعة (رقم الجرد)
console-sportotek-any-copy = أي قطعة متاحة
console-sportotek-copy-hint = اختر الرقم المكتوب على القطعة التي تسلّمها.
console-sportotek-due-day = تاريخ الإرجاع
console-sportotek-new-due-day = تاريخ الإرجاع الجديد
console-sportotek-condition = الحالة
console-sportotek-condition-fine = سليمة
console-sportotek-condition-damaged = تالفة
console-sportotek-condition-lost = مفقودة
console-sportotek-checkin-fine-hint = يمكن إعارة القطعة مرة أخرى فورًا.
console-sportotek-checkin-damaged-hint = اكتب ما المشكلة. لن تُعار القطعة حتى يتم إصلاحها.
console-sportotek-checkin-lost-hint = تُحذف القطعة من المخزون لكنها تبقى محسوبة في الإحصاءات.
console-sportotek-note = ملاحظة
console-sportotek-done-lent = تمت الإعارة. الإرجاع حتى { $day }.
console-sportotek-done-checkin = تم استلام الإرجاع.
console-sportotek-done-extend = تم التمديد حتى { $day }.
console-sportotek-done-cancel = تم إلغاء الحجز.
console-sportotek-done-remind = تم تسجيل التذكير.
console-sportotek-find = البحث عن مستعير
console-sportotek-code = رمز الحجز
console-sportotek-code-hint = 10 رموز، مثل 7KQ2-M9XD-4T. بأحرف كبيرة أو صغيرة، مع الشرطات أو بدونها.
console-sportotek-find-code = البحث بالرمز
console-sportotek-first-name = الاسم الأول
console-sportotek-phone = الهاتف
console-sportotek-phone-digits = اكتب أربعة أرقام على الأقل من رقم الهاتف.
console-sportotek-find-person = البحث بالاسم والهاتف
console-sportotek-none-found = لم يُعثر على إعارات. تحقّق من الرمز أو التهجئة.
console-sportotek-walk-in = إعارة بدون حجز
console-sportotek-walk-in-hint = لمن يأتي إلى المكتب بدون حجز: تُعار القطعة فورًا.
console-sportotek-item = القطعة
console-sportotek-choose = اختر …
console-sportotek-size = المقاس
console-sportotek-free-count =
    { $count ->
        [zero] لا شيء متاح
        [one] واحدة متاحة
        [two] اثنتان متاحتان
        [few] { $count } متاحة
        [many] { $count } متاحة
       *[other] { $count } متاحة
    }
console-sportotek-contact = الهاتف أو البريد الإلكتروني
console-sportotek-contact-hint = لكي تتمكنوا من التواصل مع العائلة بشأن الإعارة.
console-sportotek-lend = إعارة
console-sportotek-retry-safe = يمكنك المحاولة مرة أخرى بأمان: لن تُسجَّل الإعارة نفسها مرتين.
console-sportotek-item-new = قطعة جديدة
console-sportotek-item-edit = تعديل القطعة
console-sportotek-no-items = الفهرس فارغ. أضف القطعة الأولى.
console-sportotek-needs-count =
    { $count ->
        [zero] لا قطع للترجمة
        [one] قطعة واحدة للترجمة
        [two] قطعتان للترجمة
        [few] { $count } قطع للترجمة
        [many] { $count } قطعةً للترجمة
       *[other] { $count } قطعة للترجمة
    }
console-sportotek-copies-count =
    { $count ->
        [zero] لا قطع سليمة
        [one] قطعة واحدة سليمة
        [two] قطعتان سليمتان
        [few] { $count } قطع سليمة
        [many] { $count } قطعةً سليمة
       *[other] { $count } قطعة سليمة
    }
console-sportotek-damaged-count =
    { $count ->
        [zero] لا قطع تالفة
        [one] قطعة واحدة تالفة
        [two] قطعتان تالفتان
        [few] { $count } قطع تالفة
        [many] { $count } قطعةً تالفة
       *[other] { $count } قطعة تالفة
    }
console-sportotek-demo = تجريبي
console-sportotek-category = الفئة
console-sportotek-category-skates = زلاجات الجليد
console-sportotek-category-skis = زلاجات وعصي
console-sportotek-category-ski-boots = أحذية التزلج
console-sportotek-category-helmets = خوذات
console-sportotek-category-bikes = دراجات
console-sportotek-category-balls = كرات
console-sportotek-category-rackets = مضارب
console-sportotek-category-sticks = عصي
console-sportotek-category-life-jackets = سترات نجاة
console-sportotek-category-protection = معدات الحماية
console-sportotek-category-outdoor = الأنشطة في الطبيعة
console-sportotek-category-other = أخرى
console-sportotek-item-name = الاسم
console-sportotek-sizes = المقاسات
console-sportotek-sizes-hint = سطر لكل مقاس. الأعمار اختيارية وتساعد العائلات على إيجاد المقاس المناسب.
console-sportotek-size-label = المقاس
console-sportotek-size-kind = النوع
console-sportotek-kind-shoe = مقاس الحذاء (EU)
console-sportotek-kind-length = الطول بالسنتيمتر
console-sportotek-kind-age = العمر
console-sportotek-kind-clothing = مقاس الملابس
console-sportotek-kind-one-size = مقاس واحد
console-sportotek-age-from = من عمر
console-sportotek-age-to = حتى عمر
console-sportotek-size-add = إضافة مقاس
console-sportotek-remove = إزالة
console-sportotek-save-first = احفظ القطعة أولًا. بعد ذلك يمكنك إضافة صورة ونسخ.
console-sportotek-copies = النسخ
console-sportotek-no-copies = لا توجد نسخ بهذا المقاس بعد.
console-sportotek-copy-add = إضافة نسخة
console-sportotek-copy-change = تعديل
console-sportotek-repaired = تم الإصلاح
console-sportotek-inventory-number = رقم الجرد
console-sportotek-photo = الصورة
console-sportotek-no-photo = لا توجد صورة بعد.
console-sportotek-photo-current = صورة القطعة كما تراها العائلات
console-guide-photo-current = صورتك كما يراها القادمون الجدد
console-sportotek-photo-choose = اختر صورة
console-sportotek-photo-hint = JPEG أو PNG أو WebP، بحجم 12 ميغابايت على الأكثر. تُحذف بيانات الموقع وغيرها من الملف.
console-sportotek-photo-sending = جارٍ إرسال الصورة …
console-sportotek-photo-saved = تم حفظ الصورة.
console-sportotek-photo-too-large = الملف أكبر من 12 ميغابايت. اختر صورة أصغر.
console-sportotek-place-name = اسم المكان
console-sportotek-address = العنوان
console-sportotek-hours = ساعات العمل
console-sportotek-hours-hint = ضع علامة على أيام الأسبوع التي يمكن للعائلات فيها الاستلام والإرجاع. لا يمكن الحجز إلا في هذه الأيام.
console-sportotek-opens = يفتح
console-sportotek-closes = يغلق
console-sportotek-closed-days = أيام الإغلاق
console-sportotek-closed-day = التاريخ
console-sportotek-closed-add = إضافة يوم إغلاق
console-sportotek-limits = قواعد الإعارة
console-sportotek-max-items = أقصى عدد من القطع لدى المستعير في وقت واحد
console-sportotek-max-items-hint = تُحسب المحجوزة والمُعارة. 1–20.
console-sportotek-reserve-ahead = كم يومًا مسبقًا يمكن الحجز
console-sportotek-reserve-ahead-hint = من 1 إلى 180 يومًا.
console-sportotek-loan-days = مدة الإعارة بالأيام
console-sportotek-loan-days-hint = يُحسب يوم الاستلام: 14 يومًا أسبوعان. 1–90.
console-sportotek-grace-days = عدد الأيام التي ينتظرها الحجز بعد يوم الاستلام
console-sportotek-grace-days-hint = 0 يعني أن الحجز الذي لم يُستلم ينتهي في اليوم نفسه. 0–14.
console-sportotek-keep-days = عدد أيام الاحتفاظ بالاسم ووسيلة الاتصال بعد الإعارة
console-sportotek-keep-days-hint = ثم تُحذف تلقائيًا. 1–365.
console-sportotek-stats-loans = الإعارات
console-sportotek-stats-borrowers = مستعيرون مختلفون
console-sportotek-stats-by-category = حسب الفئة
console-sportotek-stats-by-month = حسب الشهر
console-sportotek-stats-items = القطع
console-sportotek-stats-in-service = نسخ قابلة للإعارة
console-sportotek-stats-no-loans = لا إعارات في هذه السنة بعد.
console-sportotek-never-lent = لم تُعَر قط
console-sportotek-never-lent-none = أُعيرت كل قطعة مرة واحدة على الأقل.
console-sportotek-late-hint = اتصل بالعائلة أو راسلها، ثم سجّل التذكير هنا.
console-sportotek-equipment = معدات يمكن استعارتها من مكتبة المعدات
console-sportotek-equipment-hint = ضع علامة على ما يلزم، { $max } على الأكثر. تربط صفحة النشاط بهذه القطع لتتمكن العائلات من استعارتها مجانًا.

## Refugee guides: a guide's own pages, the coordinators' pages and the volunteers' application (console/src/guides, pages/guide*)
console-nav-guide = صفحاتي كمرشد
console-nav-guides = مرشدو اللاجئين
console-booking-state-waiting = بانتظار الرد
console-booking-state-confirmed = مؤكَّد
console-booking-state-cancelled-by-guide = ألغاه المرشد
console-booking-state-cancelled-by-newcomer = ألغاه القادم الجديد
console-booking-state-past = انتهى
guide-state-approved = نشِط
guide-state-deactivated = موقوف
guide-application-pending = بانتظار القرار
guide-application-approved = مقبول
guide-application-rejected = مرفوض
console-guide-bookings = الحجوزات
console-guide-times = أوقاتي
console-guide-profile = ملفي كمرشد
console-guide-calendar = رابط التقويم
console-guide-profile-first = اكتب ملفك كمرشد أولًا. بعد ذلك يمكنك إضافة أوقات واستقبال الحجوزات.
console-guide-profile-intro = يرى القادمون الجدد اسمك الأول ولغاتك والمواضيع التي تساعد فيها وما تكتبه عن نفسك. لا يرون عنوان بريدك الإلكتروني أبدًا.
console-guide-first-name = الاسم الأول
console-guide-first-name-hint = يرى القادمون الجدد اسمك الأول فقط.
console-guide-languages = اللغات التي تتحدثها
console-guide-topics = ما تساعد فيه
console-guide-per-week = أقصى عدد من اللقاءات في الأسبوع
console-guide-per-week-hint = عندما يصل أسبوع إلى هذا العدد من الحجوزات، لا تُعرض أوقات أخرى في ذلك الأسبوع.
console-guide-about = عنك
console-guide-about-hint = بضع كلمات بكل لغة تكتب بها. اترك الباقي فارغًا.
console-guide-times-intro = الأوقات بتوقيت السويد. يحجز القادم الجديد لقاءً واحدًا في كل مرة، وأنت تؤكده.
console-guide-no-slots = ليست لديك أوقات بعد. أضف وقتًا في الأسفل.
console-guide-slot-add = أضف وقتًا
console-guide-slot-change = غيّر الوقت
console-guide-repeat = كم مرة
console-guide-weekly = كل أسبوع
console-guide-once = مرة واحدة
console-guide-day = اليوم
console-guide-weekday = يوم الأسبوع
console-guide-from = أول يوم
console-guide-until = آخر يوم
console-guide-start = يبدأ الساعة
console-guide-length = المدة بالدقائق
console-guide-meeting = مكان اللقاء
console-guide-place = المكان
console-guide-place-hint = اسم المكتبة أو المقهى وعنوانه. للهاتف أو مكالمة الفيديو: بضع كلمات عن طريقة اللقاء.
console-guide-slot-topics = المواضيع في هذا الوقت
console-guide-every = أسبوعيًا: { $weekday }
console-guide-season = من { $from } إلى { $until }
console-guide-minutes = { $minutes } دقيقة
console-guide-next = القادم:
console-guide-next-none = لا لقاءات أخرى
console-guide-change = غيّر
console-guide-remove = احذف
console-guide-to-bookings = إلى حجوزاتك
console-guide-blocked = أيام مغلقة
console-guide-blocked-hint = في اليوم المغلق لا تُعرض أي أوقات، مثلًا أثناء العطلة.
console-guide-no-blocked = لا توجد أيام مغلقة.
console-guide-block-day = اليوم الذي تريد إغلاقه
console-guide-block = أغلق اليوم
console-guide-unblock = افتحه من جديد
console-guide-waiting = بانتظار ردك
console-guide-confirmed = مؤكَّدة
console-guide-done = سابقة وملغاة
console-guide-none-waiting = لا شيء بانتظار الرد.
console-guide-none-confirmed = لا توجد حجوزات مؤكدة.
console-guide-none-done = لا شيء هنا بعد.
console-guide-reads = اللغة: { $language }
console-guide-note = رسالة
console-guide-confirm = أكِّد
console-guide-cancel-booking = ألغِ الحجز
console-guide-cancel-reason = السبب
console-guide-cancel-note = رسالة إلى القادم الجديد
console-guide-cancel-hint = يقرأ القادم الجديد السبب بلغته، ورسالتك كما تكتبها. السبب الأخير في القائمة يحتاج إلى رسالة.
console-guide-calendar-intro = عنوان خاص لتقويم هاتفك أو حاسوبك: تظهر فيه لقاءاتك المؤكدة تلقائيًا. من يملك العنوان يستطيع رؤية لقاءاتك، فاحتفظ به لنفسك.
console-guide-feed-active = لديك عنوان تقويم.
console-guide-feed-none = ليس لديك عنوان تقويم بعد.
console-guide-feed-make = أنشئ عنوان تقويم
console-guide-feed-replace = أنشئ عنوانًا جديدًا
console-guide-feed-make-hint = يظهر العنوان مرة واحدة فقط. انسخه إلى خيار "الاشتراك" أو "إضافة تقويم من رابط" في تقويمك.
console-guide-feed-replace-hint = العنوان الجديد يوقف القديم. افعل ذلك إذا ضاع القديم أو شاركته مع أحد.
console-guide-feed-address = عنوان تقويمك
console-guide-feed-once = انسخه الآن: لن يظهر مرة أخرى.
console-guide-copy = انسخ
console-guide-copied = تم النسخ.
console-guides-list = المرشدون
console-guides-week = نظرة على الأسبوع
console-guides-applications = الطلبات
console-guides-demand = طلب بلا مرشد
console-guides-stats = الإحصاءات
console-guides-none = لا يوجد مرشدون بعد.
console-guide-demo = مثال
console-guide-upcoming =
    { $count ->
        [zero] لا حجوزات قادمة
        [one] حجز قادم واحد
        [two] حجزان قادمان
        [few] { $count } حجوزات قادمة
        [many] { $count } حجزًا قادمًا
       *[other] { $count } حجز قادم
    }
console-guide-per-week-count =
    { $count ->
        [zero] لا لقاءات في الأسبوع
        [one] لقاء واحد في الأسبوع كحد أقصى
        [two] لقاءان في الأسبوع كحد أقصى
        [few] { $count } لقاءات في الأسبوع كحد أقصى
        [many] { $count } لقاءً في الأسبوع كحد أقصى
       *[other] { $count } لقاء في الأسبوع كحد أقصى
    }
console-guide-deactivate = أوقِف
console-guide-deactivate-ask =
    { $count ->
        [zero] إيقاف المرشد؟ ليست لديه حجوزات قادمة.
        [one] إيقاف المرشد؟ سيُلغى حجزه القادم، وسيرى القادم الجديد ذلك في صفحة حجزه.
        [two] إيقاف المرشد؟ سيُلغى حجزاه القادمان، وسيرى القادمون الجدد ذلك في صفحة حجزهم.
        [few] إيقاف المرشد؟ ستُلغى حجوزاته القادمة وعددها { $count }، وسيرى القادمون الجدد ذلك في صفحة حجزهم.
        [many] إيقاف المرشد؟ ستُلغى حجوزاته القادمة وعددها { $count }، وسيرى القادمون الجدد ذلك في صفحة حجزهم.
       *[other] إيقاف المرشد؟ ستُلغى حجوزاته القادمة وعددها { $count }، وسيرى القادمون الجدد ذلك في صفحة حجزهم.
    }
console-guide-deactivated =
    { $count ->
        [zero] تم إيقاف المرشد. لم يُلغَ أي حجز.
        [one] تم إيقاف المرشد. أُلغي حجز واحد.
        [two] تم إيقاف المرشد. أُلغي حجزان.
        [few] تم إيقاف المرشد. أُلغيت { $count } حجوزات.
        [many] تم إيقاف المرشد. أُلغي { $count } حجزًا.
       *[other] تم إيقاف المرشد. أُلغي { $count } حجز.
    }
console-guides-week-previous = الأسبوع السابق
console-guides-week-next = الأسبوع التالي
console-guides-week-of = الأسبوع الذي فيه اليوم
console-guides-week-title = الأسبوع { $week } من { $year }: { $from } – { $to }
console-guides-per-guide = الحجوزات لكل مرشد
console-guides-guide = المرشد
console-guides-cancelled = ملغاة
console-guides-week-bookings = حجوزات الأسبوع
console-guides-week-no-bookings = لا توجد حجوزات هذا الأسبوع.
console-guides-with = مع { $name }
console-guides-no-applications = لا توجد طلبات.
console-guide-approved-link = تمت الموافقة على المتطوع. أعطه هذا الرابط. يعمل مرة واحدة، خلال سبعة أيام:
console-guide-approved-offered = تمت الموافقة على المتطوع. لعنوان البريد الإلكتروني حساب بالفعل، لذلك ينتظر الدور أن يقبله صاحبه عند تسجيل الدخول.
console-guides-demand-intro = اللغات والمواضيع التي بحث عنها القادمون الجدد، وعدد المرشدين الذين لديهم أوقات متاحة لكل منها. الصف الذي لا مرشد فيه يبيّن من يجب تجنيده.
console-guides-period = من { $from } إلى { $to }
console-guides-language = اللغة
console-guides-topic = الموضوع
console-guides-any-topic = كل المواضيع
console-guides-asked = عمليات البحث
console-guides-covering = المرشدون
console-guides-no-demand = لم يبحث أحد بعد.
console-guides-booked = محجوزة
console-guides-cancelled-by-guide = ألغاها المرشد
console-guides-cancelled-by-newcomer = ألغاها القادم الجديد
console-guides-unknown-language = غير معروفة
console-guides-no-stats = لا توجد حجوزات بعد.
console-guide-apply-link = هل تريد أن تصبح مرشدًا للاجئين؟ قدّم طلبك هنا
console-guide-apply-title = كن مرشدًا للاجئين
console-guide-apply-intro = مرشدو اللاجئين متطوعون يلتقون القادمين الجدد للتدرّب على السويدية أو قراءة الرسائل معًا أو التجوّل في المدينة. يقرأ منسّق في البلدية طلبك. بعد الموافقة تحصل على رابط لإنشاء حساب.
console-guide-apply-email-hint = يُرسل رابط حسابك إلى هنا. لا يراه القادمون الجدد أبدًا.
console-guide-motivation = لماذا تريد أن تصبح مرشدًا؟
console-guide-motivation-hint = بضع جمل تكفي.
console-guide-apply-thanks = شكرًا! تم إرسال الطلب. سيراسل منسّق { $email } بعد قراءته.
