# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = رفتن به محتوا
nav-home = صفحهٔ اصلی
nav-search = جستجو
nav-about = در بارهٔ اپلیکیشن
language-picker-label = زبان
loading = در حال باز شدن …
offline-banner = شما به انترنت وصل نیستید. چیزهایی را می‌بینید که در تیلفون شما ذخیره شده است.
saved-copy = نسخهٔ ذخیره‌شده از { $date }
try-again = دوباره کوشش کنید
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
not-found-title = این صفحه وجود ندارد
not-found-body = شاید لینک کهنه باشد. از صفحهٔ اصلی دوباره شروع کنید.

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

error-generic = مشکلی پیش آمد. دوباره کوشش کنید.
error-network = با سرور ارتباط برقرار نشد. اتصال انترنت خود را بررسی کنید.
error-not-found = چیزی که می‌پالید وجود ندارد.
error-unknown-language = این زبان وجود ندارد.
error-invalid-slug = آدرس درست نیست.
error-query-empty = یک کلمه برای جستجو بنویسید.
error-query-too-long = متن جستجو بسیار دراز است.
error-malformed-body = درخواست خوانده نشد.
error-body-too-large = درخواست بسیار بزرگ است.
error-rate-limited = کوشش‌ها بسیار زیاد شد. کمی صبر کنید و دوباره کوشش کنید.
error-internal = از طرف ما مشکلی پیش آمد. بعداً دوباره کوشش کنید.
error-unavailable = این خدمت فعلاً در دسترس نیست. کمی بعد دوباره کوشش کنید.

nav-activities = فعالیت‌ها
nav-mine = چیزهای من
home-activities-title = برای طفل تان یک فعالیت پیدا کنید
home-activities-body = ورزش، موسیقی، پیشاهنگی و بیشتر. چک تفریحی (fritidscheck) می‌تواند فیس را بپردازد.

# The link to the refugee guides (the finder and the start page).
guides-link = با یک رهنمای مهاجرین ملاقات کنید: یک رضاکار که رایگان کمک‌تان می‌کند
home-guides-title = با یک رهنمای مهاجرین ملاقات کنید
home-guides-body = یک رضاکار که به زبان شما صحبت می‌کند در زبان سویدنی، نامه‌ها و فورمه‌ها یا آشنایی با شهر کمک‌تان می‌کند. رایگان.

# Issue 14: saved articles and next steps
article-save = ذخیره برای بعد
activity-guide-help-heading = برای ثبت نام کمک بگیرید
activity-guide-help-link = یک رهنمای مهاجرین که به زبان شما صحبت می‌کند می‌تواند رایگان کمک‌تان کند

## Shared by the pages under /activities (the finder, the Sportotek, the guides, Mine) and the forms that send text
activities-title = یک فعالیت پیدا کنید
filter-age = سن طفل
filter-age-any = همهٔ سن‌ها
filter-clear = پاک کردن
activity-ages = { $min }–{ $max } ساله
activity-age-from = از { $min } سالگی
activity-add-to-calendar = افزودن به تقویم
error-text-too-long = متن بسیار دراز است.
error-text-control = متن حروف غیر مجاز دارد.
error-loan-code-shape = کود ۱۰ حرف و رقم دارد، مثل تأییدیه.
error-loan-code-check = کود درست نیست: یک حرف غلط است یا دو حرف جای خود را عوض کرده‌اند. آن را با تأییدیه مقایسه کنید.
error-sportotek-contact = یک شمارهٔ تلفون یا آدرس ایمیل بنویسید.
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
error-required = این خانه باید پر شود.
error-invalid-email = این یک آدرس ایمیل نیست.
