# رسائل يرسلها الخادم عند إعداد خادم SMTP. سطر الموضوع نص ثابت: ما يكتبه الناس يظهر في نص الرسالة فقط.

mail-guide-invitation-subject = مرحبًا بك مرشدًا للاجئين
mail-guide-invitation-body =
    مرحبًا!

    شكرًا لرغبتك في أن تكون مرشدًا للاجئين. تمت الموافقة على طلبك.
    افتح الرابط لاختيار كلمة مرور وإضافة الأوقات التي يمكنك اللقاء فيها:

    { $link }

    يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد بضعة أيام.

mail-guide-new-booking-subject = حجز جديد بانتظار تأكيدك
mail-guide-new-booking-body =
    مرحبًا!

    حجز شخص ما لقاءً معك يوم { $day } الساعة { $time }.
    الموضوع: { $topic }
    المكان: { $meeting }، { $place }

    أكّد اللقاء أو ألغِه من هنا:
    { $link }

mail-booking-confirmed-subject = تم تأكيد لقائك
mail-booking-confirmed-body =
    مرحبًا!

    أكّد { $guide } لقاءكما يوم { $day } الساعة { $time }.
    الموضوع: { $topic }
    المكان: { $meeting }، { $place }
    رمز الحجز: { $code }

    يمكنك رؤية اللقاء أو إلغاؤه من هنا:
    { $link }

mail-booking-cancelled-subject = تم إلغاء لقائك
mail-booking-cancelled-body =
    مرحبًا!

    للأسف ألغى { $guide } لقاءكما يوم { $day } الساعة { $time }.
    السبب: { $reason } { $note }

    يمكنك حجز موعد جديد من هنا:
    { $link }
