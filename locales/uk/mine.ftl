# "Mine": everything this phone keeps, from every service.
mine-title = Моє
mine-intro = Усе, що зберіг цей телефон: дозвіллєві чеки, позики зі Спортотеки, записи до волонтерів-гідів і статті. Ніщо з цього не залишає телефон, окрім перевірки кодів у муніципалітеті.
mine-empty = Телефон ще нічого не зберіг. Додайте код нижче або відкрийте чек, позику чи запис.
mine-adding = Додаємо …
mine-added =
    { $count ->
        [one] Оновлено { $count } запис.
        [few] Оновлено { $count } записи.
        [many] Оновлено { $count } записів.
       *[other] Оновлено { $count } запису.
    }
mine-unknown = Не знайдено: { $codes }. Перевірте код.
mine-waiting =
    { $count ->
        [one] { $count } код буде додано, коли телефон знову буде в мережі.
        [few] { $count } коди буде додано, коли телефон знову буде в мережі.
        [many] { $count } кодів буде додано, коли телефон знову буде в мережі.
       *[other] { $count } коду буде додано, коли телефон знову буде в мережі.
    }
mine-vouchers-heading = Дозвіллєві чеки
mine-reservations-heading = Позики зі Спортотеки
mine-bookings-heading = Записи до гідів
mine-articles-heading = Збережені статті
mine-open = Відкрити
mine-remove = Видалити з телефона
mine-updated = Оновлено { $date } о { $time }
mine-article-saved = Збережено { $date }
mine-reminders-heading = Незабаром
mine-today = Сьогодні
mine-tomorrow = Завтра
mine-due-pickup = { $when }: заберіть { $what } у Спортотеці
mine-due-return = { $when }: поверніть { $what } до Спортотеки
mine-due-meeting = { $when }: зустріч із гідом { $what }
mine-notify = Нагадувати на цьому телефоні
mine-notify-hint = Телефон покаже нагадування за день. Нічого не надсилається через інтернет.
mine-notify-on = Нагадування увімкнено: телефон нагадає за день.
mine-notice-pickup = Завтра: забрати у Спортотеці
mine-notice-return = Завтра: повернути до Спортотеки
mine-notice-meeting = Завтра: зустріч із гідом
mine-notice-meeting-body = Ви зустрічаєтеся з { $guide }.
mine-add-heading = Додати код
mine-add-label = Код, посилання або SMS
mine-add-hint = Введіть код або вставте ціле SMS чи посилання. Буде додано всі коди з тексту.
mine-add = Додати
mine-add-none = У тексті немає коду. Код має 10 або 14 символів, наприклад 7KQ2-M9XD-4T.
mine-move-heading = Перенести на новий телефон
mine-move-intro = Відскануйте код камерою нового телефона або надішліть на нього посилання. Новий телефон отримає те саме.
mine-move-privacy = Посилання містить лише коди, ніколи не імена. Хто має посилання, бачить те саме, що й ви, тож давайте його лише своїй родині.
mine-move-qr = QR-код для перенесення на новий телефон
mine-move-link = Посилання для перенесення на новий телефон
mine-move-hint = Утримуйте посилання, щоб скопіювати його або поділитися ним.
mine-forget-heading = Забути все
mine-forget-intro = Видаляє всі коди, відповіді та збережені статті з цього телефона. Записи залишаються в муніципалітеті.
mine-forget = Забути все на цьому телефоні
mine-forget-question = Видалити все з цього телефона? Цього не можна скасувати, якщо у вас не залишилося кодів.
mine-forget-confirm = Так, забути все
mine-forget-keep = Ні, залишити
mine-forgotten = Усе видалено з цього телефона.
