# "Mine": everything this phone keeps, from every service.
mine-title = چیزهای من
mine-intro = هر چیزی که این تلفن نگه داشته است: چک‌های تفریحی، امانت‌ها از کتابخانهٔ وسایل ورزشی، وقت‌های گرفته‌شده با رهنماها و مقاله‌ها. هیچ‌کدام از تلفن بیرون نمی‌رود، به جز وقتی که کدها نزد شاروالی بررسی می‌شوند.
mine-empty = تلفن هنوز چیزی نگه نداشته است. یک کد را در پایین اضافه کنید، یا یک چک، یک امانت یا یک وقت را باز کنید.
mine-adding = در حال اضافه کردن …
mine-added =
    { $count ->
        [one] { $count } چیز تازه شد.
       *[other] { $count } چیز تازه شدند.
    }
mine-unknown = پیدا نشد: { $codes }. کد را بررسی کنید.
mine-waiting =
    { $count ->
        [one] { $count } کد وقتی اضافه می‌شود که تلفن دوباره به انترنت وصل شود.
       *[other] { $count } کد وقتی اضافه می‌شوند که تلفن دوباره به انترنت وصل شود.
    }
mine-vouchers-heading = چک‌های تفریحی
mine-reservations-heading = امانت‌ها از کتابخانهٔ وسایل ورزشی
mine-bookings-heading = وقت‌ها با رهنماها
mine-articles-heading = مقاله‌های نگه‌داشته‌شده
mine-open = باز کردن
mine-remove = از این تلفن پاک شود
mine-updated = تازه‌شده در { $date } ساعت { $time }
mine-article-saved = نگه‌داشته‌شده در { $date }
mine-reminders-heading = به زودی
mine-today = امروز
mine-tomorrow = فردا
mine-due-pickup = { $when }: { $what } را از کتابخانهٔ وسایل ورزشی بگیرید
mine-due-return = { $when }: { $what } را به کتابخانهٔ وسایل ورزشی پس بدهید
mine-due-meeting = { $when }: دیدار با رهنما { $what }
mine-notify = در این تلفن به من یادآوری کن
mine-notify-hint = تلفن یک روز پیش یادآوری نشان می‌دهد. هیچ چیزی از راه انترنت فرستاده نمی‌شود.
mine-notify-on = یادآوری‌ها روشن هستند: تلفن یک روز پیش به شما یادآوری می‌کند.
mine-notice-pickup = فردا: گرفتن از کتابخانهٔ وسایل ورزشی
mine-notice-return = فردا: پس دادن به کتابخانهٔ وسایل ورزشی
mine-notice-meeting = فردا: دیدار با یک رهنما
mine-notice-meeting-body = شما { $guide } را می‌بینید.
mine-add-heading = یک کد اضافه کنید
mine-add-label = کد، لینک یا پیام کوتاه
mine-add-hint = یک کد بنویسید، یا یک پیام کوتاه کامل یا یک لینک را بچسپانید. همه کدهای داخل متن اضافه می‌شوند.
mine-add = اضافه کردن
mine-add-none = در متن هیچ کدی نیست. یک کد ۱۰ یا ۱۴ حرف دارد، مثلاً 7KQ2-M9XD-4T.
mine-move-heading = انتقال به یک تلفن نو
mine-move-intro = کد را با کمرهٔ تلفن نو اسکن کنید، یا لینک را به آن بفرستید. تلفن نو همین چیزها را می‌گیرد.
mine-move-privacy = لینک فقط کدها را دارد، هرگز نام‌ها را نه. هر کسی که لینک را داشته باشد همین چیزها را می‌بیند، پس آن را فقط به خانوادهٔ خود بدهید.
mine-move-qr = کد QR برای انتقال به یک تلفن نو
mine-move-link = لینک انتقال به یک تلفن نو
mine-move-hint = برای کاپی یا شریک ساختن، لینک را نگه دارید.
mine-forget-heading = همه چیز را فراموش کن
mine-forget-intro = همه کدها، جواب‌ها و مقاله‌های نگه‌داشته‌شده را از این تلفن پاک می‌کند. وقت‌ها نزد شاروالی باقی می‌مانند.
mine-forget = همه چیز را در این تلفن فراموش کن
mine-forget-question = آیا می‌خواهید همه چیز را از این تلفن پاک کنید؟ این کار برگشت ندارد، مگر این‌که کدها را هنوز داشته باشید.
mine-forget-confirm = بلی، همه چیز را فراموش کن
mine-forget-keep = نخیر، نگه دار
mine-forgotten = همه چیز از این تلفن پاک شد.
