# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = رفتن به محتوا
nav-home = صفحهٔ اصلی
nav-search = جستجو
nav-about = در بارهٔ اپلیکیشن
language-picker-label = زبان
language-picker-go = تغییر زبان
loading = در حال باز شدن …
offline-banner = شما به انترنت وصل نیستید. چیزهایی را می‌بینید که در تیلفون شما ذخیره شده است.
saved-copy = نسخهٔ ذخیره‌شده از { $date }
try-again = دوباره کوشش کنید

not-found-title = این صفحه وجود ندارد
not-found-body = شاید لینک کهنه باشد. از صفحهٔ اصلی دوباره شروع کنید.

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

# The link to the refugee guides (the finder and the start page).
guides-link = با یک رهنمای مهاجرین ملاقات کنید: یک رضاکار که رایگان کمک‌تان می‌کند

# Issue 14: saved articles and next steps
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
# Days as the app and the server's first paint write them (model::i18n): a weekday and a day ("tisdag 24 november"), a day with its year ("24 november 2026"). The months in the form they take after a day's number.
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
day-with-weekday = { $weekday } { $day } { $month }
# An amount of kronor; the spaces are no-break spaces, and Arabic's amount opens with a right-to-left mark, as Intl.NumberFormat writes them.
money = SEK { $amount }
day-with-year = { $day } { $month } { $year }
error-required = این خانه باید پر شود.
error-invalid-email = این یک آدرس ایمیل نیست.
