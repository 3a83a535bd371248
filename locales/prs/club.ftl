# Välkommen: the association leaders' light bundle (/club). Swedish is the source; every other language has the same ids.

club-title = Välkommen – انجمن
club-nav-activities = فعالیت‌های ما
club-nav-console = کنسول کامل کارمندان
club-not-association = این صفحه برای رهبران انجمن‌ها است که چک تفریحی می‌گیرند. حساب شما انجمنی ندارد.
club-activities-hint = با یک لمس فعالیت را موقتاً متوقف کنید، پُر علامت بزنید یا دوباره باز کنید. متن‌ها، تقسیم اوقات و فیس در کنسول کارمندان تغییر داده می‌شوند.
club-scan-missing = این تلیفون نمی‌تواند کد QR را در مرورگر بخواند (مثلاً آیفون). کدی را که زیر کد QR روی کارت چاپ شده بنویسید.
club-offline-check = پوشش نیست: کد حالا بررسی شده نمی‌تواند. با این هم می‌توانید پرداخت را بگیرید. روی تلیفون نگه داشته می‌شود و وقتی پوشش باشد فرستاده می‌شود، و آن وقت بیلانس بررسی می‌شود.
club-waiting-title = در انتظار پوشش
club-waiting-hint = این پرداخت‌ها روی تلیفون می‌مانند، حتی اگر صفحه را دوباره باز کنید یا ببندید. وقتی پوشش باشد خودشان فرستاده می‌شوند، و هر پرداخت فقط یک بار گرفته می‌شود.
club-sign-in-to-send = دوباره وارد شوید تا پرداخت‌ها فرستاده شوند.
club-send-now = حالا فرستادن را امتحان کنید
club-sending = در حال فرستادن …
club-refused-title = پرداخت نشد
club-seen = دیدم
club-typed-at = نوشته شده ساعت { $time }
club-offer-title = با تلیفون در تمرین هستید؟
club-offer-text = صفحهٔ خود انجمن زودتر باز می‌شود و چک تفریحی را حتی بدون پوشش می‌گیرد.
club-offer-open = صفحهٔ انجمن را باز کنید
