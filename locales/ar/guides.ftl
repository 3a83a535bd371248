# Refugee guides: times and bookings. Swedish is the source.
# Numbers inside right-to-left text sit between U+2066 and U+2069, so they keep their order.

error-guide-slot-length = يجب أن تتراوح مدة اللقاء بين ⁦15⁩ و⁦180⁩ دقيقة.
error-guide-time-past = لقد مضى هذا الوقت. اختر وقتاً لاحقاً.
error-guide-time-too-far = هذا الوقت بعيد جداً: ⁦26⁩ أسبوعاً من اليوم على الأكثر.
error-guide-slot-overlap = هذا الوقت يتداخل مع وقت آخر من أوقاتك.
error-guide-slot-no-such-time = هذا الوقت غير موجود في ذلك اليوم: تُقدَّم الساعة من ⁦02:00⁩ إلى ⁦03:00⁩ عند بدء التوقيت الصيفي.
error-guide-slot-empty = يوم الأسبوع هذا لا يقع بين اليوم الأول واليوم الأخير.
error-guide-per-week = اختر بين ⁦1⁩ و⁦20⁩ لقاءً في الأسبوع.
error-guide-topic-not-offered = لا يساعد المرشد في هذا الموضوع في ذلك الوقت. اختر موضوعاً آخر.
error-guide-time-taken = هذا الوقت لم يعد متاحاً. اختر وقتاً آخر.
error-guide-no-such-occurrence = ليس لدى المرشد هذا الوقت. اختر وقتاً من القائمة.
error-guide-booking-orphaned = هذا التغيير سيحذف لقاءات محجوزة بالفعل. ألغِها أولاً.
error-guide-open-bookings = لديك بالفعل أكبر عدد من الحجوزات القادمة المسموح به للشخص الواحد. ألغِ حجزاً أولاً.
error-guide-not-cancellable = لم يعد بالإمكان إلغاء الحجز: إنه ملغى بالفعل أو بدأ اللقاء.
error-guide-booking-state = لقد تغيّر الحجز بالفعل. أعد تحميل الصفحة.
