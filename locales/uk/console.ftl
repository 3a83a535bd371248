# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – персонал
console-signed-in-as = Ви увійшли як { $email }
console-nav-articles = Статті
console-nav-people = Люди
console-nav-settings = Налаштування
console-nav-audit = Журнал
console-no-tasks = Тут поки що немає нічого для вашої ролі.
console-articles-title = Статті
console-needs-count =
    { $count ->
        [one] { $count } стаття для перекладу
        [few] { $count } статті для перекладу
        [many] { $count } статей для перекладу
       *[other] { $count } статті для перекладу
    }
console-state-current = Актуальна
console-state-outdated = Застаріла
console-state-missing = Відсутня
console-published = Опубліковано
console-unpublished = Не опубліковано
console-publish = Опублікувати
console-unpublish = Зняти з публікації
console-field-title = Заголовок
console-field-summary = Короткий зміст
console-field-body = Текст (Markdown)
console-body-hint = Номери телефонів стають посиланнями для дзвінка. Адреса: [Torget 1](map:Torget 1, Granviken).
console-field-reviewed = Перевірено перекладачем
console-preview = Попередній перегляд
console-save = Зберегти
console-saved = Збережено.
console-swedish-original = Шведський оригінал
console-back-to-articles = Усі статті
console-people-title = Люди
console-invite-title = Запросити людину
console-invite = Створити посилання-запрошення
console-invite-link = Дайте це посилання цій людині. Воно спрацює один раз протягом семи днів. Якщо людина вже має обліковий запис, вона прийме роль зі своїм власним паролем:
console-roles = Ролі
console-role-admin = Адміністратор
console-role-coordinator = Координатор наставників біженців
console-role-association = Об'єднання
console-role-guide = Наставник біженців
console-role-sportotek = Sportotek
console-save-roles = Зберегти ролі
console-deactivate = Деактивувати
console-inactive = Неактивний
console-reset-link = Посилання для нового пароля
console-reset-link-ready = Дайте це посилання цій людині. Воно спрацює один раз протягом семи днів. За ним вона обере новий пароль:
console-works-elsewhere = Ця людина працює також деінде. Лише адміністратор кожного муніципалітету, де вона працює, або адміністратор усього регіону може дати новий пароль чи деактивувати обліковий запис. Ролі в цьому муніципалітеті ви можете змінювати.
console-settings-title = Налаштування
console-field-name = Назва муніципалітету
console-field-contact-email = Контакт, електронна пошта
console-field-contact-phone = Контакт, телефон
console-field-region = Регіон
console-audit-title = Журнал
console-audit-when = Коли
console-audit-who = Хто
console-audit-what = Що
console-invitation-title = Пароль вашого облікового запису
console-invitation-hint = Ви нові у Välkommen або отримали це посилання для нового пароля: оберіть пароль щонайменше з 12 символів. Добре підходить речення, яке ви пам'ятаєте. Ви вже маєте обліковий запис і вас запросили на нову роль: введіть свій власний пароль, і обліковий запис отримає нову роль. Пароль при цьому не зміниться.
console-invitation-continue = Продовжити
console-invitation-no-token = У цій адресі бракує коду посилання. Відкрийте отримане посилання ще раз, повністю.
console-invitation-wrong-password = Це не пароль вашого облікового запису. Введіть пароль, з яким ви входите. Якщо ви його забули, попросіть адміністратора про посилання для нового пароля.

# Roles offered to an existing account, waiting for its owner's answer
console-offers-title = Ролі, що чекають на вашу відповідь
console-offers-hint = Роль стане вашою лише після того, як ви її приймете.
console-offer-role = { $municipality } пропонує вам роль «{ $role }».
console-offer-association = { $municipality } пропонує вам роль «{ $role }» для { $association }.
console-offer-accept = Прийняти
console-offer-refuse = Відмовитися
console-offer-accepted = Готово: тепер ця роль ваша.
console-offer-refused = Ви відмовилися. У вашому обліковому записі нічого не змінилося.

console-new-article = Нова стаття
console-field-topic = Тема
console-field-slug = Адреса (a–z, 0–9 і -)
console-create = Створити, неопубліковану
console-municipality = Муніципалітет

console-nav-topics = Теми
console-topics-title = Теми
console-new-topic = Нова тема
console-topic-hint = Тема без назви якоюсь мовою показується зі шведською назвою.

error-invitation-invalid = Посилання вже використано або термін його дії минув. Попросіть нове.
error-password-too-short = Пароль має містити щонайменше 12 символів.
error-password-too-long = Пароль задовгий.
error-email-taken = Обліковий запис із цією адресою електронної пошти вже існує.
error-already-member = Ця людина вже має роль у муніципалітеті. Натомість змініть її ролі у списку.
error-association-decided = Щодо цієї заявки вже ухвалено рішення, можливо, щойно іншим адміністратором. Перезавантажте сторінку, щоб побачити рішення.
error-too-long = Текст задовгий.
error-invalid-characters = Текст містить недозволені символи.
error-own-admin-role = Ви не можете зняти з себе роль адміністратора.
error-own-account = Ви не можете деактивувати власний обліковий запис.
error-invalid-roles = Ролі недійсні.
error-slug-taken = Стаття з такою адресою вже існує.
error-unknown-topic = Такої теми не існує.

# Associations and their activities
console-nav-associations = Об'єднання
console-nav-own-activities = Заняття муніципалітету
console-nav-my-association = Моє об'єднання
console-apply-link = Ваше об'єднання нове? Подайте заявку
console-apply-title = Заявка від вашого об'єднання
console-apply-intro = Муніципалітет розгляне заявку. Після схвалення контактна особа отримає обліковий запис, щоб додавати заняття об'єднання. Назву асоціації, адресу, а також ім'я, e-mail і телефон контактної особи побачать родини на сторінці асоціації.
console-field-association-name = Назва об'єднання
console-field-org-number = Організаційний номер
console-org-number-hint = Десять цифр, наприклад 802400-1375.
console-field-contact-name = Контактна особа
console-field-phone = Телефон
console-field-website = Вебсайт
console-website-hint = Починається з https://
console-field-address = Адреса
console-field-categories = Чим займається об'єднання
console-field-description-sv = Опис об'єднання шведською
console-apply-send = Надіслати заявку
console-apply-thanks = Дякуємо! Заявку надіслано. Муніципалітет напише на { $email }, коли розгляне її.
console-form-problems = Щось треба виправити. Дивіться позначки біля полів.
console-associations-title = Об'єднання
console-associations-none = Ще немає жодного об'єднання.
console-association-pending = Чекає на рішення
console-association-approved = Схвалено
console-association-rejected = Відхилено
console-applied-on = Заявка від { $date }
console-approve = Схвалити
console-reject = Відхилити
console-approved-link = Об'єднання схвалено. Дайте це посилання контактній особі. Воно спрацює один раз протягом семи днів. Якщо контактна особа вже має обліковий запис, вона прийме роль зі своїм власним паролем:
console-rejected-done = Заявку відхилено.
console-my-association-none = Ваш обліковий запис ще не належить жодному об'єднанню.
console-profile-title = Про об'єднання
console-field-accepts-voucher = Ми приймаємо дозвіллєвий чек
console-field-position = Місце на мапі (необов'язково)
console-field-lat = Широта
console-field-lon = Довгота
console-position-hint = Наприклад 60.5130 і 14.2200.
console-position-hint-activity = Наприклад 60.5130 і 14.2200. Якщо порожньо, використовується адреса об'єднання.
console-field-description = Опис
console-texts = Тексти різними мовами
console-required = обов'язково
console-activities-title = Заняття
console-activities-none = Ще немає жодного заняття.
console-new-activity = Нове заняття
console-own-activities-title = Власні заняття муніципалітету
console-activity-new-title = Нове заняття
console-activity-edit-title = Змінити заняття
console-back-to-association = До об'єднання
console-back-to-own = Заняття муніципалітету
console-field-status = Чи можуть приєднатися нові діти?
console-pause = Призупинити
console-mark-full = Позначити, що місць немає
console-open-again = Відкрити знову
console-field-category = Вид заняття
console-field-min-age = Від віку
console-field-max-age = До віку
console-field-gender = Хто може брати участь
console-schedule = Коли
console-schedule-weekly = Щотижня
console-schedule-dates = Окремі дати
console-field-weekdays = Дні тижня
console-field-start = Початок
console-field-end = Кінець
console-field-season-start = Початок сезону
console-field-season-end = Кінець сезону
console-field-date = Дата
console-add-date = Додати дату
console-remove-date = Видалити
console-field-place = Місце
console-field-cost = Внесок за семестр, у кронах
console-cost-hint = Порожньо або 0 означає безкоштовно. Наприклад 350 або 350,50.
console-field-voucher = Приймають дозвіллєвий чек
console-field-trial = Кількість безкоштовних пробних занять
console-field-leader-languages = Мови, якими говорять керівники
console-field-accessibility = Доступність
console-field-equipment = Спорядження, яке можна позичити в Sportotek
console-preview-heading = Як родини бачать заняття
console-preview-language = Мова
console-error-whole-number = Введіть ціле число.
console-error-time = Виберіть час.
console-error-date = Виберіть дату.

# The fritidscheck: terms, issuing, cards, redeeming and settling
console-nav-vouchers = Дозвіллєві чеки
console-nav-settlements = Розрахунки
console-nav-voucher-stats = Статистика дозвіллєвих чеків
console-vouchers-title = Дозвіллєві чеки
console-voucher-year = Рік
console-terms-title = Умови на { $year } рік
console-terms-amount = Сума на дитину, у кронах
console-terms-amount-hint = Наприклад, 500.
console-terms-from = Діє з
console-terms-until = Діє до (включно)
console-terms-expense-account = Рахунок витрат
console-terms-payable-account = Рахунок кредиторської заборгованості
console-terms-accounts-hint = Чотирицифрові рахунки плану рахунків BAS. На них розрахунки проводяться у файлі SIE.
console-issue-title = Видати один чек
console-issue-contact = Контакт опікуна
console-issue-contact-hint = Необов’язково. Телефон або e-mail, щоб зв’язатися з родиною.
console-issue-submit = Видати
console-issued = Чек для { $name } має код:
console-import-title = Завантажити файл CSV
console-import-hint = Рядок заголовків з ім’ям, роком народження і, якщо є, опікуном, розділені крапкою з комою або комою. Один рядок на дитину.
console-import-file = Виберіть файл
console-import-text = Або вставте текст
console-import-skip = Пропустити рядки з помилками і завантажити решту
console-import-submit = Завантажити
console-import-imported =
    { $count ->
        [one] Видано { $count } чек.
        [few] Видано { $count } чеки.
        [many] Видано { $count } чеків.
       *[other] Видано { $count } чека.
    }
console-import-nothing =
    { $count ->
        [one] Нічого не завантажено: { $count } рядок має помилки. Виправте його або виберіть пропуск рядків з помилками.
        [few] Нічого не завантажено: { $count } рядки мають помилки. Виправте їх або виберіть пропуск рядків з помилками.
        [many] Нічого не завантажено: { $count } рядків мають помилки. Виправте їх або виберіть пропуск рядків з помилками.
       *[other] Нічого не завантажено: { $count } рядка мають помилки. Виправте їх або виберіть пропуск рядків з помилками.
    }
console-import-line = Рядок
console-import-column = Стовпець
console-import-problem = Помилка
console-vouchers-list = Чеки { $year }
console-vouchers-none = Тут ще немає чеків.
console-unused-only = Лише невикористані
console-unused-hint = Згруповано за віком, щоб ви могли зв’язатися з родинами, наприклад через школи.
console-age-band = Вік { $from }–{ $to } ({ $count })
console-print-cards = Надрукувати картки
console-voucher-revoke = Заблокувати
console-reason = Причина
console-cancel = Скасувати
console-cards-title = Картки на { $year } рік
console-cards-hint = Вісім карток на аркуш A4. Друкуйте в повному розмірі й розріжте по краях.
console-print = Друкувати
console-cards-count =
    { $count ->
        [one] { $count } картка
        [few] { $count } картки
        [many] { $count } карток
       *[other] { $count } картки
    }
console-card-title = Дозвіллєвий чек { $year }
console-card-qr = QR-код, що показує залишок
console-card-explanation = { $amount } на дозвілля в місцевих клубах, до { $until }. Скануйте код, щоб побачити залишок.
console-stats-issued = Видано
console-stats-used = Використано
console-stats-unused = Не використано
console-stats-issued-amount = Видана сума
console-stats-redeemed-amount = Використана сума
console-stats-by-age = За віком
console-stats-age = Вік
console-stats-by-association = За об’єднаннями
console-stats-redemptions = Оплати
console-stats-by-month = За місяцями
console-stats-month = Місяць
console-stats-first-uses = Використано вперше
console-settle-association = Об’єднання
console-settle-from = З
console-settle-until = До (включно)
console-settle-preview = Показати підставу
console-settle-preview-title = Підстава для розрахунку
console-settle-empty = За цей період оплат чеками немає.
console-settle-total = Разом до сплати:
console-settle-close = Закрити розрахунок
console-settlements-title = Розрахунки
console-settlements-none = Розрахунків ще немає.
console-settlement-title = Розрахунок
console-settlement-show = Показати
console-settlement-preview = Не закритий
console-settlement-closed = До сплати
console-settlement-paid = Сплачено
console-settlement-paid-on = Сплачено { $date }
console-export-csv = Завантажити CSV
console-export-sie = Завантажити SIE
console-mark-paid = Позначити як сплачене
console-open-amount = Муніципалітет винен вам:
console-redemptions-title = Оплати
console-redemptions-none = Оплат дозвіллєвими чеками ще немає.
console-redemption-date = Дата
console-redemption-reversed = Скасовано
console-reverse = Скасувати оплату

## The fritidscheck API's refusals (only staff and associations meet them)
error-voucher-year = Рік недійсний.
error-voucher-validity-order = Останній день дії не може бути раніше за перший.
error-voucher-age-range = Вік указано неправильно: найбільший має бути не меншим за найменший і не більшим за 25.
error-account-number = Номер рахунку складається з чотирьох цифр.
error-voucher-age = Вік дитини не входить у вікові межі дозвіллєвого чека цього року.
error-voucher-reversal-window = Об'єднання може повернути платіж протягом 14 днів і лише доки його не розраховано. Зверніться до муніципалітету.
error-voucher-settled = Платіж уже розраховано з муніципалітетом.
error-voucher-already-reversed = Платіж уже повернено.
error-settlement-empty = За цей період немає чого розраховувати.
error-settlement-paid = Розрахунок уже позначено як оплачений.
error-import-header = Перший рядок файлу має називати стовпці: förnamn і födelseår, а також, за бажанням, vårdnadshavare.
error-import-row = Цей рядок не вдалося прочитати.
error-import-too-many-rows = У файлі забагато рядків: щонайбільше 10 000. Розділіть його.
error-import-empty = У файлі немає жодної дитини.
error-period = Кінець періоду раніше за його початок.
error-import-duplicate = Ця дитина вже має дозвіллєвий чек цього року (те саме ім'я, рік народження і контакт).

## Спортотека
error-sportotek-size-repeated = Ця річ уже має такий розмір.
error-sportotek-weekday-repeated = Цей день тижня вже має години роботи.
error-sportotek-out-of-range = Значення поза допустимими межами.
error-sportotek-due-day = День повернення має бути сьогодні або пізніше, але не далі ніж за рік.
error-sportotek-unknown-item = Виберіть речі зі Спортотеки муніципалітету, не більше 12 і кожну один раз.
error-sportotek-unknown-copy = Цей примірник не цього розміру або вже виданий.
error-sportotek-loan-state = Стан позики не дозволяє цього зробити.
error-sportotek-size-in-use = Розмір, що має примірники або позики, не можна видалити.
error-sportotek-inventory-number-taken = Інший примірник уже має цей інвентарний номер.
error-photo-not-image = Файл не є зображенням, яке можна прочитати. Використайте JPEG, PNG або WebP.
error-photo-too-many-pixels = Зображення завелике. Використайте зображення не більше 12 000 пікселів з кожного боку.

## Sportotek staff: the counter, the catalogue and the settings (console/src/sportotek, pages/sportotek*)
console-nav-sportotek = Спортотека
console-sportotek-today = Сьогодні
console-sportotek-desk = Видача
console-sportotek-late-title = Прострочені позики
console-sportotek-catalogue = Каталог
console-sportotek-settings = Налаштування
console-sportotek-stats = Статистика
console-sportotek-open-today = Відчинено { $opens }–{ $closes }
console-sportotek-closed-today = Сьогодні зачинено
console-sportotek-pickups =
    { $count ->
        [one] { $count } бронювання до видачі
        [few] { $count } бронювання до видачі
        [many] { $count } бронювань до видачі
       *[other] { $count } бронювання до видачі
    }
console-sportotek-returns =
    { $count ->
        [one] { $count } повернення сьогодні
        [few] { $count } повернення сьогодні
        [many] { $count } повернень сьогодні
       *[other] { $count } повернення сьогодні
    }
console-sportotek-late-count =
    { $count ->
        [one] { $count } прострочена позика
        [few] { $count } прострочені позики
        [many] { $count } прострочених позик
       *[other] { $count } простроченої позики
    }
console-sportotek-no-pickups = Сьогодні немає бронювань до видачі.
console-sportotek-no-returns = Сьогодні нічого не мають повернути.
console-sportotek-no-late = Прострочених позик немає.
console-sportotek-late = Прострочено
console-sportotek-state-reserved = Заброньовано
console-sportotek-state-lent = Видано
console-sportotek-state-returned = Повернено
console-sportotek-state-cancelled = Скасовано
console-sportotek-state-lapsed = Не забрали
console-sportotek-pickup = Отримання { $day }
console-sportotek-due = Повернути до { $day }
console-sportotek-reminded-on = Нагадано { $day }
console-sportotek-checkout = Видати
console-sportotek-checkin = Прийняти
console-sportotek-extend = Продовжити
console-sportotek-cancel = Скасувати бронювання
console-sportotek-cancel-question = Скасувати бронювання? Річ стане доступною для інших.
console-sportotek-cancel-yes = Так, скасувати
console-sportotek-cancel-no = Ні, залишити
console-sportotek-remind = Нагадали сьогодні
console-sportotek-reminded-today = Нагадано сьогодні ✓
console-sportotek-copy = Примірник (інвентарний номер)
console-sportotek-any-copy = Будь-який вільний примірник
console-sportotek-copy-hint = Виберіть номер, написаний на речі, яку видаєте.
console-sportotek-due-day = Повернути до
console-sportotek-new-due-day = Нова дата повернення
console-sportotek-condition = Стан
console-sportotek-condition-fine = Справний
console-sportotek-condition-damaged = Пошкоджений
console-sportotek-condition-lost = Загублений
console-sportotek-checkin-fine-hint = Примірник можна одразу видати знову.
console-sportotek-checkin-damaged-hint = Напишіть, що не так. Примірник не видаватимуть, доки його не полагодять.
console-sportotek-checkin-lost-hint = Примірник вилучається із запасу, але лишається в статистиці.
console-sportotek-note = Примітка
console-sportotek-done-lent = Видано. Повернути до { $day }.
console-sportotek-done-checkin = Прийнято.
console-sportotek-done-extend = Продовжено до { $day }.
console-sportotek-done-cancel = Бронювання скасовано.
console-sportotek-done-remind = Нагадування записано.
console-sportotek-find = Знайти позичальника
console-sportotek-code = Код бронювання
console-sportotek-code-hint = 10 символів, наприклад 7KQ2-M9XD-4T. Великі чи малі літери, з рисками чи без.
console-sportotek-find-code = Шукати за кодом
console-sportotek-first-name = Ім’я
console-sportotek-phone = Телефон
console-sportotek-phone-digits = Введіть щонайменше чотири цифри номера телефону.
console-sportotek-find-person = Шукати за ім’ям і телефоном
console-sportotek-none-found = Позик не знайдено. Перевірте код або написання.
console-sportotek-walk-in = Видати без бронювання
console-sportotek-walk-in-hint = Для тих, хто прийшов без бронювання: річ видається одразу.
console-sportotek-item = Річ
console-sportotek-choose = Виберіть …
console-sportotek-size = Розмір
console-sportotek-free-count =
    { $count ->
        [one] { $count } вільний
        [few] { $count } вільні
        [many] { $count } вільних
       *[other] { $count } вільного
    }
console-sportotek-contact = Телефон або e-mail
console-sportotek-contact-hint = Щоб ви могли зв’язатися з родиною щодо позики.
console-sportotek-lend = Видати
console-sportotek-retry-safe = Можна спробувати ще раз: ту саму позику ніколи не буде записано двічі.
console-sportotek-item-new = Нова річ
console-sportotek-item-edit = Редагувати річ
console-sportotek-no-items = Каталог порожній. Додайте першу річ.
console-sportotek-needs-count =
    { $count ->
        [one] { $count } річ для перекладу
        [few] { $count } речі для перекладу
        [many] { $count } речей для перекладу
       *[other] { $count } речі для перекладу
    }
console-sportotek-copies-count =
    { $count ->
        [one] { $count } справний примірник
        [few] { $count } справні примірники
        [many] { $count } справних примірників
       *[other] { $count } справного примірника
    }
console-sportotek-damaged-count =
    { $count ->
        [one] { $count } пошкоджений
        [few] { $count } пошкоджені
        [many] { $count } пошкоджених
       *[other] { $count } пошкодженого
    }
console-sportotek-demo = Демо
console-sportotek-category = Категорія
console-sportotek-category-skates = Ковзани
console-sportotek-category-skis = Лижі та палиці
console-sportotek-category-ski-boots = Лижні черевики
console-sportotek-category-helmets = Шоломи
console-sportotek-category-bikes = Велосипеди
console-sportotek-category-balls = М’ячі
console-sportotek-category-rackets = Ракетки
console-sportotek-category-sticks = Ключки
console-sportotek-category-life-jackets = Рятувальні жилети
console-sportotek-category-protection = Захист
console-sportotek-category-outdoor = Туризм
console-sportotek-category-other = Інше
console-sportotek-item-name = Назва
console-sportotek-sizes = Розміри
console-sportotek-sizes-hint = Один рядок на розмір. Вік необов’язковий і допомагає родинам знайти потрібний розмір.
console-sportotek-size-label = Розмір
console-sportotek-size-kind = Тип
console-sportotek-kind-shoe = Розмір взуття (EU)
console-sportotek-kind-length = Довжина в см
console-sportotek-kind-age = Вік
console-sportotek-kind-clothing = Розмір одягу
console-sportotek-kind-one-size = Один розмір
console-sportotek-age-from = Від віку
console-sportotek-age-to = До віку
console-sportotek-size-add = Додати розмір
console-sportotek-remove = Вилучити
console-sportotek-save-first = Спершу збережіть річ. Потім можна додати фото й примірники.
console-sportotek-copies = Примірники
console-sportotek-no-copies = У цьому розмірі ще немає примірників.
console-sportotek-copy-add = Додати примірник
console-sportotek-copy-change = Змінити
console-sportotek-repaired = Полагоджено
console-sportotek-inventory-number = Інвентарний номер
console-sportotek-photo = Фото
console-sportotek-no-photo = Фото ще немає.
console-sportotek-photo-current = Фото речі, яким його бачать родини
console-guide-photo-current = Ваше фото, яким його бачать новоприбулі
console-sportotek-photo-choose = Виберіть фото
console-sportotek-photo-hint = JPEG, PNG або WebP, не більше 12 МБ. Дані про місце та інші відомості у файлі вилучаються.
console-sportotek-photo-sending = Надсилаємо фото …
console-sportotek-photo-saved = Фото збережено.
console-sportotek-photo-too-large = Файл більший за 12 МБ. Виберіть менше зображення.
console-sportotek-place-name = Назва місця
console-sportotek-address = Адреса
console-sportotek-hours = Години роботи
console-sportotek-hours-hint = Позначте дні тижня, коли родини можуть забирати й повертати речі. Бронювати можна лише ці дні.
console-sportotek-opens = Відчиняється
console-sportotek-closes = Зачиняється
console-sportotek-closed-days = Неробочі дні
console-sportotek-closed-day = Дата
console-sportotek-closed-add = Додати неробочий день
console-sportotek-limits = Правила позик
console-sportotek-max-items = Найбільше речей в одного позичальника одночасно
console-sportotek-max-items-hint = Враховуються заброньовані й видані. 1–20.
console-sportotek-reserve-ahead = За скільки днів наперед можна бронювати
console-sportotek-reserve-ahead-hint = 1–180 днів.
console-sportotek-loan-days = Тривалість позики в днях
console-sportotek-loan-days-hint = День отримання враховується: 14 днів — це два тижні. 1–90.
console-sportotek-grace-days = Скільки днів бронювання чекає після дня отримання
console-sportotek-grace-days-hint = 0 означає, що незабране бронювання спливає того ж дня. 0–14.
console-sportotek-keep-days = Скільки днів зберігати ім’я та контакт після позики
console-sportotek-keep-days-hint = Потім їх автоматично видаляють. 1–365.
console-sportotek-stats-loans = Позики
console-sportotek-stats-borrowers = Різні позичальники
console-sportotek-stats-by-category = За категоріями
console-sportotek-stats-by-month = За місяцями
console-sportotek-stats-items = Речі
console-sportotek-stats-in-service = Примірники в обігу
console-sportotek-stats-no-loans = Цього року ще немає позик.
console-sportotek-never-lent = Ніколи не видавалися
console-sportotek-never-lent-none = Кожну річ видавали принаймні раз.
console-sportotek-late-hint = Зателефонуйте або напишіть родині, а потім позначте нагадування тут.
console-sportotek-equipment = Спорядження зі Спортотеки
console-sportotek-equipment-hint = Позначте потрібне, щонайбільше { $max }. Сторінка заняття посилається на ці речі, щоб родини могли позичити їх безкоштовно.

## Refugee guides: a guide's own pages, the coordinators' pages and the volunteers' application (console/src/guides, pages/guide*)
console-nav-guide = Мої сторінки гіда
console-nav-guides = Гіди для біженців
console-booking-state-waiting = Чекає на відповідь
console-booking-state-confirmed = Підтверджено
console-booking-state-cancelled-by-guide = Скасовано гідом
console-booking-state-cancelled-by-newcomer = Скасовано новоприбулим
console-booking-state-past = Уже відбулося
guide-state-approved = Активний
guide-state-deactivated = Деактивований
guide-application-pending = Чекає на рішення
guide-application-approved = Схвалено
guide-application-rejected = Відхилено
console-guide-bookings = Бронювання
console-guide-times = Мій час
console-guide-profile = Мій профіль гіда
console-guide-calendar = Календарна стрічка
console-guide-profile-first = Спершу заповніть свій профіль гіда. Потім ви зможете додати час і отримувати бронювання.
console-guide-profile-intro = Новоприбулі бачать ваше ім'я, мови, теми, з якими ви допомагаєте, і те, що ви пишете про себе. Вашу електронну адресу вони не бачать ніколи.
console-guide-first-name = Ім'я
console-guide-first-name-hint = Новоприбулі бачать лише ваше ім'я.
console-guide-languages = Мови, якими ви розмовляєте
console-guide-topics = З чим ви допомагаєте
console-guide-per-week = Найбільше зустрічей на тиждень
console-guide-per-week-hint = Коли тиждень має стільки бронювань, інший час того тижня більше не пропонується.
console-guide-about = Про вас
console-guide-about-hint = Кілька слів кожною мовою, якою ви пишете. Інші поля залиште порожніми.
console-guide-times-intro = Час указано за шведським часом. Новоприбулий бронює одну зустріч за раз, а ви її підтверджуєте.
console-guide-no-slots = У вас ще немає часу для зустрічей. Додайте його нижче.
console-guide-slot-add = Додати час
console-guide-slot-change = Змінити час
console-guide-repeat = Як часто
console-guide-weekly = Щотижня
console-guide-once = Один раз
console-guide-day = День
console-guide-weekday = День тижня
console-guide-from = Перший день
console-guide-until = Останній день
console-guide-start = Початок о
console-guide-length = Тривалість у хвилинах
console-guide-meeting = Де ви зустрічаєтеся
console-guide-place = Місце
console-guide-place-hint = Назва й адреса бібліотеки чи кафе. Для телефону або відеодзвінка: кілька слів про те, як це відбувається.
console-guide-slot-topics = Теми в цей час
console-guide-every = Щотижня: { $weekday }
console-guide-season = з { $from } до { $until }
console-guide-minutes = { $minutes } хв
console-guide-next = Найближчі:
console-guide-next-none = більше зустрічей немає
console-guide-change = Змінити
console-guide-remove = Видалити
console-guide-to-bookings = До ваших бронювань
console-guide-blocked = Заблоковані дні
console-guide-blocked-hint = У заблокований день час не пропонується, наприклад під час відпустки.
console-guide-no-blocked = Заблокованих днів немає.
console-guide-block-day = День, який заблокувати
console-guide-block = Заблокувати день
console-guide-unblock = Відкрити знову
console-guide-waiting = Чекають на вашу відповідь
console-guide-confirmed = Підтверджені
console-guide-done = Минулі й скасовані
console-guide-none-waiting = Ніщо не чекає на відповідь.
console-guide-none-confirmed = Підтверджених бронювань немає.
console-guide-none-done = Тут поки нічого немає.
console-guide-reads = Мова: { $language }
console-guide-note = Повідомлення
console-guide-confirm = Підтвердити
console-guide-cancel-booking = Скасувати бронювання
console-guide-cancel-reason = Причина
console-guide-cancel-note = Повідомлення новоприбулому
console-guide-cancel-hint = Новоприбулий читає причину своєю мовою, а ваше повідомлення — так, як ви його написали. Для останньої причини в списку потрібне повідомлення.
console-guide-calendar-intro = Особиста адреса для календаря у вашому телефоні чи комп'ютері: ваші підтверджені зустрічі з'являються там самі. Кожен, хто має цю адресу, бачить ваші зустрічі, тож тримайте її при собі.
console-guide-feed-active = У вас є адреса календаря.
console-guide-feed-none = У вас ще немає адреси календаря.
console-guide-feed-make = Створити адресу календаря
console-guide-feed-replace = Створити нову адресу
console-guide-feed-make-hint = Адресу буде показано лише один раз. Скопіюйте її в календарі в пункт «Підписатися» або «Додати календар за URL».
console-guide-feed-replace-hint = Нова адреса вимикає стару. Зробіть це, якщо стару адресу загублено або комусь передано.
console-guide-feed-address = Адреса вашого календаря
console-guide-feed-once = Скопіюйте її зараз: більше її не буде показано.
console-guide-copy = Копіювати
console-guide-copied = Скопійовано.
console-guides-list = Гіди
console-guides-week = Огляд тижня
console-guides-applications = Заявки
console-guides-demand = Попит без гіда
console-guides-stats = Статистика
console-guides-none = Гідів поки немає.
console-guide-demo = Приклад
console-guide-upcoming =
    { $count ->
        [one] { $count } майбутнє бронювання
        [few] { $count } майбутні бронювання
        [many] { $count } майбутніх бронювань
       *[other] { $count } майбутнього бронювання
    }
console-guide-per-week-count =
    { $count ->
        [one] не більше { $count } зустрічі на тиждень
        [few] не більше { $count } зустрічей на тиждень
        [many] не більше { $count } зустрічей на тиждень
       *[other] не більше { $count } зустрічі на тиждень
    }
console-guide-deactivate = Деактивувати
console-guide-deactivate-ask =
    { $count ->
        [one] Деактивувати гіда? { $count } майбутнє бронювання буде скасовано, і новоприбулий побачить це на сторінці свого бронювання.
        [few] Деактивувати гіда? { $count } майбутні бронювання буде скасовано, і новоприбулі побачать це на сторінці свого бронювання.
        [many] Деактивувати гіда? { $count } майбутніх бронювань буде скасовано, і новоприбулі побачать це на сторінці свого бронювання.
       *[other] Деактивувати гіда? { $count } майбутнього бронювання буде скасовано, і новоприбулі побачать це на сторінці свого бронювання.
    }
console-guide-deactivated =
    { $count ->
        [one] Гіда деактивовано. Скасовано { $count } бронювання.
        [few] Гіда деактивовано. Скасовано { $count } бронювання.
        [many] Гіда деактивовано. Скасовано { $count } бронювань.
       *[other] Гіда деактивовано. Скасовано { $count } бронювання.
    }
console-guides-week-previous = Попередній тиждень
console-guides-week-next = Наступний тиждень
console-guides-week-of = Тиждень, у якому день
console-guides-week-title = Тиждень { $week }, { $year }: { $from } – { $to }
console-guides-per-guide = Бронювання за гідами
console-guides-guide = Гід
console-guides-cancelled = Скасовані
console-guides-week-bookings = Бронювання цього тижня
console-guides-week-no-bookings = Цього тижня бронювань немає.
console-guides-with = З гідом { $name }
console-guides-no-applications = Заявок немає.
console-guide-approved-link = Волонтера схвалено. Дайте йому це посилання. Воно спрацює один раз протягом семи днів:
console-guide-approved-offered = Волонтера схвалено. Для цієї електронної адреси вже є обліковий запис, тож роль чекає, доки власник прийме її під час входу.
console-guides-demand-intro = Мови й теми, які шукали новоприбулі, і скільки гідів із вільним часом їх охоплюють. Рядок без гіда показує, кого варто залучити.
console-guides-period = З { $from } до { $to }
console-guides-language = Мова
console-guides-topic = Тема
console-guides-any-topic = Будь-яка тема
console-guides-asked = Пошуки
console-guides-covering = Гіди
console-guides-no-demand = Ще ніхто нічого не шукав.
console-guides-booked = Заброньовано
console-guides-cancelled-by-guide = Скасовано гідом
console-guides-cancelled-by-newcomer = Скасовано новоприбулим
console-guides-unknown-language = Невідомо
console-guides-no-stats = Бронювань поки немає.
console-guide-apply-link = Хочете стати гідом для біженців? Подайте заявку тут
console-guide-apply-title = Станьте гідом для біженців
console-guide-apply-intro = Гіди для біженців — це волонтери, які зустрічаються з новоприбулими, щоб практикувати шведську, разом читати листи або показати місто. Координатор муніципалітету прочитає вашу заявку. Після схвалення ви отримаєте посилання, щоб створити обліковий запис.
console-guide-apply-email-hint = Сюди надійде посилання на ваш обліковий запис. Новоприбулі його ніколи не бачать.
console-guide-motivation = Чому ви хочете стати гідом?
console-guide-motivation-hint = Кількох речень достатньо.
console-guide-apply-thanks = Дякуємо! Заявку надіслано. Координатор напише на { $email }, коли прочитає її.
