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

weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه

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

activities-title = یک فعالیت پیدا کنید
activities-intro = ورزش، موسیقی، پیشاهنگی و بیشتر برای اطفال و جوانان. با چک تفریحی (fritidscheck) شاروالی می‌تواند فیس را بپردازد.
filter-heading = انتخاب کنید
filter-age = سن طفل
filter-age-any = همهٔ سن‌ها
filter-category = چه چیزی
filter-category-any = همه
filter-weekday = روز
filter-weekday-any = همهٔ روزها
filter-time = وقت روز
filter-time-any = تمام روز
filter-covered = تمام فیس را چک تفریحی (fritidscheck) می‌پردازد
filter-trial = تمرین آزمایشی رایگان
filter-speaks = زبان مربی
filter-speaks-any = همهٔ زبان‌ها
filter-clear = پاک کردن
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

activity-ages = { $min }–{ $max } ساله
activity-age-from = از { $min } سالگی
activity-next = دفعهٔ بعد: { $date }، { $time }
activity-weekly = هر { $days }، { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = تاریخ‌ها
activity-cost = { $amount } برای هر سمستر
activity-free = رایگان
activity-covered = چک تفریحی (fritidscheck) همه را می‌پردازد
activity-voucher-accepted = چک تفریحی (fritidscheck) قبول می‌شود
activity-voucher-not-accepted = چک تفریحی (fritidscheck) قبول نمی‌شود
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
activity-add-to-calendar = افزودن به تقویم
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
error-text-too-long = متن بسیار دراز است.
error-text-control = متن حروف غیر مجاز دارد.
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

## کتابخانهٔ وسایل ورزشی
error-loan-code-shape = کود ۱۰ حرف و رقم دارد، مثل تأییدیه.
error-loan-code-check = کود درست نیست: یک حرف غلط است یا دو حرف جای خود را عوض کرده‌اند. آن را با تأییدیه مقایسه کنید.
error-sportotek-day-past = آن روز گذشته است. روز دیگری را انتخاب کنید.
error-sportotek-day-too-far = نمی‌شود این‌قدر پیش‌تر رزرو کرد. روز نزدیک‌تری را انتخاب کنید.
error-sportotek-day-closed = کتابخانهٔ وسایل ورزشی در آن روز بسته است. روز دیگری را انتخاب کنید.
error-sportotek-not-pickup-day = کتابخانهٔ وسایل ورزشی در این روز هفته باز نیست. روزی را انتخاب کنید که باز است.
error-sportotek-no-copy-free = این اندازه در آن روز قبلاً امانت داده شده یا رزرو شده است. روز یا اندازهٔ دیگری را انتخاب کنید.
error-sportotek-contact = یک شمارهٔ تلفون یا آدرس ایمیل بنویسید.
error-sportotek-unknown-size = این اندازه وجود ندارد. اندازه‌ای را از فهرست انتخاب کنید.
error-sportotek-unknown-category = این دسته وجود ندارد.
error-sportotek-limit = شما همین حالا به اندازهٔ حد مجاز وسایل امانت گرفته یا رزرو کرده‌اید.
error-sportotek-not-cancellable = رزرو لغو شده نمی‌تواند: قبلاً گرفته شده، لغو شده یا تاریخ آن گذشته است.
sportotek-calendar-pickup = { $item } را از کتابخانهٔ وسایل ورزشی بگیرید
sportotek-calendar-return = { $item } را به کتابخانهٔ وسایل ورزشی پس بدهید
sportotek-calendar-code = کود رزرو: { $code }

## کتابخانهٔ وسایل ورزشی برای خانواده‌ها: فهرست، یک وسیله، رزرو و «رزروهای من»
sportotek-link = وسایل ورزشی را رایگان از کتابخانهٔ وسایل ورزشی قرض بگیرید
sportotek-title = کتابخانهٔ وسایل ورزشی
sportotek-intro = کودکان و نوجوانان وسایل ورزشی را رایگان قرض می‌گیرند: کفش اسکیت، اسکی، کلاه ایمنی، بایسکل و چیزهای دیگر. اینجا رزرو کنید و از کتابخانهٔ وسایل ورزشی تحویل بگیرید.
sportotek-my-reservations = رزروهای من
sportotek-categories = به چه چیزی ضرورت دارید؟
sportotek-category-all = همه
sportotek-category-skates = کفش اسکیت روی یخ
sportotek-category-skis = اسکی و چوب اسکی
sportotek-category-ski-boots = بوت اسکی
sportotek-category-helmets = کلاه ایمنی
sportotek-category-bikes = بایسکل
sportotek-category-balls = توپ
sportotek-category-rackets = راکت
sportotek-category-sticks = چوب هاکی
sportotek-category-life-jackets = جلیقهٔ نجات
sportotek-category-protection = وسایل محافظتی
sportotek-category-outdoor = طبیعت‌گردی
sportotek-category-other = دیگر
sportotek-filter-size = اندازه
sportotek-filter-size-any = همهٔ اندازه‌ها
sportotek-filter-age = برای کودکی به سن
sportotek-filter-age-any = همهٔ سنین
sportotek-count =
    { $count ->
        [one] { $count } وسیله
       *[other] { $count } وسیله
    }
sportotek-none = هیچ چیزی با همهٔ انتخاب‌های شما مطابقت ندارد. یکی از انتخاب‌ها را بردارید و دوباره کوشش کنید.
sportotek-sizes = اندازه‌ها: { $sizes }
sportotek-free-today = امروز قابل تحویل است
sportotek-free-from = از { $day } قابل تحویل است
sportotek-not-free = فعلاً همه قرض داده شده یا رزرو شده است
sportotek-pickup-at = همه چیز از { $place } تحویل گرفته می‌شود.
sportotek-in-swedish = کتابخانهٔ وسایل ورزشی هنوز به زبان شما ننوشته است. متن به زبان سویدنی نشان داده می‌شود.
sportotek-sizes-heading = اندازه‌ها و زمان تحویل
sportotek-age-to = تا { $max } سال
sportotek-copies =
    { $count ->
        [one] { $count } عدد
       *[other] { $count } عدد
    }
sportotek-next-days = نزدیک‌ترین روزهای تحویل:
sportotek-pickup-day = { $day }، { $hours }
sportotek-keep-days =
    { $count ->
        [one] قرض برای { $count } روز
       *[other] قرض برای { $count } روز
    }
sportotek-reserve-size = رزرو اندازهٔ { $size }
sportotek-place-heading = محل تحویل
sportotek-hours-heading = ساعات کاری
sportotek-no-hours = کتابخانهٔ وسایل ورزشی فعلاً ساعات کاری ندارد.
sportotek-closed-heading = روزهای بسته
sportotek-terms =
    { $count ->
        [one] حداکثر برای { $count } روز قرض می‌گیرید، رایگان.
       *[other] حداکثر برای { $count } روز قرض می‌گیرید، رایگان.
    }
sportotek-max-items =
    { $count ->
        [one] هر خانواده در یک وقت حداکثر { $count } وسیله.
       *[other] هر خانواده در یک وقت حداکثر { $count } وسیله.
    }
sportotek-reserve-title = رزرو { $item }
sportotek-reserve-intro = اندازه و روز را انتخاب کنید. وسیله را از کتابخانهٔ وسایل ورزشی تحویل می‌گیرید و کود رزرو را نشان می‌دهید.
sportotek-field-size = اندازه
sportotek-field-day = روز تحویل
sportotek-field-name = نام شما
sportotek-field-contact = نمبر تیلفون یا ایمیل
sportotek-contact-hint = تا کارمندان بتوانند دربارهٔ قرض با شما تماس بگیرند. فقط کارمندان آن را می‌بینند و چند هفته پس از پایان قرض پاک می‌شود.
sportotek-choose = انتخاب کنید …
sportotek-choose-size-first = اول اندازه را انتخاب کنید
sportotek-size-option-full = { $size } – چیزی آزاد نیست
sportotek-reserve-submit = رزرو کنید
sportotek-reserving = در حال رزرو …
sportotek-problems = فورم را بررسی کنید:
sportotek-problem = { $field }: { $problem }
sportotek-error-required = این خانه باید پر شود.
sportotek-error-retry = رزرو فرستاده نشد. دوباره «رزرو کنید» را بزنید.
sportotek-reserve-offline = با سرور تماس نیست و هنوز چیزی رزرو نشده است. وقتی انترنت داشتید، دوباره «رزرو کنید» را بزنید.
sportotek-reservations-title = رزروهای من
sportotek-reservations-intro = رزروهایی که در این تیلفون انجام یا جستجو شده‌اند. بدون انترنت هم نشان داده می‌شوند.
sportotek-reservations-none = هنوز هیچ رزروی در این تیلفون نیست.
sportotek-reserved-heading = تمام شد! رزرو شما انجام شد
sportotek-reserved-show-code = هنگام تحویل گرفتن این کود را نشان دهید. در این تیلفون ذخیره شده است.
sportotek-reservation-heading = رزرو شما
sportotek-code-label = کود رزرو:
sportotek-state-reserved = رزرو شده
sportotek-state-lent = قرض داده شده
sportotek-state-returned = پس داده شده
sportotek-state-cancelled = لغو شده
sportotek-state-lapsed = تحویل گرفته نشد، رزرو ختم شد
sportotek-pickup-on = تحویل { $day }، { $hours }
sportotek-pickup-on-day = تحویل { $day }
sportotek-return-by = تا { $day } پس بدهید
sportotek-updated-at = به‌روز شده در { $date } ساعت { $time }
sportotek-cancel = لغو رزرو
sportotek-cancel-question = رزرو { $item } لغو شود؟ آنگاه کس دیگری می‌تواند آن را قرض بگیرد.
sportotek-cancel-confirm = بلی، لغو شود
sportotek-cancel-keep = نخیر، نگه دارید
sportotek-cancel-offline = برای لغو رزرو به انترنت ضرورت دارید.
sportotek-forget = از این تیلفون پاک کنید
sportotek-lookup-label = کود رزرو دارید؟ اینجا بنویسید
sportotek-lookup-hint = ۱۰ حرف و رقم. فاصله و خط تیره مهم نیست.
sportotek-lookup = نشان دادن رزرو
sportotek-lookup-not-found = هیچ رزروی این کود را ندارد. آن را با تأییدیه مقایسه کنید.
activity-sportotek-heading = وسایل را از کتابخانهٔ وسایل ورزشی قرض بگیرید
activity-sportotek-intro = برای کودکان و نوجوانان رایگان است. اینجا رزرو کنید و از کتابخانهٔ وسایل ورزشی تحویل بگیرید.

# The balance's covered activities
voucher-covered-heading = فعالیت‌هایی که این کارت تمام فیس آن‌ها را می‌پردازد
voucher-covered-age = برای طفلی که امسال { $count } ساله می‌شود.
voucher-covered-all = همه را در جستجوی فعالیت‌ها ببینید
