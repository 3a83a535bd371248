# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
nav-search = بحث
nav-about = عن التطبيق
language-picker-label = اللغة
language-picker-go = تغيير اللغة
loading = جارٍ التحميل …
offline-banner = أنت غير متصل بالإنترنت. ترى ما هو محفوظ في هاتفك.
saved-copy = نسخة محفوظة بتاريخ { $date }
try-again = حاول مرة أخرى

not-found-title = الصفحة غير موجودة
not-found-body = قد يكون الرابط قديمًا. ابدأ من جديد من الصفحة الرئيسية.

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

# The link to the refugee guides (the finder and the start page).
guides-link = قابل مرشداً للاجئين: متطوع يساعدك مجاناً

# Issue 14: saved articles and next steps
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
# Days as the app and the server's first paint write them (model::i18n): a weekday and a day ("tisdag 24 november"), a day with its year ("24 november 2026"). The months in the form they take after a day's number.
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
day-with-weekday = { $weekday }، { $day } { $month }
# An amount of kronor; the spaces are no-break spaces, and Arabic's amount opens with a right-to-left mark, as Intl.NumberFormat writes them.
money = ‏{ $amount } SEK
day-with-year = { $day } { $month } { $year }
error-required = يجب ملء هذا الحقل.
error-invalid-email = هذا ليس عنوان بريد إلكتروني.
