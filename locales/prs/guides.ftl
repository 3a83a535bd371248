# Refugee guides: times and bookings. Swedish is the source.
# Numbers inside right-to-left text sit between U+2066 and U+2069, so they keep their order.

error-guide-slot-length = مدت ملاقات باید بین ⁦15⁩ تا ⁦180⁩ دقیقه باشد.
error-guide-time-past = این وقت گذشته است. یک وقت بعدتر را انتخاب کنید.
error-guide-time-too-far = این وقت خیلی دور است: حداکثر ⁦26⁩ هفته از امروز.
error-guide-slot-overlap = این وقت با یکی دیگر از وقت‌های شما تداخل دارد.
error-guide-slot-no-such-time = این وقت در آن روز وجود ندارد: با شروع وقت تابستانی، ساعت از ⁦02:00⁩ به ⁦03:00⁩ جلو می‌رود.
error-guide-slot-empty = این روز هفته بین روز اول و روز آخر نمی‌افتد.
error-guide-per-week = بین ⁦1⁩ تا ⁦20⁩ ملاقات در هفته انتخاب کنید.
error-guide-topic-not-offered = رهنما در آن وقت در این موضوع کمک نمی‌کند. موضوع دیگری را انتخاب کنید.
error-guide-time-taken = این وقت دیگر آزاد نیست. وقت دیگری را انتخاب کنید.
error-guide-no-such-occurrence = رهنما چنین وقتی ندارد. یک وقت را از فهرست انتخاب کنید.
error-guide-booking-orphaned = این تغییر ملاقات‌هایی را که قبلاً رزرو شده‌اند حذف می‌کند. اول آن‌ها را لغو کنید.
error-guide-open-bookings = شما همین حالا به اندازهٔ حد اکثر رزروهای آینده برای یک نفر رزرو دارید. اول یکی را لغو کنید.
error-guide-not-cancellable = این رزرو دیگر لغو شده نمی‌تواند: قبلاً لغو شده یا ملاقات شروع شده است.
error-guide-booking-state = رزرو قبلاً تغییر کرده است. صفحه را دوباره باز کنید.
error-guide-application-pending = از این آدرس قبلاً یک درخواست فرستاده شده که منتظر جواب است.
error-guide-application-decided = در مورد این درخواست قبلاً تصمیم گرفته شده است. صفحه را دوباره باز کنید.
error-guide-day = روز را به شکل YYYY-MM-DD بنویسید، مثلاً 2026-03-02.
error-guide-not-monday = هفته از دوشنبه شروع می‌شود: یک دوشنبه را انتخاب کنید.
error-guide-range-too-long = این مدت خیلی طولانی است. مدت کوتاه‌تری انتخاب کنید.
error-guide-already-deactivated = این رهنما قبلاً غیرفعال شده است.

## نام‌ها (model::guides): موضوع‌ها، طرز ملاقات، حالت رزرو و دلیل لغو.

guide-topic-practise-swedish = تمرین زبان سویدنی
guide-topic-letters-and-forms = نامه‌ها و فورم‌ها
guide-topic-show-the-town = آشنایی با شهر
guide-topic-job-seeking = کاریابی
guide-topic-leisure = اوقات فراغت و انجمن‌ها
guide-topic-digital-help = کمپیوتر، موبایل و خدمات انترنتی
guide-meeting-library = در کتابخانه
guide-meeting-cafe = در یک کافه
guide-meeting-phone = از طریق تیلفون
guide-meeting-video = با تماس ویدیویی
guide-booking-state-waiting = منتظر جواب رهنما
guide-booking-state-confirmed = تأیید شد
guide-booking-state-cancelled-by-guide = رهنما لغو کرد
guide-booking-state-cancelled-by-newcomer = شما لغو کردید
guide-booking-state-past = گذشت
guide-cancel-reason-guide-ill = رهنما مریض است.
guide-cancel-reason-guide-unavailable = رهنما در آن وقت آمده نمی‌تواند.
guide-cancel-reason-place-closed = جای ملاقات در آن روز بسته است.
guide-cancel-reason-duplicate = همین وقت دو بار رزرو شده بود.
guide-cancel-reason-other = رهنما ملاقات را لغو کرد.

## صفحه‌های تازه‌واردان (activities/src/pages/guide*.rs).

guides-title = رهنماهای مهاجرین
guides-intro = رضاکارانی که رایگان با شما ملاقات می‌کنند. می‌توانید زبان سویدنی تمرین کنید، نامه‌ها را با هم بخوانید یا در شهر بگردید. یک رهنما و یک وقت را انتخاب کنید و با نام کوچک تان رزرو کنید.
guides-my-bookings = رزروهای من
guides-filter-language = زبان رهنما
guides-filter-topic = کمک در
guides-filter-topic-any = همه
guides-filter-meeting = طرز ملاقات
guides-filter-meeting-any = هر طرز
guides-filter-meeting-in-person = حضوری (کتابخانه یا کافه)
guides-filter-meeting-phone = از طریق تیلفون
guides-filter-meeting-video = با تماس ویدیویی
guides-count =
    { $count ->
        [one] { $count } رهنما
       *[other] { $count } رهنما
    }
guides-none = فعلاً هیچ رهنمایی با همهٔ انتخاب‌های شما مطابقت ندارد. موضوع دیگر یا طرز دیگر ملاقات را انتخاب کنید. بسیاری از رهنماها سویدنی یا انگلیسی هم گپ می‌زنند.
guides-speaks = به زبان { $languages } گپ می‌زند
guides-helps-with = کمک در: { $topics }
guides-next-times = نزدیک‌ترین وقت‌های خالی:
guides-no-times = فعلاً وقت خالی نیست.
guides-when = { $day }، { $time }
guides-demo = نمونه: این رهنما واقعی نیست.
guides-about-heading = دربارهٔ { $name }
guides-about-other-language = رهنما به زبان شما ننوشته است.
guides-languages-heading = زبان‌ها
guides-topics-heading = کمک در
guides-places-heading = جای ملاقات
guides-map = در نقشه نشان بدهید
guides-times-heading = وقت‌های خالی
guides-times-intro = وقت‌ها به وقت سویدن است. برای انتخاب، روی یک وقت بزنید.
guides-book-heading = با { $name } وقت بگیرید
guides-choose-time-first = اول یک وقت را از بالا انتخاب کنید.
guides-chosen-time = وقت انتخاب‌شده: { $time }
guides-choose = انتخاب کنید
guides-field-time = وقت
guides-field-name = نام کوچک شما
guides-field-contact = نمبر تیلفون یا ایمیل
guides-contact-hint = فقط رهنما آن را می‌بیند تا دربارهٔ ملاقات با شما تماس بگیرد.
guides-field-topic = در چه چیزی کمک می‌خواهید؟
guides-field-note = چیزی که رهنما باید بداند؟ (اختیاری)
guides-note-hint = مثلاً دربارهٔ کدام نامه است. نمبر شخصی تان را ننویسید.
guides-book-submit = وقت را رزرو کنید
guides-booking = در حال رزرو …
guides-problems = این موارد را درست کنید:
guides-problem = { $field }: { $problem }
guides-error-required = این را پر کنید.
guides-error-no-time = یک وقت را انتخاب کنید.
guides-error-topic = یک موضوع را از فهرست انتخاب کنید.
guides-error-retry = رزرو فرستاده نشد. دوباره کوشش کنید.
guides-book-offline = با سرور تماس نیست. رزرو فرستاده نشده است. وقتی انترنت داشتید دوباره کوشش کنید.
guides-bookings-title = رزروهای من با رهنماها
guides-bookings-intro = این‌ها رزروهایی هستند که این تیلفون می‌شناسد. بدون انترنت هم نشان داده می‌شوند.
guides-bookings-none = در این تیلفون هیچ رزروی نیست.
guides-booked-heading = رزرو شما فرستاده شد
guides-booked-show-code = کود را نگه دارید. با آن می‌توانید رزرو را ببینید و لغو کنید.
guides-booking-heading = رزرو
guides-with = با { $name }
guides-code-label = کود رزرو:
guides-waiting-help = رهنما هر چه زودتر وقت را تأیید می‌کند. بعداً دوباره اینجا سر بزنید.
guides-cancel-note = رهنما می‌نویسد:
guides-updated-at = به‌روز شده در { $date } ساعت { $time }
guides-add-to-calendar = به تقویم اضافه کنید
guides-cancel = لغو رزرو
guides-cancel-question = ملاقات با { $name } لغو شود؟
guides-cancel-confirm = بلی، لغو شود
guides-cancel-keep = نخیر، نگه دارید
guides-cancel-offline = وقتی دوباره انترنت داشتید می‌توانید لغو کنید.
guides-forget = از این تیلفون پاک کنید
guides-lookup-label = کود رزرو دارید؟ اینجا بنویسید.
guides-lookup = نشان بدهید
guides-lookup-hint = ۱۰ حرف و رقم. فاصله و خط تیره مهم نیست.
guides-lookup-not-found = هیچ رزروی این کود را ندارد. کود را بررسی کنید و دوباره کوشش کنید.

# Issue 14: saved articles and next steps
guides-read-letters = دربارهٔ نامه‌های ادارات دولتی بخوانید
