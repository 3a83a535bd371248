# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – الموظفون
console-sign-in-title = تسجيل الدخول
console-email = البريد الإلكتروني
console-password = كلمة المرور
console-sign-in = تسجيل الدخول
console-sign-out = تسجيل الخروج
console-signed-in-as = تم تسجيل الدخول باسم { $email }
console-nav-articles = المقالات
console-nav-people = الأشخاص
console-nav-settings = الإعدادات
console-nav-audit = السجل
console-no-tasks = لا يوجد هنا شيء لدورك بعد. أدوات الجمعيات ومرشدي اللاجئين، وكذلك Sportotek، قادمة قريبًا.
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
console-invite-link = أعطِ هذا الرابط للشخص. يعمل مرة واحدة، خلال سبعة أيام:
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
console-settings-title = الإعدادات
console-field-name = اسم البلدية
console-field-contact-email = التواصل، البريد الإلكتروني
console-field-contact-phone = التواصل، الهاتف
console-field-region = المنطقة
console-audit-title = السجل
console-audit-when = متى
console-audit-who = مَن
console-audit-what = ماذا
console-invitation-title = اختر كلمة مرور
console-invitation-hint = 12 حرفًا على الأقل. جملة تتذكّرها خيار جيد.
console-set-password = احفظ كلمة المرور

console-new-article = مقالة جديدة
console-field-topic = الموضوع
console-field-slug = العنوان في الرابط (a–z و 0–9 و -)
console-create = إنشاء، غير منشورة
console-municipality = البلدية

console-nav-topics = المواضيع
console-topics-title = المواضيع
console-new-topic = موضوع جديد
console-topic-hint = الموضوع الذي ليس له اسم بلغة ما يظهر باسمه السويدي.

error-sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-unauthenticated = أنت غير مسجَّل الدخول، أو غبت مدة طويلة جدًا. سجّل الدخول مرة أخرى.
error-forbidden = دورك لا يسمح بهذا.
error-csrf = الصفحة قديمة جدًا. أعد تحميلها وحاول مرة أخرى.
error-invitation-invalid = الرابط استُخدم من قبل أو انتهت صلاحيته. اطلب رابطًا جديدًا.
error-password-too-short = يجب أن تتكوّن كلمة المرور من 12 حرفًا على الأقل.
error-password-too-long = كلمة المرور طويلة جدًا.
error-invalid-email = هذا ليس عنوان بريد إلكتروني.
error-email-taken = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
error-required = يجب ملء هذا الحقل.
error-too-long = النص طويل جدًا.
error-invalid-characters = يحتوي النص على رموز غير مسموح بها.
error-own-admin-role = لا يمكنك إزالة دور مسؤول النظام الخاص بك.
error-own-account = لا يمكنك إلغاء تفعيل حسابك الخاص.
error-invalid-roles = الأدوار غير صالحة.
error-slug-taken = توجد مقالة بهذا العنوان بالفعل.
error-unknown-topic = الموضوع غير موجود.
