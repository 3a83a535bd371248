# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = Перейти до вмісту
nav-home = Головна
nav-search = Пошук
nav-about = Про застосунок
language-picker-label = Мова
language-picker-go = Змінити мову
loading = Завантаження …
offline-banner = Ви офлайн. Ви бачите те, що збережено у вашому телефоні.
saved-copy = Збережена копія від { $date }
try-again = Спробувати ще раз

not-found-title = Сторінку не знайдено
not-found-body = Можливо, посилання застаріле. Почніть знову з головної сторінки.

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

# The link to the refugee guides (the finder and the start page).
guides-link = Зустріньтеся з гідом для біженців: волонтер допоможе безкоштовно

# Issue 14: saved articles and next steps
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
# Days as the app and the server's first paint write them (model::i18n): a weekday and a day ("tisdag 24 november"), a day with its year ("24 november 2026"). The months in the form they take after a day's number.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
day-with-weekday = { $weekday }, { $day } { $month }
# An amount of kronor; the spaces are no-break spaces, and Arabic's amount opens with a right-to-left mark, as Intl.NumberFormat writes them.
money = { $amount } SEK
day-with-year = { $day } { $month } { $year } р.
error-required = Це поле потрібно заповнити.
error-invalid-email = Це не адреса електронної пошти.
