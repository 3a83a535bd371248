# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
nav-search = بحث
nav-about = عن التطبيق
language-picker-label = اللغة
loading = جارٍ التحميل …
offline-banner = أنت غير متصل بالإنترنت. ترى ما هو محفوظ في هاتفك.
saved-copy = نسخة محفوظة بتاريخ { $date }
try-again = حاول مرة أخرى
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
not-found-title = الصفحة غير موجودة
not-found-body = قد يكون الرابط قديمًا. ابدأ من جديد من الصفحة الرئيسية.

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

error-generic = حدث خطأ ما. حاول مرة أخرى.
error-network = لا يوجد اتصال بالخادم. تحقّق من اتصالك بالإنترنت.
error-not-found = ما تبحث عنه غير موجود.
error-unknown-language = هذه اللغة غير موجودة.
error-invalid-slug = العنوان غير صالح.
error-query-empty = اكتب كلمة للبحث عنها.
error-query-too-long = نص البحث طويل جدًا.
error-malformed-body = تعذّرت قراءة الطلب.
error-body-too-large = الطلب كبير جدًا.
error-rate-limited = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
error-internal = حدث خطأ من جهتنا. حاول مرة أخرى لاحقًا.
error-unavailable = الخدمة غير متاحة حاليًا. حاول مرة أخرى بعد قليل.

nav-activities = الأنشطة
nav-mine = أشيائي
home-activities-title = ابحث عن نشاط لطفلك
home-activities-body = رياضة وموسيقى وكشافة وغير ذلك. يمكن لقسيمة الترفيه (fritidscheck) أن تدفع الرسوم.

# The link to the refugee guides (the finder and the start page).
guides-link = قابل مرشداً للاجئين: متطوع يساعدك مجاناً
home-guides-title = قابل مرشداً للاجئين
home-guides-body = متطوع يتحدث لغتك يساعدك في اللغة السويدية والرسائل والاستمارات أو في التعرف على المدينة. مجاناً.

# Issue 14: saved articles and next steps
article-save = احفظ لوقت لاحق
activity-guide-help-heading = احصل على مساعدة في التسجيل
activity-guide-help-link = يمكن لمرشد للاجئين يتحدث لغتك أن يساعدك مجاناً

## Shared by the pages under /activities (the finder, the Sportotek, the guides, Mine) and the forms that send text
activities-title = ابحث عن نشاط
filter-age = عمر الطفل
filter-age-any = كل الأعمار
filter-clear = مسح
activity-ages = { $min }–{ $max } سنة
activity-age-from = من عمر { $min } سنة
activity-add-to-calendar = أضف إلى التقويم
error-text-too-long = النص طويل جدًا.
error-text-control = يحتوي النص على رموز غير مسموح بها.
error-loan-code-shape = يتكون الرمز من 10 أحرف وأرقام، كما في التأكيد.
error-loan-code-check = الرمز غير صحيح: أحد الأحرف خاطئ أو تبادل حرفان مكانيهما. قارنه بالتأكيد.
error-sportotek-contact = اكتب رقم هاتف أو عنوان بريد إلكتروني.
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
error-required = يجب ملء هذا الحقل.
error-invalid-email = هذا ليس عنوان بريد إلكتروني.
