# Clubs and activities: the finder, an activity's page, an association's page, and the
# names both the finder and the staff console use. Swedish is the source.
# Numbers and addresses inside right-to-left text sit between U+2066 and U+2069 (an
# invisible left-to-right isolate), so they keep their order.

category-football = فوتبال
category-floorball = فلوربال
category-ice-sports = هاکی و اسکیت روی یخ
category-swimming = آب‌بازی
category-gymnastics = جمناستیک
category-martial-arts = ورزش‌های رزمی
category-athletics = اتلتیک
category-skiing = اسکی
category-riding = اسپ‌سواری
category-dance = رقص
category-music = موسیقی
category-art = هنر و کارهای دستی
category-scouting = پیشاهنگی
category-outdoor = گردش در طبیعت
category-games = شطرنج و بازی‌ها
category-homework = کمک در کارخانگی
category-language = زبان‌ها
category-camp = کمپ‌ها
category-school = مکتب تابستانی
category-other = دیگر

day-part-morning = پیش از چاشت (قبل از 12)
day-part-afternoon = بعد از چاشت (12–17)
day-part-evening = شام (بعد از 17)

gender-all = همه
gender-girls = دختران
gender-boys = پسران

status-open = برای افراد تازه باز است
status-paused = فعلاً متوقف است
status-full = فعلاً پر است

spoken-sv = سویدنی
spoken-en = انگلیسی
spoken-ar = عربی
spoken-prs = دری
spoken-uk = اوکراینی
spoken-ru = روسی
spoken-so = سومالیایی
spoken-ti = تیگرینیایی
spoken-ku = کردی
spoken-ps = پشتو

activities-intro = ورزش، موسیقی، پیشاهنگی و بیشتر برای اطفال و جوانان. با چک تفریحی (fritidscheck) شاروالی می‌تواند فیس را بپردازد.
filter-heading = انتخاب کنید
filter-category = چه چیزی
filter-category-any = همه
filter-weekday = روز
filter-weekday-any = همهٔ روزها
filter-time = وقت روز
filter-time-any = تمام روز
filter-covered = تمام فیس را چک تفریحی (fritidscheck) می‌پردازد
filter-trial = تمرین آزمایشی رایگان
filter-neighbours = فعالیت‌ها در شاروالی‌های همسایه هم
filter-speaks = زبان مربی
filter-speaks-any = همهٔ زبان‌ها
# The filters' button where the page works without JavaScript (the app follows each change).
filter-apply = نمایش نتایج
sort-label = ترتیب
sort-next = زودترین اول
sort-distance = نزدیک‌ترین اول
sort-distance-denied = تیلفون شما جای شما را شریک نکرد. لست طوری نشان داده می‌شود که چیزهایی که زودتر شروع می‌شوند اول بیایند.
activities-count =
    { $count ->
        [one] { $count } فعالیت
       *[other] { $count } فعالیت
    }
activities-none = هیچ چیزی با همهٔ انتخاب‌های شما جور نمی‌آید. یک انتخاب را بردارید و دوباره کوشش کنید.
activities-more = بیشتر نشان بده

activity-next = دفعهٔ بعد: { $date }، { $time }
activity-weekly = هر { $days }، { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = تاریخ‌ها
activity-cost = { $amount } برای هر سمستر
activity-free = رایگان
activity-covered = چک تفریحی (fritidscheck) همه را می‌پردازد
activity-voucher-accepted = چک تفریحی (fritidscheck) قبول می‌شود
activity-voucher-not-accepted = چک تفریحی (fritidscheck) قبول نمی‌شود
activity-in-municipality = در { $municipality }
activity-neighbour-voucher = چک تفریحی { $municipality } قبول می‌شود
activity-municipality-label = شاروالی
activity-trial =
    { $count ->
        [one] { $count } تمرین آزمایشی رایگان
       *[other] { $count } تمرین آزمایشی رایگان
    }
activity-distance = { $km } کیلومتر دور
activity-by = برگزارکننده
activity-by-municipality = شاروالی برگزار می‌کند
activity-place = جای
activity-map = نشان دادن روی نقشه
activity-leaders-speak = زبان مربیان
activity-accessibility = دسترسی برای معلولین
activity-equipment = وسایلی که می‌توانید قرض بگیرید
activity-contact = تماس
activity-call = زنگ بزنید
activity-email = ایمیل بفرستید
activity-website = ویب‌سایت
activity-calendar-hint = فایل در تقویم تیلفون شما باز می‌شود.
activity-in-swedish = انجمن هنوز به زبان شما ننوشته است. متن به سویدنی نشان داده می‌شود.
activity-for = سن
activity-category-label = فعالیت
activity-gender-label = برای چه کسانی
activity-when-label = چه وقت
activity-season-label = فصل
activity-next-label = دفعهٔ بعد
activity-next-at = { $date }، { $time }
activity-cost-label = فیس
activity-voucher-label = چک تفریحی (fritidscheck)
activity-trial-label = امتحان کنید
association-activities = فعالیت‌های انجمن
association-calendar = مشترک شدن در تقویم انجمن
association-voucher = چک تفریحی (fritidscheck) را قبول می‌کند

error-invalid-filter = یکی از انتخاب‌ها درست نیست.
error-no-weekdays = دست کم یک روز هفته را انتخاب کنید.
error-end-before-start = وقت ختم باید بعد از وقت شروع باشد.
error-season-reversed = فصل باید بعد از شروع، ختم شود.
error-season-too-long = فصل حد اکثر می‌تواند 400 روز باشد.
error-no-sessions = دست کم یک تاریخ اضافه کنید.
error-too-many-sessions = تاریخ‌ها بسیار زیاد است.
error-age-out-of-range = سن باید بین 0 و 99 باشد.
error-age-reversed = بالاترین سن باید دست کم برابر با پایین‌ترین سن باشد.
error-cost-out-of-range = فیس نمی‌تواند منفی یا بیش از حد زیاد باشد.
error-trial-out-of-range = تمرین‌های آزمایشی بسیار زیاد است.
error-swedish-required = متن باید به سویدنی موجود باشد.
error-position = جای روی نقشه درست نیست.
error-too-many = انتخاب‌ها بسیار زیاد است.
error-invalid-phone = این نمبر تیلفون نیست.
error-invalid-website = آدرس ویب‌سایت باید با ⁦https://⁩ شروع شود
error-org-number-shape = نمبر سازمان باید ده رقم داشته باشد، مثلاً ⁦802400-1375⁩.
error-org-number-check = نمبر سازمان درست نیست. رقم‌ها را بررسی کنید.
error-org-number-taken = یک انجمن با این نمبر سازمان از قبل موجود است.

# The fritidscheck: the guardian's balance page (no name, only the money), the names of
# a voucher's states, and the server's refusals, which the staff console shows too.
voucher-link = باقی‌ماندهٔ چک تفریحی (fritidscheck) را ببینید
voucher-title = باقی‌ماندهٔ چک تفریحی
voucher-intro = ببینید در چک تفریحی (fritidscheck) طفل شما چقدر پیسه باقی مانده و برای چه چیزهایی پرداخته است. کود روی کارت را بنویسید یا کود QR را اسکن کنید. به هیچ نامی ضرورت نیست.
voucher-code-label = کود روی کارت
voucher-code-hint = 14 حرف و رقم، زیر کود QR. فاصله و خط تیره مهم نیست.
voucher-check = باقی‌مانده را نشان بده
voucher-heading = چک تفریحی { $year }
voucher-left = { $balance } از { $amount } باقی مانده است
voucher-valid = معتبر از { $from } تا { $until }
voucher-uses-heading = چیزهایی که چک پرداخته است
voucher-no-uses = از چک هنوز استفاده نشده است.
voucher-use-reversed = پس گرفته شد: پیسه دوباره در چک است
voucher-saved-at = در این تیلفون ذخیره شده: { $date } ساعت { $time }. شاید باقی‌مانده از آن وقت تا حال تغییر کرده باشد.
voucher-not-found = هیچ چک تفریحی این کود را ندارد. کود را با کارت مقایسه کنید.
voucher-state-valid = معتبر
voucher-state-not-yet-valid = هنوز معتبر نیست
voucher-state-expired = تاریخ آن گذشته است
voucher-state-revoked = مسدود شده
voucher-state-used = تمام شده

error-voucher-code-shape = کود باید 14 حرف و رقم داشته باشد، مثل روی کارت.
error-voucher-code-check = کود درست نیست: یک حرف غلط است یا دو حرف جای خود را عوض کرده‌اند. آن را با کارت مقایسه کنید.

## کتابخانهٔ وسایل ورزشی برای خانواده‌ها: فهرست، یک وسیله، رزرو و «رزروهای من»
sportotek-link = وسایل ورزشی را رایگان از کتابخانهٔ وسایل ورزشی قرض بگیرید
activity-sportotek-heading = وسایل را از کتابخانهٔ وسایل ورزشی قرض بگیرید
activity-sportotek-intro = برای کودکان و نوجوانان رایگان است. اینجا رزرو کنید و از کتابخانهٔ وسایل ورزشی تحویل بگیرید.

# The balance's covered activities
voucher-covered-heading = فعالیت‌هایی که این کارت تمام فیس آن‌ها را می‌پردازد
voucher-covered-age = برای طفلی که امسال { $count } ساله می‌شود.
voucher-covered-all = همه را در جستجوی فعالیت‌ها ببینید
