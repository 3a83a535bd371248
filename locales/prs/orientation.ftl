# The orientation app's own texts (start page, topics, articles, search, about): only its
# pages fetch them; the shell's, the errors' and the shared words stay in app.ftl.

demo-notice = نمونه: شاروالی، آدرس‌ها و نمبرهای تیلفون در این‌جا ساختگی هستند.
home-title = به { $municipality } خوش آمدید
home-intro = این‌جا چیزهایی را که در بارهٔ زندگی در این‌جا باید بدانید، به زبان خودتان پیدا می‌کنید. هر چیزی را که خوانده‌اید، می‌توانید بدون انترنت دوباره بخوانید.
home-municipality = شاروالی شما
home-municipality-choose = انتخاب
topics-heading = موضوعات
article-count =
    { $count ->
        [one] { $count } مقاله
       *[other] { $count } مقاله
    }
topic-all = همهٔ موضوعات
article-state-outdated = متن سویدنی بعد از نوشتن این ترجمه تغییر کرده است. ممکن است بعضی معلومات کهنه باشد.
article-state-missing = این مقاله هنوز به زبان شما موجود نیست. شما آن را به سویدنی می‌خوانید.
article-read-swedish = خواندن به سویدنی
article-read-mine = خواندن به زبان من
article-review-checked = توسط ترجمان بررسی شده، { $date }
article-review-unchecked = هنوز توسط ترجمان بررسی نشده است
article-updated = تازه شده در { $date }
article-shared-by = از { $region }: همین متن در تمام ولایت
article-beside-swedish = نمایش در پهلوی متن سویدنی
article-beside-close = نمایش فقط یک زبان
article-read-aloud = خواندن با آواز بلند
article-stop-reading = توقف خواندن
feedback-question = آیا این برای شما مفید بود؟
feedback-yes = بلی
feedback-no = نخیر
feedback-thanks = از جواب شما تشکر!
feedback-failed = جواب شما فرستاده نشد. بعداً دوباره کوشش کنید.
search-title = جستجو
search-label = جستجو در مقاله‌ها
search-hint = می‌توانید به زبان خود بنویسید یا یک کلمهٔ سویدنی را از یک مکتوب بنویسید، مثلاً Försäkringskassan.
search-button = جستجو
search-results =
    { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }
search-no-results = هیچ نتیجه پیدا نشد. یک کلمهٔ دیگر را امتحان کنید.
search-offline-note = شما به انترنت وصل نیستید: جستجو فقط در مقاله‌هایی است که خوانده‌اید.
search-matched-swedish = این کلمه در متن سویدنی است
about-title = در بارهٔ اپلیکیشن و معلومات شما
about-what = Välkommen به شما که در این شاروالی تازه آمده‌اید کمک می‌کند تا معلومات را به زبان خودتان پیدا کنید.
about-data-heading = کدام معلومات ذخیره می‌شود؟
about-data-reading = وقتی چیزی می‌خوانید، هیچ معلوماتی در بارهٔ شما ذخیره نمی‌شود. شما به هیچ حساب کاربری ضرورت ندارید.
about-data-phone = تیلفون شما زبانی را که انتخاب کرده‌اید و مقاله‌هایی را که خوانده‌اید ذخیره می‌کند تا بتوانید آن‌ها را بدون انترنت بخوانید. می‌توانید آن‌ها را با پاک کردن معلومات ویب‌سایت در براوزر پاک کنید.
about-data-feedback = جواب‌ها به «آیا این برای شما مفید بود؟» بی‌نام هستند: فقط مقاله، زبان و جواب حساب می‌شود.
about-data-none = اپلیکیشن هیچ کوکی را برای تعقیب استفاده نمی‌کند و از ویب‌سایت‌های دیگر چیزی نمی‌گیرد.
home-activities-title = برای طفل تان یک فعالیت پیدا کنید
home-activities-body = ورزش، موسیقی، پیشاهنگی و بیشتر. چک تفریحی (fritidscheck) می‌تواند فیس را بپردازد.
home-guides-title = با یک رهنمای مهاجرین ملاقات کنید
home-guides-body = یک رضاکار که به زبان شما صحبت می‌کند در زبان سویدنی، نامه‌ها و فورمه‌ها یا آشنایی با شهر کمک‌تان می‌کند. رایگان.
article-save = ذخیره برای بعد
