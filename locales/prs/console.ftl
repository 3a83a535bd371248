# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – کارمندان
console-signed-in-as = وارد شده به حیث { $email }
console-nav-articles = مقاله‌ها
console-nav-people = اشخاص
console-nav-settings = تنظیمات
console-nav-audit = ثبت فعالیت‌ها
console-no-tasks = این‌جا هنوز چیزی برای نقش شما نیست.
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
console-invite-link = این لینک را به آن شخص بدهید. فقط یک بار کار می‌کند، برای هفت روز. اگر از قبل حساب دارد، نقش را با رمز عبور خودش قبول می‌کند:
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
console-reset-link-ready = این لینک را به آن شخص بدهید. فقط یک بار کار می‌کند، برای هفت روز. در آن‌جا یک رمز عبور نو انتخاب می‌کند:
console-works-elsewhere = این شخص در جای دیگر هم کار می‌کند. فقط مدیر همهٔ شاروالی‌هایی که او در آن‌ها کار می‌کند، یا مدیر تمام منطقه، می‌تواند رمز عبور نو بدهد یا حساب را غیرفعال کند. نقش‌های او را در این شاروالی می‌توانید تغییر بدهید.
console-settings-title = تنظیمات
console-field-name = نام شاروالی
console-field-contact-email = تماس، ایمیل
console-field-contact-phone = تماس، تیلفون
console-field-region = منطقه
console-audit-title = ثبت فعالیت‌ها
console-audit-when = چه وقت
console-audit-who = چه کسی
console-audit-what = چه کاری
console-invitation-title = رمز عبور حساب شما
console-invitation-hint = اگر در Välkommen نو هستید، یا این لینک را برای رمز عبور نو گرفته‌اید: یک رمز عبور با حد اقل 12 حرف انتخاب کنید. یک جمله که به یاد دارید، خوب کار می‌کند. اگر از قبل حساب دارید و به یک نقش نو دعوت شده‌اید: رمز عبور خود را بنویسید تا حساب شما نقش نو را بگیرد. رمز عبور شما تغییر نمی‌کند.
console-invitation-continue = ادامه
console-invitation-no-token = در این آدرس کُد لینک نیست. لینکی را که گرفته‌اید، دوباره و به طور کامل باز کنید.
console-invitation-wrong-password = این رمز عبور حساب شما نیست. رمز عبوری را بنویسید که با آن وارد می‌شوید. اگر آن را فراموش کرده‌اید، از یک مدیر لینک رمز عبور نو بخواهید.

# Roles offered to an existing account, waiting for its owner's answer
console-offers-title = نقش‌هایی که منتظر جواب شما هستند
console-offers-hint = یک نقش فقط وقتی از شما می‌شود که آن را قبول کنید.
console-offer-role = { $municipality } نقش «{ $role }» را به شما پیشنهاد می‌کند.
console-offer-association = { $municipality } نقش «{ $role }» را برای { $association } به شما پیشنهاد می‌کند.
console-offer-accept = قبول
console-offer-refuse = رد
console-offer-accepted = انجام شد: این نقش حالا از شماست.
console-offer-refused = شما رد کردید. در حساب شما چیزی تغییر نکرد.

console-new-article = مقالهٔ جدید
console-field-topic = موضوع
console-field-slug = آدرس در لینک (a–z، 0–9 و -)
console-create = ساختن، نشر ناشده
console-municipality = شاروالی

console-nav-topics = موضوع‌ها
console-topics-title = موضوع‌ها
console-new-topic = موضوع جدید
console-topic-hint = موضوعی که به یک زبان نام ندارد، با نام سویدنی‌اش نشان داده می‌شود.

error-invitation-invalid = این لینک قبلاً استفاده شده یا وقت آن تمام شده است. یک لینک نو بخواهید.
error-password-too-short = رمز عبور باید حد اقل 12 حرف داشته باشد.
error-password-too-long = رمز عبور بسیار دراز است.
error-email-taken = یک حساب با این آدرس ایمیل از قبل وجود دارد.
error-already-member = این شخص از قبل در این شاروالی یک نقش دارد. به جای آن، نقش‌هایش را در فهرست تغییر بدهید.
error-association-decided = دربارهٔ این درخواست از قبل تصمیم گرفته شده است، شاید همین حالا توسط یک مدیر دیگر. صفحه را دوباره باز کنید تا تصمیم را ببینید.
error-too-long = متن بسیار دراز است.
error-invalid-characters = متن حروفی دارد که اجازه نیست.
error-own-admin-role = شما نمی‌توانید نقش مدیر سیستم خود را حذف کنید.
error-own-account = شما نمی‌توانید حساب خود را غیرفعال کنید.
error-invalid-roles = نقش‌ها درست نیستند.
error-slug-taken = یک مقاله با همین آدرس از قبل موجود است.
error-unknown-topic = این موضوع وجود ندارد.

# Associations and their activities
console-nav-associations = انجمن‌ها
console-nav-own-activities = فعالیت‌های شاروالی
console-nav-my-association = انجمن من
console-apply-link = انجمن شما تازه است؟ برای پیوستن درخواست بدهید
console-apply-title = درخواست برای انجمن شما
console-apply-intro = شاروالی درخواست را بررسی می‌کند. وقتی تأیید شد، شخص تماس یک حساب می‌گیرد تا فعالیت‌های انجمن را اضافه کند. نام انجمن، آدرس آن و نام، ایمیل و شمارهٔ تیلفون شخص تماس در صفحهٔ انجمن به خانواده‌ها نشان داده می‌شود.
console-field-association-name = نام انجمن
console-field-org-number = شمارهٔ ثبت سازمان
console-org-number-hint = ده رقم، مثلاً ⁦802400-1375⁩.
console-field-contact-name = شخص تماس
console-field-phone = تیلفون
console-field-website = ویب‌سایت
console-website-hint = با ⁦https://⁩ شروع می‌شود
console-field-address = آدرس
console-field-categories = انجمن چه کار می‌کند
console-field-description-sv = معرفی انجمن، به زبان سویدنی
console-apply-send = فرستادن درخواست
console-apply-thanks = تشکر! درخواست فرستاده شد. شاروالی بعد از بررسی به { $email } خبر می‌دهد.
console-form-problems = چیزی باید درست شود. یادداشت‌های کنار خانه‌ها را ببینید.
console-associations-title = انجمن‌ها
console-associations-none = هنوز هیچ انجمنی نیست.
console-association-pending = در انتظار تصمیم
console-association-approved = تأیید شده
console-association-rejected = رد شده
console-applied-on = تاریخ درخواست: { $date }
console-approve = تأیید
console-reject = رد
console-approved-link = انجمن تأیید شد. این لینک را به شخص تماس بدهید. فقط یک بار کار می‌کند، برای هفت روز. اگر از قبل حساب دارد، نقش را با رمز عبور خودش قبول می‌کند:
console-rejected-done = درخواست رد شد.
console-my-association-none = حساب شما هنوز به هیچ انجمنی وصل نیست.
console-profile-title = معلومات انجمن
console-field-accepts-voucher = ما چک تفریحی را قبول می‌کنیم
console-field-position = جای روی نقشه (اختیاری)
console-field-lat = عرض جغرافیایی
console-field-lon = طول جغرافیایی
console-position-hint = مثلاً 60.5130 و 14.2200.
console-position-hint-activity = مثلاً 60.5130 و 14.2200. اگر خالی باشد، آدرس انجمن استفاده می‌شود.
console-field-description = معرفی
console-texts = متن‌ها به هر زبان
console-required = لازم است
console-activities-title = فعالیت‌ها
console-activities-none = هنوز هیچ فعالیتی نیست.
console-new-activity = فعالیت تازه
console-own-activities-title = فعالیت‌های خود شاروالی
console-activity-new-title = فعالیت تازه
console-activity-edit-title = تغییر فعالیت
console-back-to-association = برگشت به انجمن
console-back-to-own = فعالیت‌های شاروالی
console-field-status = آیا اطفال تازه می‌توانند شروع کنند؟
console-pause = توقف موقت
console-mark-full = علامت‌گذاری به عنوان پُر
console-open-again = دوباره باز کردن
console-field-category = نوع فعالیت
console-field-min-age = از سن
console-field-max-age = تا سن
console-field-gender = چه کسانی می‌توانند شرکت کنند
console-schedule = چه وقت
console-schedule-weekly = هر هفته
console-schedule-dates = تاریخ‌های جداگانه
console-field-weekdays = روزهای هفته
console-field-start = شروع
console-field-end = ختم
console-field-season-start = شروع فصل
console-field-season-end = ختم فصل
console-field-date = تاریخ
console-add-date = اضافه کردن یک تاریخ
console-remove-date = حذف
console-field-place = جای
console-field-cost = فیس هر سمستر، به کرون
console-cost-hint = خالی یا 0 یعنی رایگان. مثلاً 350 یا 350,50.
console-field-voucher = چک تفریحی قبول می‌شود
console-field-trial = تعداد تمرین‌های آزمایشی رایگان
console-field-leader-languages = زبان‌هایی که مربیان صحبت می‌کنند
console-field-accessibility = دسترسی
console-field-equipment = وسایلی که می‌شود از Sportotek قرض گرفت
console-preview-heading = خانواده‌ها فعالیت را این‌طور می‌بینند
console-preview-language = زبان
console-error-whole-number = یک عدد کامل بنویسید.
console-error-time = یک وقت انتخاب کنید.
console-error-date = یک تاریخ انتخاب کنید.

# The fritidscheck: terms, issuing, cards, redeeming and settling
console-nav-vouchers = چک‌های تفریحی
console-nav-settlements = تصفیه‌ها
console-nav-voucher-stats = آمار چک‌های تفریحی
console-vouchers-title = چک‌های تفریحی
console-voucher-year = سال
console-terms-title = شرایط سال { $year }
console-terms-amount = مبلغ برای هر طفل، به کرون
console-terms-amount-hint = مثلاً ⁦500⁩.
console-terms-from = معتبر از
console-terms-until = معتبر تا
console-terms-expense-account = حساب مصارف
console-terms-payable-account = حساب قابل پرداخت
console-terms-accounts-hint = حساب‌های چهار رقمی در پلان حساب‌های ⁦BAS⁩. تصفیه‌ها در فایل ⁦SIE⁩ روی این حساب‌ها ثبت می‌شوند.
console-issue-title = صادر کردن یک چک
console-issue-contact = راه تماس با سرپرست
console-issue-contact-hint = اختیاری. شمارهٔ تیلفون یا ایمیل، برای تماس با خانواده.
console-issue-submit = صادر کردن
console-issued = کد چک { $name }:
console-import-title = وارد کردن فایل ⁦CSV⁩
console-import-hint = یک سطر عنوان با نام، سال تولد و در صورت امکان سرپرست، که با نقطه‌ویرگول یا ویرگول جدا شده‌اند. برای هر طفل یک سطر.
console-import-file = یک فایل انتخاب کنید
console-import-text = یا متن را اینجا بچسپانید
console-import-skip = سطرهای دارای خطا را رد کن و بقیه را وارد کن
console-import-submit = وارد کردن
console-import-imported =
    { $count ->
        [one] { $count } چک صادر شد.
       *[other] { $count } چک صادر شد.
    }
console-import-nothing =
    { $count ->
        [one] هیچ چیزی وارد نشد: { $count } سطر خطا دارد. آن را درست کنید، یا رد کردن سطرهای دارای خطا را انتخاب کنید.
       *[other] هیچ چیزی وارد نشد: { $count } سطر خطا دارند. آن‌ها را درست کنید، یا رد کردن سطرهای دارای خطا را انتخاب کنید.
    }
console-import-line = سطر
console-import-column = ستون
console-import-problem = مشکل
console-vouchers-list = چک‌های سال { $year }
console-vouchers-none = هنوز چکی اینجا نیست.
console-unused-only = فقط استفاده‌نشده‌ها
console-unused-hint = به ترتیب سن گروه‌بندی شده، تا بتوانید با خانواده‌ها تماس بگیرید، مثلاً از طریق مکتب‌ها.
console-age-band = سن { $from }–{ $to } ({ $count })
console-print-cards = چاپ کارت‌ها
console-voucher-revoke = مسدود کردن
console-reason = دلیل
console-cancel = لغو
console-cards-title = کارت‌های سال { $year }
console-cards-hint = هشت کارت در هر ورق ⁦A4⁩. با اندازهٔ کامل چاپ کنید و از لبه‌ها قیچی کنید.
console-print = چاپ
console-cards-count =
    { $count ->
        [one] { $count } کارت
       *[other] { $count } کارت
    }
console-card-title = چک تفریحی { $year }
console-card-qr = کد ⁦QR⁩ که باقی‌مانده را نشان می‌دهد
console-card-explanation = { $amount } برای فعالیت‌های تفریحی در انجمن‌ها، تا { $until }. کد را اسکن کنید تا باقی‌مانده را ببینید.
console-stats-issued = صادرشده
console-stats-used = استفاده‌شده
console-stats-unused = استفاده‌نشده
console-stats-issued-amount = مبلغ صادرشده
console-stats-redeemed-amount = مبلغ استفاده‌شده
console-stats-by-age = به ترتیب سن
console-stats-age = سن
console-stats-by-association = به ترتیب انجمن
console-stats-redemptions = پرداخت‌ها
console-stats-by-month = به ترتیب ماه
console-stats-month = ماه
console-stats-first-uses = بار اول استفاده شده
console-settle-association = انجمن
console-settle-from = از
console-settle-until = تا
console-settle-preview = نشان دادن اساس
console-settle-preview-title = اساس تصفیه
console-settle-empty = در این مدت هیچ پرداختی با چک تفریحی نشده است.
console-settle-total = مجموع قابل پرداخت:
console-settle-close = بستن تصفیه
console-settlements-title = تصفیه‌ها
console-settlements-none = هنوز تصفیه‌ای نیست.
console-settlement-title = تصفیه
console-settlement-show = نشان دادن
console-settlement-preview = بسته نشده
console-settlement-closed = در انتظار پرداخت
console-settlement-paid = پرداخت شده
console-settlement-paid-on = پرداخت شده در { $date }
console-export-csv = دانلود ⁦CSV⁩
console-export-sie = دانلود ⁦SIE⁩
console-mark-paid = علامت‌گذاری به عنوان پرداخت‌شده
console-open-amount = شاروالی به شما بدهکار است:
console-redemptions-title = پرداخت‌ها
console-redemptions-none = هنوز پرداختی با چک تفریحی نشده است.
console-redemption-date = تاریخ
console-redemption-reversed = برگشت داده شد
console-reverse = برگرداندن پرداخت

## The fritidscheck API's refusals (only staff and associations meet them)
error-voucher-year = سال درست نیست.
error-voucher-validity-order = آخرین روز اعتبار نمی‌تواند پیش از اولین روز باشد.
error-voucher-age-range = سن‌ها درست نیست: بالاترین سن باید دست کم برابر با پایین‌ترین سن و حد اکثر 25 باشد.
error-account-number = نمبر حساب چهار رقم دارد.
error-voucher-age = سن طفل شامل سن‌های چک تفریحی امسال نیست.
error-voucher-reversal-window = انجمن فقط تا 14 روز و تا وقتی که تصفیه نشده باشد می‌تواند پرداخت را پس بگیرد. از شاروالی بپرسید.
error-voucher-settled = این پرداخت قبلاً با شاروالی تصفیه شده است.
error-voucher-already-reversed = این پرداخت قبلاً پس گرفته شده است.
error-settlement-empty = در این دوره چیزی برای تصفیه نیست.
error-settlement-paid = این تصفیه قبلاً به حیث پرداخت‌شده ثبت شده است.
error-import-header = سطر اول فایل باید نام ستون‌ها را داشته باشد: ⁦förnamn⁩ و ⁦födelseår⁩، و اگر خواستید ⁦vårdnadshavare⁩.
error-import-row = این سطر خوانده نشد.
error-import-too-many-rows = فایل سطرهای بسیار زیاد دارد، حد اکثر ⁦10 000⁩ سطر. آن را تقسیم کنید.
error-import-empty = در فایل هیچ طفلی نیست.
error-period = ختم دوره پیش از شروع آن است.
error-import-duplicate = این طفل امسال از قبل چک تفریحی دارد (همان نام، سال تولد و راه تماس).

## کتابخانهٔ وسایل ورزشی
error-sportotek-size-repeated = این وسیله همین اندازه را از قبل دارد.
error-sportotek-weekday-repeated = این روز هفته از قبل ساعات کاری دارد.
error-sportotek-out-of-range = مقدار بیرون از محدودهٔ مجاز است.
error-sportotek-due-day = روز پس‌دادن باید امروز یا بعد از آن و حداکثر تا یک سال بعد باشد.
error-sportotek-unknown-item = وسایل را از کتابخانهٔ وسایل ورزشی شاروالی انتخاب کنید، حداکثر ۱۲ و هر کدام یک بار.
error-sportotek-unknown-copy = این نسخه از این اندازه نیست یا قبلاً امانت داده شده است.
error-sportotek-loan-state = وضعیت امانت اجازهٔ این کار را نمی‌دهد.
error-sportotek-size-in-use = اندازه‌ای که نسخه یا امانت دارد حذف شده نمی‌تواند.
error-sportotek-inventory-number-taken = نسخهٔ دیگری از قبل همین شمارهٔ ثبت را دارد.
error-photo-not-image = این فایل تصویری نیست که خوانده شود. از JPEG، PNG یا WebP استفاده کنید.
error-photo-too-many-pixels = تصویر بسیار بزرگ است. از تصویری استفاده کنید که هر ضلع آن حداکثر ۱۲۰۰۰ پیکسل باشد.

## Sportotek staff: the counter, the catalogue and the settings (console/src/sportotek, pages/sportotek*)
console-nav-sportotek = کتابخانهٔ وسایل ورزشی
console-sportotek-today = امروز
console-sportotek-desk = میز امانت
console-sportotek-late-title = امانت‌های با تأخیر
console-sportotek-catalogue = فهرست
console-sportotek-settings = تنظیمات
console-sportotek-stats = آمار
console-sportotek-open-today = باز { $opens }–{ $closes }
console-sportotek-closed-today = امروز بسته است
console-sportotek-pickups =
    { $count ->
        [one] { $count } رزرو برای تحویل
       *[other] { $count } رزرو برای تحویل
    }
console-sportotek-returns =
    { $count ->
        [one] { $count } بازگرداندن امروز
       *[other] { $count } بازگرداندن امروز
    }
console-sportotek-late-count =
    { $count ->
        [one] { $count } امانت با تأخیر
       *[other] { $count } امانت با تأخیر
    }
console-sportotek-no-pickups = امروز رزروی برای تحویل نیست.
console-sportotek-no-returns = امروز چیزی نباید بازگردانده شود.
console-sportotek-no-late = امانت با تأخیر وجود ندارد.
console-sportotek-late = با تأخیر
console-sportotek-state-reserved = رزرو شده
console-sportotek-state-lent = امانت داده شده
console-sportotek-state-returned = بازگردانده شده
console-sportotek-state-cancelled = لغو شده
console-sportotek-state-lapsed = تحویل گرفته نشد
console-sportotek-pickup = تحویل‌گیری { $day }
console-sportotek-due = بازگرداندن تا { $day }
console-sportotek-reminded-on = یادآوری شد { $day }
console-sportotek-checkout = تحویل دادن
console-sportotek-checkin = پس گرفتن
console-sportotek-extend = تمدید
console-sportotek-cancel = لغو رزرو
console-sportotek-cancel-question = این رزرو لغو شود؟ وسیله برای دیگران آزاد می‌شود.
console-sportotek-cancel-yes = بله، لغو شود
console-sportotek-cancel-no = نه، بماند
console-sportotek-remind = امروز یادآوری شد
console-sportotek-reminded-today = امروز یادآوری شده ✓
console-sportotek-copy = نسخه (شمارهٔ اموال)
console-sportotek-any-copy = هر نسخهٔ آزاد
console-sportotek-copy-hint = شماره‌ای را انتخاب کنید که روی وسیلهٔ تحویلی نوشته شده است.
console-sportotek-due-day = تاریخ بازگرداندن
console-sportotek-new-due-day = تاریخ جدید بازگرداندن
console-sportotek-condition = وضعیت
console-sportotek-condition-fine = سالم
console-sportotek-condition-damaged = آسیب‌دیده
console-sportotek-condition-lost = گم‌شده
console-sportotek-checkin-fine-hint = این نسخه فوراً دوباره قابل امانت است.
console-sportotek-checkin-damaged-hint = بنویسید چه مشکلی دارد. این نسخه تا ترمیم نشود امانت داده نمی‌شود.
console-sportotek-checkin-lost-hint = این نسخه از موجودی حذف می‌شود اما در آمار باقی می‌ماند.
console-sportotek-note = یادداشت
console-sportotek-done-lent = امانت داده شد. بازگرداندن تا { $day }.
console-sportotek-done-checkin = پس گرفته شد.
console-sportotek-done-extend = تا { $day } تمدید شد.
console-sportotek-done-cancel = رزرو لغو شد.
console-sportotek-done-remind = یادآوری ثبت شد.
console-sportotek-find = یافتن امانت‌گیرنده
console-sportotek-code = کد رزرو
console-sportotek-code-hint = ۱۰ نویسه، مانند 7KQ2-M9XD-4T. با حروف بزرگ یا کوچک، با خط تیره یا بدون آن.
console-sportotek-find-code = جستجو با کد
console-sportotek-first-name = نام
console-sportotek-phone = تلفن
console-sportotek-phone-digits = دست‌کم چهار رقم از شمارهٔ تلفن را بنویسید.
console-sportotek-find-person = جستجو با نام و تلفن
console-sportotek-none-found = امانتی یافت نشد. کد یا املا را بررسی کنید.
console-sportotek-walk-in = امانت بدون رزرو
console-sportotek-walk-in-hint = برای کسی که بدون رزرو به میز می‌آید: وسیله فوراً امانت داده می‌شود.
console-sportotek-item = وسیله
console-sportotek-choose = انتخاب کنید …
console-sportotek-size = اندازه
console-sportotek-free-count =
    { $count ->
        [one] { $count } آزاد
       *[other] { $count } آزاد
    }
console-sportotek-contact = تلفن یا ایمیل
console-sportotek-contact-hint = تا بتوانید دربارهٔ امانت با خانواده تماس بگیرید.
console-sportotek-lend = امانت دادن
console-sportotek-retry-safe = می‌توانید دوباره امتحان کنید: یک امانت هرگز دو بار ثبت نمی‌شود.
console-sportotek-item-new = وسیلهٔ جدید
console-sportotek-item-edit = ویرایش وسیله
console-sportotek-no-items = فهرست خالی است. نخستین وسیله را اضافه کنید.
console-sportotek-needs-count =
    { $count ->
        [one] { $count } وسیله برای ترجمه
       *[other] { $count } وسیله برای ترجمه
    }
console-sportotek-copies-count =
    { $count ->
        [one] { $count } نسخهٔ سالم
       *[other] { $count } نسخهٔ سالم
    }
console-sportotek-damaged-count =
    { $count ->
        [one] { $count } آسیب‌دیده
       *[other] { $count } آسیب‌دیده
    }
console-sportotek-demo = نمایشی
console-sportotek-category = دسته
console-sportotek-category-skates = اسکیت
console-sportotek-category-skis = اسکی و چوب اسکی
console-sportotek-category-ski-boots = بوت اسکی
console-sportotek-category-helmets = کلاه ایمنی
console-sportotek-category-bikes = بایسکل
console-sportotek-category-balls = توپ
console-sportotek-category-rackets = راکت
console-sportotek-category-sticks = چوب هاکی
console-sportotek-category-life-jackets = جلیقهٔ نجات
console-sportotek-category-protection = وسایل محافظتی
console-sportotek-category-outdoor = طبیعت‌گردی
console-sportotek-category-other = دیگر
console-sportotek-item-name = نام
console-sportotek-sizes = اندازه‌ها
console-sportotek-sizes-hint = برای هر اندازه یک سطر. سن‌ها اختیاری‌اند و به خانواده‌ها کمک می‌کنند اندازهٔ درست را بیابند.
console-sportotek-size-label = اندازه
console-sportotek-size-kind = نوع
console-sportotek-kind-shoe = اندازهٔ کفش (EU)
console-sportotek-kind-length = طول به سانتی‌متر
console-sportotek-kind-age = سن
console-sportotek-kind-clothing = اندازهٔ لباس
console-sportotek-kind-one-size = یک اندازه
console-sportotek-age-from = از سن
console-sportotek-age-to = تا سن
console-sportotek-size-add = افزودن اندازه
console-sportotek-remove = حذف
console-sportotek-save-first = نخست وسیله را ذخیره کنید. سپس می‌توانید عکس و نسخه‌ها را اضافه کنید.
console-sportotek-copies = نسخه‌ها
console-sportotek-no-copies = هنوز نسخه‌ای در این اندازه نیست.
console-sportotek-copy-add = افزودن نسخه
console-sportotek-copy-change = تغییر
console-sportotek-repaired = ترمیم شد
console-sportotek-inventory-number = شمارهٔ اموال
console-sportotek-photo = عکس
console-sportotek-no-photo = هنوز عکسی نیست.
console-sportotek-photo-current = عکس وسیله، همان‌گونه که خانواده‌ها می‌بینند
console-guide-photo-current = عکس شما، همان‌طور که تازه‌واردان آن را می‌بینند
console-sportotek-photo-choose = یک عکس انتخاب کنید
console-sportotek-photo-hint = JPEG، PNG یا WebP، حداکثر ۱۲ مگابایت. موقعیت مکانی و دیگر اطلاعات فایل حذف می‌شوند.
console-sportotek-photo-sending = در حال فرستادن عکس …
console-sportotek-photo-saved = عکس ذخیره شد.
console-sportotek-photo-too-large = فایل بزرگ‌تر از ۱۲ مگابایت است. تصویر کوچک‌تری انتخاب کنید.
console-sportotek-place-name = نام مکان
console-sportotek-address = نشانی
console-sportotek-hours = ساعات کاری
console-sportotek-hours-hint = روزهایی از هفته را علامت بزنید که خانواده‌ها می‌توانند تحویل بگیرند و بازگردانند. فقط همان روزها قابل رزرو است.
console-sportotek-opens = باز می‌شود
console-sportotek-closes = بسته می‌شود
console-sportotek-closed-days = روزهای تعطیل
console-sportotek-closed-day = تاریخ
console-sportotek-closed-add = افزودن روز تعطیل
console-sportotek-limits = قواعد امانت
console-sportotek-max-items = بیشترین تعداد وسایل هم‌زمان برای هر امانت‌گیرنده
console-sportotek-max-items-hint = رزرو شده‌ها و امانت داده‌شده‌ها شمرده می‌شوند. ۱–۲۰.
console-sportotek-reserve-ahead = چند روز جلوتر می‌توان رزرو کرد
console-sportotek-reserve-ahead-hint = ۱ تا ۱۸۰ روز.
console-sportotek-loan-days = مدت امانت به روز
console-sportotek-loan-days-hint = روز تحویل‌گیری هم شمرده می‌شود: ۱۴ روز یعنی دو هفته. ۱–۹۰.
console-sportotek-grace-days = روزهایی که رزرو پس از روز تحویل‌گیری منتظر می‌ماند
console-sportotek-grace-days-hint = ۰ یعنی رزروی که تحویل گرفته نشود همان روز منقضی می‌شود. ۰–۱۴.
console-sportotek-keep-days = روزهایی که نام و راه تماس پس از امانت نگه داشته می‌شود
console-sportotek-keep-days-hint = سپس به‌طور خودکار پاک می‌شوند. ۱–۳۶۵.
console-sportotek-stats-loans = امانت‌ها
console-sportotek-stats-borrowers = امانت‌گیرندگان متفاوت
console-sportotek-stats-by-category = بر اساس دسته
console-sportotek-stats-by-month = بر اساس ماه
console-sportotek-stats-items = وسایل
console-sportotek-stats-in-service = نسخه‌های قابل امانت
console-sportotek-stats-no-loans = امسال هنوز امانتی نبوده است.
console-sportotek-never-lent = هرگز امانت داده نشده
console-sportotek-never-lent-none = هر وسیله دست‌کم یک بار امانت داده شده است.
console-sportotek-late-hint = به خانواده زنگ بزنید یا بنویسید، سپس یادآوری را اینجا ثبت کنید.
console-sportotek-equipment = وسایل از کتابخانهٔ وسایل ورزشی
console-sportotek-equipment-hint = آنچه لازم است را علامت بزنید، حداکثر { $max }. صفحهٔ فعالیت به این وسایل پیوند می‌دهد تا خانواده‌ها رایگان امانت بگیرند.

## Refugee guides: a guide's own pages, the coordinators' pages and the volunteers' application (console/src/guides, pages/guide*)
console-nav-guide = صفحه‌های رهنمایی من
console-nav-guides = رهنمایان پناهندگان
console-booking-state-waiting = منتظر جواب
console-booking-state-confirmed = تأیید شد
console-booking-state-cancelled-by-guide = رهنما لغو کرد
console-booking-state-cancelled-by-newcomer = تازه‌وارد لغو کرد
console-booking-state-past = گذشت
guide-state-approved = فعال
guide-state-deactivated = غیرفعال
guide-application-pending = منتظر تصمیم
guide-application-approved = تأیید شد
guide-application-rejected = رد شد
console-guide-bookings = نوبت‌ها
console-guide-times = وقت‌های من
console-guide-profile = پروفایل رهنمایی من
console-guide-calendar = لینک تقویم
console-guide-profile-first = اول پروفایل رهنمایی خود را بنویسید. بعد از آن می‌توانید وقت اضافه کنید و نوبت بگیرید.
console-guide-profile-intro = تازه‌واردان نام کوچک، زبان‌ها، موضوع‌هایی که در آن کمک می‌کنید و آنچه دربارهٔ خود می‌نویسید را می‌بینند. آدرس ایمیل شما را هرگز نمی‌بینند.
console-guide-first-name = نام کوچک
console-guide-first-name-hint = تازه‌واردان فقط نام کوچک شما را می‌بینند.
console-guide-languages = زبان‌هایی که صحبت می‌کنید
console-guide-topics = در چه چیزی کمک می‌کنید
console-guide-per-week = حداکثر تعداد ملاقات در هفته
console-guide-per-week-hint = وقتی یک هفته این تعداد نوبت داشته باشد، در آن هفته وقت دیگری نشان داده نمی‌شود.
console-guide-about = دربارهٔ شما
console-guide-about-hint = چند کلمه به هر زبانی که می‌نویسید. بقیه را خالی بگذارید.
console-guide-times-intro = وقت‌ها به وقت سویدن است. تازه‌وارد هر بار یک ملاقات نوبت می‌گیرد و شما آن را تأیید می‌کنید.
console-guide-no-slots = هنوز وقتی ندارید. در پایین یک وقت اضافه کنید.
console-guide-slot-add = اضافه کردن وقت
console-guide-slot-change = تغییر وقت
console-guide-repeat = چند بار
console-guide-weekly = هر هفته
console-guide-once = یک بار
console-guide-day = روز
console-guide-weekday = روز هفته
console-guide-from = روز اول
console-guide-until = روز آخر
console-guide-start = ساعت شروع
console-guide-length = مدت به دقیقه
console-guide-meeting = جای ملاقات
console-guide-place = محل
console-guide-place-hint = نام و آدرس کتابخانه یا کافه. برای تلفن یا تماس ویدیویی: چند کلمه دربارهٔ اینکه چطور انجام می‌شود.
console-guide-slot-topics = موضوع‌ها در این وقت
console-guide-every = هر { $weekday }
console-guide-season = از { $from } تا { $until }
console-guide-minutes = { $minutes } دقیقه
console-guide-next = بعدی:
console-guide-next-none = ملاقات دیگری نیست
console-guide-change = تغییر
console-guide-remove = حذف
console-guide-to-bookings = رفتن به نوبت‌های شما
console-guide-blocked = روزهای بسته
console-guide-blocked-hint = در روز بسته هیچ وقتی نشان داده نمی‌شود، مثلاً در رخصتی.
console-guide-no-blocked = هیچ روزی بسته نیست.
console-guide-block-day = روزی که بسته شود
console-guide-block = بستن روز
console-guide-unblock = باز کردن دوباره
console-guide-waiting = منتظر جواب شما
console-guide-confirmed = تأیید شده
console-guide-done = گذشته و لغو شده
console-guide-none-waiting = چیزی منتظر جواب نیست.
console-guide-none-confirmed = نوبت تأیید شده‌ای نیست.
console-guide-none-done = هنوز چیزی این‌جا نیست.
console-guide-reads = زبان: { $language }
console-guide-note = پیام
console-guide-confirm = تأیید
console-guide-cancel-booking = لغو نوبت
console-guide-cancel-reason = دلیل
console-guide-cancel-note = پیام به تازه‌وارد
console-guide-cancel-hint = تازه‌وارد دلیل را به زبان خودش می‌خواند و پیام شما را همان‌طور که نوشته‌اید. آخرین دلیل در فهرست پیام لازم دارد.
console-guide-calendar-intro = یک آدرس شخصی برای تقویم تلفن یا کمپیوتر شما: ملاقات‌های تأیید شدهٔ شما خودبه‌خود در آن دیده می‌شوند. هر کسی که این آدرس را داشته باشد ملاقات‌های شما را می‌بیند، پس آن را برای خود نگه دارید.
console-guide-feed-active = شما یک آدرس تقویم دارید.
console-guide-feed-none = هنوز آدرس تقویم ندارید.
console-guide-feed-make = ساختن آدرس تقویم
console-guide-feed-replace = ساختن آدرس نو
console-guide-feed-make-hint = آدرس فقط یک بار نشان داده می‌شود. آن را در بخش «اشتراک» یا «اضافه کردن تقویم از لینک» تقویم خود کاپی کنید.
console-guide-feed-replace-hint = آدرس نو آدرس کهنه را از کار می‌اندازد. اگر آدرس کهنه گم شده یا با کسی شریک شده، این کار را بکنید.
console-guide-feed-address = آدرس تقویم شما
console-guide-feed-once = همین حالا کاپی کنید: دوباره نشان داده نمی‌شود.
console-guide-copy = کاپی
console-guide-copied = کاپی شد.
console-guides-list = رهنمایان
console-guides-week = نمای هفته
console-guides-applications = درخواست‌ها
console-guides-demand = تقاضای بدون رهنما
console-guides-stats = آمار
console-guides-none = هنوز رهنمایی نیست.
console-guide-demo = نمونه
console-guide-upcoming =
    { $count ->
        [one] { $count } نوبت آینده
       *[other] { $count } نوبت آینده
    }
console-guide-per-week-count =
    { $count ->
        [one] حداکثر { $count } ملاقات در هفته
       *[other] حداکثر { $count } ملاقات در هفته
    }
console-guide-deactivate = غیرفعال کردن
console-guide-deactivate-ask =
    { $count ->
        [one] رهنما غیرفعال شود؟ { $count } نوبت آیندهٔ او لغو می‌شود و تازه‌وارد آن را در صفحهٔ نوبت خود می‌بیند.
       *[other] رهنما غیرفعال شود؟ { $count } نوبت آیندهٔ او لغو می‌شود و تازه‌واردان آن را در صفحهٔ نوبت خود می‌بینند.
    }
console-guide-deactivated =
    { $count ->
        [one] رهنما غیرفعال شد. { $count } نوبت لغو شد.
       *[other] رهنما غیرفعال شد. { $count } نوبت لغو شد.
    }
console-guides-week-previous = هفتهٔ گذشته
console-guides-week-next = هفتهٔ بعد
console-guides-week-of = هفته‌ای که این روز در آن است
console-guides-week-title = هفتهٔ { $week }، سال { $year }: { $from } – { $to }
console-guides-per-guide = نوبت‌ها برای هر رهنما
console-guides-guide = رهنما
console-guides-cancelled = لغو شده
console-guides-week-bookings = نوبت‌های این هفته
console-guides-week-no-bookings = این هفته نوبتی نیست.
console-guides-with = با { $name }
console-guides-no-applications = درخواستی نیست.
console-guide-approved-link = داوطلب تأیید شد. این لینک را به او بدهید. فقط یک بار کار می‌کند، برای هفت روز:
console-guide-approved-offered = داوطلب تأیید شد. این آدرس ایمیل از قبل حساب دارد، پس نقش منتظر می‌ماند تا صاحب حساب هنگام ورود آن را قبول کند.
console-guides-demand-intro = زبان‌ها و موضوع‌هایی که تازه‌واردان جستجو کرده‌اند، و اینکه چند رهنما با وقت خالی هر کدام را پوشش می‌دهند. سطری بدون رهنما نشان می‌دهد که به چه کسی نیاز است.
console-guides-period = از { $from } تا { $to }
console-guides-language = زبان
console-guides-topic = موضوع
console-guides-any-topic = همهٔ موضوع‌ها
console-guides-asked = جستجوها
console-guides-covering = رهنمایان
console-guides-no-demand = هنوز کسی جستجو نکرده است.
console-guides-booked = نوبت گرفته شده
console-guides-cancelled-by-guide = لغو شده توسط رهنما
console-guides-cancelled-by-newcomer = لغو شده توسط تازه‌وارد
console-guides-unknown-language = معلوم نیست
console-guides-no-stats = هنوز نوبتی نیست.
console-guide-apply-link = می‌خواهید رهنمای پناهندگان شوید؟ این‌جا درخواست بدهید
console-guide-apply-title = رهنمای پناهندگان شوید
console-guide-apply-intro = رهنمایان پناهندگان داوطلبانی هستند که با تازه‌واردان ملاقات می‌کنند تا سویدنی تمرین کنند، نامه‌ها را با هم بخوانند یا شهر را نشان بدهند. یک هماهنگ‌کننده در شاروالی درخواست شما را می‌خواند. بعد از تأیید، یک لینک برای ساختن حساب می‌گیرید.
console-guide-apply-email-hint = لینک حساب شما به این‌جا فرستاده می‌شود. تازه‌واردان هرگز آن را نمی‌بینند.
console-guide-motivation = چرا می‌خواهید رهنما شوید؟
console-guide-motivation-hint = چند جمله کافی است.
console-guide-apply-thanks = تشکر! درخواست فرستاده شد. یک هماهنگ‌کننده بعد از خواندن آن به { $email } خبر می‌دهد.
