# Clubs and activities: the finder, an activity's page, an association's page, and the
# names both the finder and the staff console use. Swedish is the source.

category-football = Футбол
category-floorball = Флорбол
category-ice-sports = Хокей і ковзани
category-swimming = Плавання
category-gymnastics = Гімнастика
category-martial-arts = Бойові мистецтва
category-athletics = Легка атлетика
category-skiing = Лижі
category-riding = Верхова їзда
category-dance = Танці
category-music = Музика
category-art = Мистецтво і творчість
category-scouting = Скаутинг
category-outdoor = Відпочинок на природі
category-games = Шахи та ігри
category-homework = Допомога з домашніми завданнями
category-language = Мови
category-camp = Табори
category-school = Літня школа
category-other = Інше

day-part-morning = Ранок (до 12)
day-part-afternoon = День (12–17)
day-part-evening = Вечір (після 17)

gender-all = Усі
gender-girls = Дівчата
gender-boys = Хлопці

status-open = Приймає нових
status-paused = Зараз на паузі
status-full = Зараз немає місць

spoken-sv = шведська
spoken-en = англійська
spoken-ar = арабська
spoken-prs = дарі
spoken-uk = українська
spoken-ru = російська
spoken-so = сомалі
spoken-ti = тигринья
spoken-ku = курдська
spoken-ps = пушту

activities-intro = Спорт, музика, скаутинг та інше для дітей і молоді. З дозвіллєвим чеком (fritidscheck) муніципалітет може оплатити внесок.
filter-heading = Виберіть
filter-category = Що
filter-category-any = Усе
filter-weekday = День
filter-weekday-any = Усі дні
filter-time = Час дня
filter-time-any = Увесь день
filter-covered = Повністю оплачує дозвіллєвий чек (fritidscheck)
filter-trial = Безкоштовне пробне заняття
filter-neighbours = Також заняття в сусідніх комунах
filter-speaks = Мова керівника
filter-speaks-any = Усі мови
# The filters' button where the page works without JavaScript (the app follows each change).
filter-apply = Показати
sort-label = Порядок
sort-next = Спершу найближчі за часом
sort-distance = Спершу найближчі за відстанню
sort-distance-denied = Телефон не повідомив, де ви. Спершу показано те, що починається найшвидше.
activities-count =
    { $count ->
        [one] { $count } заняття
        [few] { $count } заняття
        [many] { $count } занять
       *[other] { $count } заняття
    }
activities-none = Немає нічого, що підходить до всіх умов. Приберіть одну умову й спробуйте ще раз.
activities-more = Показати більше

activity-next = Наступне заняття: { $date }, { $time }
activity-weekly = Щотижня: { $days }, { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = Дати
activity-cost = { $amount } за семестр
activity-free = Безкоштовно
activity-covered = Дозвіллєвий чек (fritidscheck) оплачує все
activity-voucher-accepted = Приймають дозвіллєвий чек (fritidscheck)
activity-voucher-not-accepted = Не приймають дозвіллєвий чек (fritidscheck)
activity-in-municipality = У { $municipality }
activity-neighbour-voucher = Приймають fritidscheck комуни { $municipality }
activity-municipality-label = Комуна
activity-trial =
    { $count ->
        [one] { $count } безкоштовне пробне заняття
        [few] { $count } безкоштовні пробні заняття
        [many] { $count } безкоштовних пробних занять
       *[other] { $count } безкоштовного пробного заняття
    }
activity-distance = { $km } км від вас
activity-by = Організатор
activity-by-municipality = Організовує муніципалітет
activity-place = Місце
activity-map = Показати на карті
activity-leaders-speak = Мови керівників
activity-accessibility = Доступність
activity-equipment = Спорядження, яке можна позичити
activity-contact = Контакти
activity-call = Зателефонувати
activity-email = Написати лист
activity-website = Вебсайт
activity-calendar-hint = Файл відкриється в календарі телефону.
activity-in-swedish = Об'єднання ще не написало текст вашою мовою. Текст показано шведською.
activity-for = Вік
activity-category-label = Заняття
activity-gender-label = Для кого
activity-when-label = Коли
activity-season-label = Сезон
activity-next-label = Наступне заняття
activity-next-at = { $date }, { $time }
activity-cost-label = Внесок
activity-voucher-label = Дозвіллєвий чек (fritidscheck)
activity-trial-label = Спробувати
association-activities = Заняття об'єднання
association-calendar = Підписатися на календар об'єднання
association-voucher = Приймає дозвіллєвий чек (fritidscheck)

error-invalid-filter = Одна з умов недійсна.
error-no-weekdays = Виберіть хоча б один день тижня.
error-end-before-start = Час завершення має бути пізніше за час початку.
error-season-reversed = Сезон має закінчуватися після свого початку.
error-season-too-long = Сезон може тривати не більше 400 днів.
error-no-sessions = Додайте хоча б одну дату.
error-too-many-sessions = Забагато дат.
error-age-out-of-range = Вік має бути від 0 до 99.
error-age-reversed = Найбільший вік має бути не меншим за найменший.
error-cost-out-of-range = Внесок не може бути від'ємним або надто великим.
error-trial-out-of-range = Забагато пробних занять.
error-swedish-required = Текст має бути шведською мовою.
error-position = Місце на карті недійсне.
error-too-many = Вибрано забагато.
error-invalid-phone = Це не номер телефону.
error-invalid-website = Вебадреса має починатися з https://
error-org-number-shape = Номер організації має містити десять цифр, наприклад 802400-1375.
error-org-number-check = Номер організації неправильний. Перевірте цифри.
error-org-number-taken = Об'єднання з таким номером організації вже існує.

# The fritidscheck: the guardian's balance page (no name, only the money), the names of
# a voucher's states, and the server's refusals, which the staff console shows too.
voucher-link = Перевірити залишок на дозвіллєвому чеку (fritidscheck)
voucher-title = Залишок на дозвіллєвому чеку
voucher-intro = Дізнайтеся, скільки залишилося на дозвіллєвому чеку (fritidscheck) вашої дитини і за що ним заплачено. Введіть код із картки або відскануйте QR-код. Ім'я не потрібне.
voucher-code-label = Код на картці
voucher-code-hint = 14 літер і цифр під QR-кодом. Пробіли й дефіси не мають значення.
voucher-check = Перевірити залишок
voucher-heading = Дозвіллєвий чек { $year }
voucher-left = Залишилося { $balance } із { $amount }
voucher-valid = Дійсний з { $from } до { $until }
voucher-uses-heading = За що заплачено чеком
voucher-no-uses = Чеком ще не користувалися.
voucher-use-reversed = Повернено: гроші знову на чеку
voucher-saved-at = Збережено на цьому телефоні { $date } о { $time }. Відтоді залишок міг змінитися.
voucher-not-found = Немає дозвіллєвого чека з таким кодом. Звірте його з карткою.
voucher-state-valid = Дійсний
voucher-state-not-yet-valid = Ще не дійсний
voucher-state-expired = Строк дії минув
voucher-state-revoked = Заблокований
voucher-state-used = Використаний повністю

error-voucher-code-shape = Код має 14 літер і цифр, як на картці.
error-voucher-code-check = Код неправильний: один символ хибний або два помінялися місцями. Звірте його з карткою.

## Спортотека для родин: каталог, одна річ, бронювання та «Мої бронювання»
sportotek-link = Позичайте спортивне спорядження безкоштовно у Спортотеці
activity-sportotek-heading = Позичте спорядження у Спортотеці
activity-sportotek-intro = Безкоштовно для дітей і молоді. Забронюйте тут і заберіть у Спортотеці.

# The balance's covered activities
voucher-covered-heading = Заняття, які ця картка оплачує повністю
voucher-covered-age =
    { $count ->
        [one] Для дитини, якій цього року виповнюється { $count } рік.
        [few] Для дитини, якій цього року виповнюється { $count } роки.
        [many] Для дитини, якій цього року виповнюється { $count } років.
       *[other] Для дитини, якій цього року виповнюється { $count } року.
    }
voucher-covered-all = Переглянути всі в пошуку занять
