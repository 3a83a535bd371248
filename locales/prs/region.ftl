# The region's shared articles in the console (issue 18): only the console fetches this file.
console-region-content = { $region }: مشترک برای تمام ولایت
console-shared-title = مقاله‌های مشترک ولایت
console-shared-intro = ولایت این مقاله‌ها را یک بار می‌نویسد و ترجمه می‌کند. خوانندگان شما آن‌ها را در کنار مقاله‌های خود شما می‌بینند. یکی را پنهان کنید، یا نسخهٔ خود را بسازید که به جای نسخهٔ ولایت نشان داده شود.
console-shared-none = ولایت هنوز هیچ مقاله‌ای را شریک نساخته است.
console-shared-shown = نشان داده می‌شود
console-shared-hidden = از خوانندگان شما پنهان است
console-shared-replaced = نسخهٔ خود شما نشان داده می‌شود
console-shared-hide = پنهان کردن
console-shared-show = دوباره نشان دادن
console-shared-copy = نسخهٔ خود را بسازید
console-shared-edit-own = نسخهٔ خود را ویرایش کنید
console-shared-region-note = این‌ها متن‌های مشترک ولایت است. آنچه این‌جا می‌نویسید در تمام شاروالی‌های ولایت نشان داده می‌شود.
