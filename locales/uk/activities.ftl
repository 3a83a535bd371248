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

weekday-mon = понеділок
weekday-tue = вівторок
weekday-wed = середа
weekday-thu = четвер
weekday-fri = п'ятниця
weekday-sat = субота
weekday-sun = неділя

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

activities-title = Знайти заняття
activities-intro = Спорт, музика, скаутинг та інше для дітей і молоді. З дозвіллєвим чеком (fritidscheck) муніципалітет може оплатити внесок.
filter-heading = Виберіть
filter-age = Вік дитини
filter-age-any = Будь-який вік
filter-category = Що
filter-category-any = Усе
filter-weekday = День
filter-weekday-any = Усі дні
filter-time = Час дня
filter-time-any = Увесь день
filter-covered = Повністю оплачує дозвіллєвий чек (fritidscheck)
filter-trial = Безкоштовне пробне заняття
filter-speaks = Мова керівника
filter-speaks-any = Усі мови
filter-clear = Очистити
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

activity-ages = { $min }–{ $max } років
activity-age-from = Від { $min } років
activity-next = Наступне заняття: { $date }, { $time }
activity-weekly = Щотижня: { $days }, { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = Дати
activity-cost = { $amount } за семестр
activity-free = Безкоштовно
activity-covered = Дозвіллєвий чек (fritidscheck) оплачує все
activity-voucher-accepted = Приймають дозвіллєвий чек (fritidscheck)
activity-voucher-not-accepted = Не приймають дозвіллєвий чек (fritidscheck)
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
activity-add-to-calendar = Додати в календар
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
error-text-too-long = Текст задовгий.
error-text-control = Текст містить недозволені символи.
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

## Спортотека
error-loan-code-shape = Код має 10 літер і цифр, як у підтвердженні.
error-loan-code-check = Код неправильний: один символ хибний або два помінялися місцями. Звірте його з підтвердженням.
error-sportotek-day-past = Цей день уже минув. Виберіть інший день.
error-sportotek-day-too-far = Так далеко наперед бронювати не можна. Виберіть ближчий день.
error-sportotek-day-closed = Спортотека в цей день зачинена. Виберіть інший день.
error-sportotek-not-pickup-day = Спортотека не працює в цей день тижня. Виберіть день, коли вона відчинена.
error-sportotek-no-copy-free = Цей розмір у цей день уже видано або заброньовано. Виберіть інший день або розмір.
error-sportotek-contact = Напишіть номер телефону або адресу електронної пошти.
error-sportotek-unknown-size = Такого розміру немає. Виберіть розмір зі списку.
error-sportotek-unknown-category = Такої категорії немає.
error-sportotek-limit = У вас уже стільки речей позичено або заброньовано, скільки можна мати одночасно.
error-sportotek-not-cancellable = Бронювання не можна скасувати: його вже отримано, скасовано або термін минув.
sportotek-calendar-pickup = Забрати { $item } у Спортотеці
sportotek-calendar-return = Повернути { $item } до Спортотеки
sportotek-calendar-code = Код бронювання: { $code }

## Спортотека для родин: каталог, одна річ, бронювання та «Мої бронювання»
sportotek-link = Позичайте спортивне спорядження безкоштовно у Спортотеці
sportotek-title = Спортотека
sportotek-intro = Діти та молодь безкоштовно позичають спортивне спорядження: ковзани, лижі, шоломи, велосипеди тощо. Забронюйте тут і заберіть у Спортотеці.
sportotek-my-reservations = Мої бронювання
sportotek-categories = Що вам потрібно?
sportotek-category-all = Усе
sportotek-category-skates = Ковзани
sportotek-category-skis = Лижі та палиці
sportotek-category-ski-boots = Лижні черевики
sportotek-category-helmets = Шоломи
sportotek-category-bikes = Велосипеди
sportotek-category-balls = М’ячі
sportotek-category-rackets = Ракетки
sportotek-category-sticks = Ключки
sportotek-category-life-jackets = Рятувальні жилети
sportotek-category-protection = Захисне спорядження
sportotek-category-outdoor = Відпочинок на природі
sportotek-category-other = Інше
sportotek-filter-size = Розмір
sportotek-filter-size-any = Усі розміри
sportotek-filter-age = Для дитини віком
sportotek-filter-age-any = Будь-який вік
sportotek-count =
    { $count ->
        [one] { $count } річ
        [few] { $count } речі
        [many] { $count } речей
       *[other] { $count } речі
    }
sportotek-none = Немає нічого, що відповідає всім вашим умовам. Приберіть одну умову й спробуйте знову.
sportotek-sizes = Розміри: { $sizes }
sportotek-free-today = Можна забрати сьогодні
sportotek-free-from = Найближчий день видачі: { $day }
sportotek-not-free = Зараз усе видано або заброньовано
sportotek-pickup-at = Усе видають тут: { $place }.
sportotek-in-swedish = Спортотека ще не написала вашою мовою. Текст показано шведською.
sportotek-sizes-heading = Розміри та коли їх можна забрати
sportotek-age-to = Вік до { $max }
sportotek-copies =
    { $count ->
        [one] { $count } примірник
        [few] { $count } примірники
        [many] { $count } примірників
       *[other] { $count } примірника
    }
sportotek-next-days = Найближчі дні видачі:
sportotek-pickup-day = { $day }, { $hours }
sportotek-keep-days =
    { $count ->
        [one] на { $count } день
        [few] на { $count } дні
        [many] на { $count } днів
       *[other] на { $count } дня
    }
sportotek-reserve-size = Забронювати розмір { $size }
sportotek-place-heading = Де забрати
sportotek-hours-heading = Години роботи
sportotek-no-hours = Зараз у Спортотеки немає годин роботи.
sportotek-closed-heading = Зачинено
sportotek-terms =
    { $count ->
        [one] Ви позичаєте щонайбільше на { $count } день, безкоштовно.
        [few] Ви позичаєте щонайбільше на { $count } дні, безкоштовно.
        [many] Ви позичаєте щонайбільше на { $count } днів, безкоштовно.
       *[other] Ви позичаєте щонайбільше на { $count } дня, безкоштовно.
    }
sportotek-max-items =
    { $count ->
        [one] Щонайбільше { $count } річ одночасно на родину.
        [few] Щонайбільше { $count } речі одночасно на родину.
        [many] Щонайбільше { $count } речей одночасно на родину.
       *[other] Щонайбільше { $count } речі одночасно на родину.
    }
sportotek-reserve-title = Забронювати: { $item }
sportotek-reserve-intro = Виберіть розмір і день. Ви забираєте річ у Спортотеці й показуєте код бронювання.
sportotek-field-size = Розмір
sportotek-field-day = День, коли забрати
sportotek-field-name = Ваше ім’я
sportotek-field-contact = Номер телефону або електронна пошта
sportotek-contact-hint = Щоб працівники могли зв’язатися з вами щодо позики. Бачать це лише працівники, а видаляють через кілька тижнів після завершення позики.
sportotek-choose = Виберіть …
sportotek-choose-size-first = Спершу виберіть розмір
sportotek-size-option-full = { $size } – немає вільних
sportotek-reserve-submit = Забронювати
sportotek-reserving = Бронюємо …
sportotek-problems = Перевірте форму:
sportotek-problem = { $field }: { $problem }
sportotek-error-required = Це поле треба заповнити.
sportotek-error-retry = Бронювання не вдалося надіслати. Натисніть «Забронювати» ще раз.
sportotek-reserve-offline = Немає зв’язку із сервером, і ще нічого не заброньовано. Натисніть «Забронювати» ще раз, коли з’явиться зв’язок.
sportotek-reservations-title = Мої бронювання
sportotek-reservations-intro = Бронювання, зроблені або знайдені на цьому телефоні. Їх видно й без інтернету.
sportotek-reservations-none = На цьому телефоні ще немає бронювань.
sportotek-reserved-heading = Готово! Ви забронювали
sportotek-reserved-show-code = Покажіть цей код, коли забиратимете. Його збережено на цьому телефоні.
sportotek-reservation-heading = Ваше бронювання
sportotek-code-label = Код бронювання:
sportotek-state-reserved = Заброньовано
sportotek-state-lent = Видано
sportotek-state-returned = Повернуто
sportotek-state-cancelled = Скасовано
sportotek-state-lapsed = Не забрано, термін бронювання минув
sportotek-pickup-on = Забрати: { $day }, { $hours }
sportotek-pickup-on-day = Забрати: { $day }
sportotek-return-by = Повернути не пізніше: { $day }
sportotek-updated-at = Оновлено { $date } о { $time }
sportotek-cancel = Скасувати бронювання
sportotek-cancel-question = Скасувати бронювання: { $item }? Тоді хтось інший зможе це позичити.
sportotek-cancel-confirm = Так, скасувати
sportotek-cancel-keep = Ні, залишити
sportotek-cancel-offline = Щоб скасувати, потрібен зв’язок з інтернетом.
sportotek-forget = Видалити з телефону
sportotek-lookup-label = Маєте код бронювання? Введіть його тут
sportotek-lookup-hint = 10 літер і цифр. Пробіли й дефіси не мають значення.
sportotek-lookup = Показати бронювання
sportotek-lookup-not-found = Немає бронювання з таким кодом. Звірте його з підтвердженням.
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
