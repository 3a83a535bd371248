# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – کارمندان
console-sign-in-title = ورود
console-email = ایمیل
console-password = رمز عبور
console-sign-in = ورود
console-sign-out = خروج
console-signed-in-as = وارد شده به حیث { $email }
console-nav-articles = مقاله‌ها
console-nav-people = اشخاص
console-nav-settings = تنظیمات
console-nav-audit = ثبت فعالیت‌ها
console-no-tasks = این‌جا هنوز چیزی برای نقش شما نیست. ابزارها برای انجمن‌ها، رهنمایان پناهندگان و Sportotek به زودی می‌آیند.
console-articles-title = مقاله‌ها
console-needs-count =
    { $count ->
        [one] { $count } مقاله برای ترجمه
       *[other] { $count } مقاله برای ترجمه
    }
console-state-current = تازه
console-state-outdated = کهنه
console-state-missing = موجود نیست
console-published = نشر شده
console-unpublished = نشر نشده
console-publish = نشر کردن
console-unpublish = لغو نشر
console-field-title = عنوان
console-field-summary = خلاصه
console-field-body = متن (Markdown)
console-body-hint = نمبرهای تیلفون به لینک زنگ زدن تبدیل می‌شوند. آدرس: [Torget 1](map:Torget 1, Granviken).
console-field-reviewed = توسط ترجمان بررسی شده
console-preview = پیش‌نمایش
console-save = ذخیره کردن
console-saved = ذخیره شد.
console-swedish-original = متن اصلی سویدنی
console-back-to-articles = همهٔ مقاله‌ها
console-people-title = اشخاص
console-invite-title = یک نفر را دعوت کنید
console-invite = ساختن لینک دعوت
console-invite-link = این لینک را به آن شخص بدهید. فقط یک بار کار می‌کند، برای هفت روز:
console-roles = نقش‌ها
console-role-admin = مدیر سیستم
console-role-coordinator = هماهنگ‌کنندهٔ رهنمایان پناهندگان
console-role-association = انجمن
console-role-guide = رهنمای پناهندگان
console-role-sportotek = Sportotek
console-save-roles = ذخیرهٔ نقش‌ها
console-deactivate = غیرفعال کردن
console-inactive = غیرفعال
console-reset-link = لینک برای رمز عبور نو
console-settings-title = تنظیمات
console-field-name = نام شاروالی
console-field-contact-email = تماس، ایمیل
console-field-contact-phone = تماس، تیلفون
console-field-region = منطقه
console-audit-title = ثبت فعالیت‌ها
console-audit-when = چه وقت
console-audit-who = چه کسی
console-audit-what = چه کاری
console-invitation-title = یک رمز عبور انتخاب کنید
console-invitation-hint = حد اقل 12 حرف. یک جمله که به یاد دارید، خوب کار می‌کند.
console-set-password = ذخیرهٔ رمز عبور

console-new-article = مقالهٔ جدید
console-field-topic = موضوع
console-field-slug = آدرس در لینک (a–z، 0–9 و -)
console-create = ساختن، نشر ناشده
console-municipality = شاروالی

console-nav-topics = موضوع‌ها
console-topics-title = موضوع‌ها
console-new-topic = موضوع جدید
console-topic-hint = موضوعی که به یک زبان نام ندارد، با نام سویدنی‌اش نشان داده می‌شود.

error-sign-in-failed = ایمیل یا رمز عبور غلط است.
error-unauthenticated = شما وارد نشده‌اید، یا برای مدت زیاد غیرحاضر بوده‌اید. دوباره وارد شوید.
error-forbidden = نقش شما اجازهٔ این کار را ندارد.
error-csrf = این صفحه بسیار کهنه بود. صفحه را دوباره باز کنید و دوباره کوشش کنید.
error-invitation-invalid = این لینک قبلاً استفاده شده یا وقت آن تمام شده است. یک لینک نو بخواهید.
error-password-too-short = رمز عبور باید حد اقل 12 حرف داشته باشد.
error-password-too-long = رمز عبور بسیار دراز است.
error-invalid-email = این یک آدرس ایمیل نیست.
error-email-taken = یک حساب با این آدرس ایمیل از قبل وجود دارد.
error-required = این خانه باید پر شود.
error-too-long = متن بسیار دراز است.
error-invalid-characters = متن حروفی دارد که اجازه نیست.
error-own-admin-role = شما نمی‌توانید نقش مدیر سیستم خود را حذف کنید.
error-own-account = شما نمی‌توانید حساب خود را غیرفعال کنید.
error-invalid-roles = نقش‌ها درست نیستند.
error-slug-taken = یک مقاله با همین آدرس از قبل موجود است.
error-unknown-topic = این موضوع وجود ندارد.
