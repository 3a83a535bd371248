# "Mine": everything this phone keeps, from every service.
mine-title = أشيائي
mine-intro = كل ما حفظه هذا الهاتف: قسائم الترفيه، والاستعارات من مكتبة المعدات الرياضية، والحجوزات مع المرشدين، والمقالات. لا يغادر شيء منها الهاتف، إلا عند التحقق من الرموز لدى البلدية.
mine-empty = لم يحفظ الهاتف شيئًا بعد. أضف رمزًا أدناه، أو افتح قسيمة أو استعارة أو حجزًا.
mine-adding = جارٍ الإضافة …
mine-added =
    { $count ->
        [zero] لم يُحدَّث شيء.
        [one] تم تحديث شيء واحد.
        [two] تم تحديث شيئين.
        [few] تم تحديث { $count } أشياء.
        [many] تم تحديث { $count } شيئًا.
       *[other] تم تحديث { $count } شيء.
    }
mine-unknown = لم يُعثر على: { $codes }. تحقّق من الرمز.
mine-waiting =
    { $count ->
        [zero] لا توجد رموز تنتظر.
        [one] سيُضاف رمز واحد عندما يتصل الهاتف بالإنترنت مجددًا.
        [two] سيُضاف رمزان عندما يتصل الهاتف بالإنترنت مجددًا.
        [few] ستُضاف { $count } رموز عندما يتصل الهاتف بالإنترنت مجددًا.
        [many] سيُضاف { $count } رمزًا عندما يتصل الهاتف بالإنترنت مجددًا.
       *[other] سيُضاف { $count } رمز عندما يتصل الهاتف بالإنترنت مجددًا.
    }
mine-vouchers-heading = قسائم الترفيه
mine-reservations-heading = الاستعارات من مكتبة المعدات الرياضية
mine-bookings-heading = الحجوزات مع المرشدين
mine-articles-heading = المقالات المحفوظة
mine-open = افتح
mine-remove = احذف من هذا الهاتف
mine-updated = حُدِّث في { $date } الساعة { $time }
mine-article-saved = حُفظ في { $date }
mine-reminders-heading = قريبًا
mine-today = اليوم
mine-tomorrow = غدًا
mine-due-pickup = { $when }: استلم { $what } من مكتبة المعدات الرياضية
mine-due-return = { $when }: أعد { $what } إلى مكتبة المعدات الرياضية
mine-due-meeting = { $when }: قابل المرشد { $what }
mine-notify = ذكّرني على هذا الهاتف
mine-notify-hint = يعرض الهاتف تذكيرًا قبل يوم. لا يُرسل شيء عبر الإنترنت.
mine-notify-on = التذكيرات مفعّلة: يذكّرك الهاتف قبل يوم.
mine-notice-pickup = غدًا: الاستلام من مكتبة المعدات الرياضية
mine-notice-return = غدًا: الإعادة إلى مكتبة المعدات الرياضية
mine-notice-meeting = غدًا: لقاء مع مرشد
mine-notice-meeting-body = ستقابل { $guide }.
mine-add-heading = أضف رمزًا
mine-add-label = رمز أو رابط أو رسالة نصية
mine-add-hint = اكتب رمزًا، أو الصق رسالة نصية كاملة أو رابطًا. تُضاف كل الرموز الموجودة في النص.
mine-add = أضف
mine-add-none = لا يوجد رمز في النص. يتكون الرمز من 10 أو 14 حرفًا، مثل 7KQ2-M9XD-4T.
mine-move-heading = الانتقال إلى هاتف جديد
mine-move-intro = امسح الرمز بكاميرا الهاتف الجديد، أو أرسل الرابط إليه. سيحصل الهاتف الجديد على الأشياء نفسها.
mine-move-privacy = يحتوي الرابط على الرموز فقط، ولا يحتوي أبدًا على أسماء. من لديه الرابط يستطيع رؤية ما تراه، فأعطه لعائلتك فقط.
mine-move-qr = رمز QR للانتقال إلى هاتف جديد
mine-move-link = رابط الانتقال إلى هاتف جديد
mine-move-hint = اضغط مطولًا على الرابط لنسخه أو مشاركته.
mine-forget-heading = انسَ كل شيء
mine-forget-intro = يحذف كل الرموز والإجابات والمقالات المحفوظة من هذا الهاتف. تبقى الحجوزات لدى البلدية.
mine-forget = انسَ كل شيء على هذا الهاتف
mine-forget-question = هل تريد حذف كل شيء من هذا الهاتف؟ لا يمكن التراجع عن ذلك إلا إذا كانت الرموز لا تزال لديك.
mine-forget-confirm = نعم، انسَ كل شيء
mine-forget-keep = لا، احتفظ بها
mine-forgotten = تم حذف كل شيء من هذا الهاتف.
