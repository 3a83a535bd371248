# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – персонал
console-sign-in-title = Вхід
console-email = Електронна пошта
console-password = Пароль
console-sign-in = Увійти
console-sign-out = Вийти
console-signed-in-as = Ви увійшли як { $email }
console-nav-articles = Статті
console-nav-people = Люди
console-nav-settings = Налаштування
console-nav-audit = Журнал
console-no-tasks = Тут поки що немає нічого для вашої ролі. Інструменти для об'єднань, наставників біженців і Sportotek з'являться згодом.
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
console-invite-link = Дайте це посилання цій людині. Воно спрацює один раз протягом семи днів:
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
console-settings-title = Налаштування
console-field-name = Назва муніципалітету
console-field-contact-email = Контакт, електронна пошта
console-field-contact-phone = Контакт, телефон
console-field-region = Регіон
console-audit-title = Журнал
console-audit-when = Коли
console-audit-who = Хто
console-audit-what = Що
console-invitation-title = Оберіть пароль
console-invitation-hint = Щонайменше 12 символів. Добре підходить речення, яке ви пам'ятаєте.
console-set-password = Зберегти пароль

console-new-article = Нова стаття
console-field-topic = Тема
console-field-slug = Адреса (a–z, 0–9 і -)
console-create = Створити, неопубліковану
console-municipality = Муніципалітет

console-nav-topics = Теми
console-topics-title = Теми
console-new-topic = Нова тема
console-topic-hint = Тема без назви якоюсь мовою показується зі шведською назвою.

error-sign-in-failed = Неправильна електронна пошта або пароль.
error-unauthenticated = Ви не ввійшли в систему або були відсутні надто довго. Увійдіть знову.
error-forbidden = Ваша роль не дозволяє цього робити.
error-csrf = Сторінка застаріла. Оновіть її та спробуйте ще раз.
error-invitation-invalid = Посилання вже використано або термін його дії минув. Попросіть нове.
error-password-too-short = Пароль має містити щонайменше 12 символів.
error-password-too-long = Пароль задовгий.
error-invalid-email = Це не адреса електронної пошти.
error-email-taken = Обліковий запис із цією адресою електронної пошти вже існує.
error-required = Це поле потрібно заповнити.
error-too-long = Текст задовгий.
error-invalid-characters = Текст містить недозволені символи.
error-own-admin-role = Ви не можете зняти з себе роль адміністратора.
error-own-account = Ви не можете деактивувати власний обліковий запис.
error-invalid-roles = Ролі недійсні.
error-slug-taken = Стаття з такою адресою вже існує.
error-unknown-topic = Такої теми не існує.
