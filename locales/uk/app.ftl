# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = Перейти до вмісту
nav-home = Головна
nav-search = Пошук
nav-about = Про застосунок
language-picker-label = Мова
loading = Завантаження …
offline-banner = Ви офлайн. Ви бачите те, що збережено у вашому телефоні.
saved-copy = Збережена копія від { $date }
try-again = Спробувати ще раз
demo-notice = Демо: муніципалітет, адреси та номери телефонів тут вигадані.

home-title = Ласкаво просимо до { $municipality }
home-intro = Тут є те, що вам потрібно знати про життя тут, вашою мовою. Усе, що ви прочитали, можна прочитати знову без інтернету.
home-municipality = Ваша комуна
home-municipality-choose = Вибрати
topics-heading = Теми
article-count =
    { $count ->
        [one] { $count } стаття
        [few] { $count } статті
        [many] { $count } статей
       *[other] { $count } статті
    }
topic-all = Усі теми
not-found-title = Сторінку не знайдено
not-found-body = Можливо, посилання застаріле. Почніть знову з головної сторінки.

article-state-outdated = Шведський текст змінився після того, як було написано цей переклад. Дещо може бути неактуальним.
article-state-missing = Цієї статті ще немає вашою мовою. Ви читаєте її шведською.
article-read-swedish = Читати шведською
article-read-mine = Читати моєю мовою
article-review-checked = Перевірено перекладачем { $date }
article-review-unchecked = Ще не перевірено перекладачем
article-updated = Оновлено { $date }
article-shared-by = Від { $region }: той самий текст для всього округу
article-beside-swedish = Показати поруч зі шведською
article-beside-close = Показати лише одну мову
article-read-aloud = Прочитати вголос
article-stop-reading = Зупинити читання

feedback-question = Це було корисно?
feedback-yes = Так
feedback-no = Ні
feedback-thanks = Дякуємо за вашу відповідь!
feedback-failed = Не вдалося надіслати відповідь. Спробуйте пізніше.

search-title = Пошук
search-label = Пошук у статтях
search-hint = Можна писати вашою мовою або ввести шведське слово з листа, наприклад Försäkringskassan.
search-button = Шукати
search-results =
    { $count ->
        [one] { $count } результат
        [few] { $count } результати
        [many] { $count } результатів
       *[other] { $count } результату
    }
search-no-results = Нічого не знайдено. Спробуйте інше слово.
search-offline-note = Ви офлайн: пошук охоплює лише статті, які ви прочитали.
search-matched-swedish = Це слово є в шведському тексті

about-title = Про застосунок і ваші дані
about-what = Välkommen допомагає вам, новоприбулим до муніципалітету, знаходити інформацію вашою мовою.
about-data-heading = Які дані зберігаються?
about-data-reading = Коли ви читаєте, про вас нічого не зберігається. Обліковий запис не потрібен.
about-data-phone = Телефон зберігає вибрану вами мову та прочитані статті, щоб ви могли читати їх без інтернету. Ви можете видалити їх, очистивши дані сайту в браузері.
about-data-feedback = Відповіді на «Це було корисно?» анонімні: враховуються лише стаття, мова та відповідь.
about-data-none = Застосунок не використовує файли cookie для стеження й нічого не завантажує з інших сайтів.

error-generic = Щось пішло не так. Спробуйте ще раз.
error-network = Немає зв'язку із сервером. Перевірте підключення до інтернету.
error-not-found = Те, що ви шукаєте, не існує.
error-unknown-language = Такої мови немає.
error-invalid-slug = Адреса недійсна.
error-query-empty = Введіть слово для пошуку.
error-query-too-long = Пошуковий запит задовгий.
error-malformed-body = Не вдалося прочитати запит.
error-body-too-large = Запит завеликий.
error-rate-limited = Забагато спроб. Зачекайте трохи й спробуйте ще раз.
error-internal = У нас сталася помилка. Спробуйте пізніше.
error-unavailable = Сервіс зараз недоступний. Спробуйте ще раз за хвилину.

nav-activities = Заняття
nav-mine = Моє
home-activities-title = Знайдіть заняття для дитини
home-activities-body = Спорт, музика, скаутинг та інше. Дозвіллєвий чек (fritidscheck) може оплатити внесок.

# The link to the refugee guides (the finder and the start page).
guides-link = Зустріньтеся з гідом для біженців: волонтер допоможе безкоштовно
home-guides-title = Зустріньтеся з гідом для біженців
home-guides-body = Волонтер, який говорить вашою мовою, допоможе зі шведською, листами й формулярами або покаже місто. Безкоштовно.

# Issue 14: saved articles and next steps
article-save = Зберегти на потім
activity-guide-help-heading = Допомога із записом
activity-guide-help-link = Гід для біженців, який говорить вашою мовою, безкоштовно допоможе вам

## Shared by the pages under /activities (the finder, the Sportotek, the guides, Mine) and the forms that send text
activities-title = Знайти заняття
filter-age = Вік дитини
filter-age-any = Будь-який вік
filter-clear = Очистити
activity-ages = { $min }–{ $max } років
activity-age-from = Від { $min } років
activity-add-to-calendar = Додати в календар
error-text-too-long = Текст задовгий.
error-text-control = Текст містить недозволені символи.
error-loan-code-shape = Код має 10 літер і цифр, як у підтвердженні.
error-loan-code-check = Код неправильний: один символ хибний або два помінялися місцями. Звірте його з підтвердженням.
error-sportotek-contact = Напишіть номер телефону або адресу електронної пошти.
weekday-mon = понеділок
weekday-tue = вівторок
weekday-wed = середа
weekday-thu = четвер
weekday-fri = п'ятниця
weekday-sat = субота
weekday-sun = неділя
error-required = Це поле потрібно заповнити.
error-invalid-email = Це не адреса електронної пошти.
