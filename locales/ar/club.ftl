# Välkommen: the association leaders' light bundle (/club). Swedish is the source; every other language has the same ids.

club-title = Välkommen – الجمعية
club-nav-activities = أنشطتنا
club-nav-console = لوحة الموظفين كاملة
club-not-association = هذه الصفحة لقادة الجمعيات الذين يستلمون قسيمة الترفيه. لا توجد جمعية مرتبطة بحسابك.
club-activities-hint = أوقف النشاط مؤقتًا أو علّمه كممتلئ أو افتحه من جديد بنقرة واحدة. تُغيَّر النصوص والجدول والرسوم في لوحة الموظفين.
club-scan-missing = لا يستطيع هذا الهاتف قراءة رمز QR في المتصفح (مثل iPhone). اكتب الرمز المطبوع تحت رمز QR على البطاقة.
club-offline-check = لا توجد تغطية: لا يمكن التحقق من الرمز الآن. يمكنك استلام الدفعة مع ذلك. تُحفظ على الهاتف وتُرسل عند توفر التغطية، ويُتحقق من الرصيد حينها.
club-waiting-title = بانتظار التغطية
club-waiting-hint = تبقى هذه الدفعات على الهاتف حتى لو أعدت تحميل الصفحة أو أغلقتها. تُرسل تلقائيًا عند توفر التغطية، وتُخصم كل دفعة مرة واحدة فقط.
club-sign-in-to-send = سجّل الدخول مرة أخرى فتُرسل الدفعات.
club-send-now = حاول الإرسال الآن
club-sending = جارٍ الإرسال …
club-refused-title = لم تُدفع
club-seen = رأيت ذلك
club-typed-at = أُدخلت الساعة { $time }
club-offer-title = على هاتفك في التدريب؟
club-offer-text = صفحة الجمعية الخاصة تُحمَّل أسرع وتستلم قسيمة الترفيه حتى بدون تغطية.
club-offer-open = افتح صفحة الجمعية
