# The region's shared articles in the console (issue 18): only the console fetches this file.
console-region-content = { $region }: مشترك في كل المقاطعة
console-shared-title = مقالات مشتركة من المقاطعة
console-shared-intro = تكتب المقاطعة هذه المقالات وتترجمها مرة واحدة. يراها قراؤكم بين مقالاتكم. أخفِ مقالة، أو اكتب نسختكم الخاصة لتظهر بدلًا من نسخة المقاطعة.
console-shared-none = لا تشارك المقاطعة أي مقالات بعد.
console-shared-shown = ظاهرة
console-shared-hidden = مخفية عن قرائكم
console-shared-replaced = تظهر نسختكم الخاصة
console-shared-hide = إخفاء
console-shared-show = إظهار مرة أخرى
console-shared-copy = اكتب نسختكم الخاصة
console-shared-edit-own = حرّر نسختكم
console-shared-region-note = هذه نصوص المقاطعة المشتركة. ما تكتبونه هنا يظهر في كل بلديات المقاطعة.
