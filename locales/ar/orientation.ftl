# The orientation app's own texts (start page, topics, articles, search, about): only its
# pages fetch them; the shell's, the errors' and the shared words stay in app.ftl.

demo-notice = نسخة تجريبية: البلدية والعناوين وأرقام الهواتف هنا غير حقيقية.
home-title = مرحبًا بك في { $municipality }
home-intro = هنا تجد ما تحتاج إلى معرفته عن الحياة هنا، بلغتك. كل ما قرأته يمكنك أن تقرأه مرة أخرى دون إنترنت.
home-municipality = بلديتك
home-municipality-choose = اختر
topics-heading = المواضيع
article-count =
    { $count ->
        [zero] لا توجد مقالات
        [one] مقالة واحدة
        [two] مقالتان
        [few] { $count } مقالات
        [many] { $count } مقالةً
       *[other] { $count } مقالة
    }
topic-all = كل المواضيع
article-state-outdated = تغيّر النص السويدي بعد كتابة هذه الترجمة. قد تكون بعض المعلومات غير محدَّثة.
article-state-missing = هذه المقالة غير متوفرة بلغتك بعد. أنت تقرؤها باللغة السويدية.
article-read-swedish = اقرأ باللغة السويدية
article-read-mine = اقرأ بلغتي
article-review-checked = راجعها مترجم بتاريخ { $date }
article-review-unchecked = لم يراجعها مترجم بعد
article-updated = آخر تحديث: { $date }
article-shared-by = من { $region }: النص نفسه في كل المقاطعة
article-beside-swedish = اعرضها بجانب السويدية
article-beside-close = اعرض لغة واحدة فقط
article-read-aloud = اقرأ بصوت عالٍ
article-stop-reading = أوقف القراءة
feedback-question = هل كان هذا مفيدًا؟
feedback-yes = نعم
feedback-no = لا
feedback-thanks = شكرًا على إجابتك!
feedback-failed = تعذّر إرسال إجابتك. حاول مرة أخرى لاحقًا.
search-title = بحث
search-label = ابحث في المقالات
search-hint = يمكنك الكتابة بلغتك أو كتابة كلمة سويدية من رسالة وصلتك، مثل Försäkringskassan.
search-button = ابحث
search-results =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجةً
       *[other] { $count } نتيجة
    }
search-no-results = لا توجد نتائج. جرّب كلمة أخرى.
search-offline-note = أنت غير متصل بالإنترنت: البحث يشمل فقط المقالات التي قرأتها.
search-matched-swedish = الكلمة موجودة في النص السويدي
about-title = عن التطبيق وبياناتك
about-what = يساعدك Välkommen، إذا كنت جديدًا في البلدية، على إيجاد المعلومات بلغتك.
about-data-heading = ما البيانات التي تُحفَظ؟
about-data-reading = لا يُحفَظ أي شيء عنك عندما تقرأ. لا تحتاج إلى حساب.
about-data-phone = يحفظ هاتفك اللغة التي اخترتها والمقالات التي قرأتها، حتى تتمكن من قراءتها دون إنترنت. يمكنك حذفها بمسح بيانات الموقع في المتصفح.
about-data-feedback = الإجابات على «هل كان هذا مفيدًا؟» مجهولة الهوية: لا يُحسب إلا المقالة واللغة والإجابة.
about-data-none = لا يستخدم التطبيق ملفات تعريف الارتباط (الكوكيز) للتتبّع، ولا يحمّل أي شيء من مواقع أخرى.
home-activities-title = ابحث عن نشاط لطفلك
home-activities-body = رياضة وموسيقى وكشافة وغير ذلك. يمكن لقسيمة الترفيه (fritidscheck) أن تدفع الرسوم.
home-guides-title = قابل مرشداً للاجئين
home-guides-body = متطوع يتحدث لغتك يساعدك في اللغة السويدية والرسائل والاستمارات أو في التعرف على المدينة. مجاناً.
article-save = احفظ لوقت لاحق
