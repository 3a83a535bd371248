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
