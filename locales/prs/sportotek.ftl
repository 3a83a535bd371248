# Sportoteket: free sports equipment for children, for families (the catalogue, an item, a
# reservation and "My reservations") and the texts the server writes for it. Swedish is
# the source.
# Numbers and addresses inside right-to-left text sit between U+2066 and U+2069 (an
# invisible left-to-right isolate), so they keep their order.

## کتابخانهٔ وسایل ورزشی
error-sportotek-day-past = آن روز گذشته است. روز دیگری را انتخاب کنید.
error-sportotek-day-too-far = نمی‌شود این‌قدر پیش‌تر رزرو کرد. روز نزدیک‌تری را انتخاب کنید.
error-sportotek-day-closed = کتابخانهٔ وسایل ورزشی در آن روز بسته است. روز دیگری را انتخاب کنید.
error-sportotek-not-pickup-day = کتابخانهٔ وسایل ورزشی در این روز هفته باز نیست. روزی را انتخاب کنید که باز است.
error-sportotek-no-copy-free = این اندازه در آن روز قبلاً امانت داده شده یا رزرو شده است. روز یا اندازهٔ دیگری را انتخاب کنید.
error-sportotek-unknown-size = این اندازه وجود ندارد. اندازه‌ای را از فهرست انتخاب کنید.
error-sportotek-unknown-category = این دسته وجود ندارد.
error-sportotek-limit = شما همین حالا به اندازهٔ حد مجاز وسایل امانت گرفته یا رزرو کرده‌اید.
error-sportotek-not-cancellable = رزرو لغو شده نمی‌تواند: قبلاً گرفته شده، لغو شده یا تاریخ آن گذشته است.
sportotek-calendar-pickup = { $item } را از کتابخانهٔ وسایل ورزشی بگیرید
sportotek-calendar-return = { $item } را به کتابخانهٔ وسایل ورزشی پس بدهید
sportotek-calendar-code = کود رزرو: { $code }

## کتابخانهٔ وسایل ورزشی برای خانواده‌ها: فهرست، یک وسیله، رزرو و «رزروهای من»
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
sportotek-more = بیشتر نشان بده
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
