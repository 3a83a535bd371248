# Sportoteket: free sports equipment for children, for families (the catalogue, an item, a
# reservation and "My reservations") and the texts the server writes for it. Swedish is
# the source.

## Спортотека
error-sportotek-day-past = Цей день уже минув. Виберіть інший день.
error-sportotek-day-too-far = Так далеко наперед бронювати не можна. Виберіть ближчий день.
error-sportotek-day-closed = Спортотека в цей день зачинена. Виберіть інший день.
error-sportotek-not-pickup-day = Спортотека не працює в цей день тижня. Виберіть день, коли вона відчинена.
error-sportotek-no-copy-free = Цей розмір у цей день уже видано або заброньовано. Виберіть інший день або розмір.
error-sportotek-unknown-size = Такого розміру немає. Виберіть розмір зі списку.
error-sportotek-unknown-category = Такої категорії немає.
error-sportotek-limit = У вас уже стільки речей позичено або заброньовано, скільки можна мати одночасно.
error-sportotek-not-cancellable = Бронювання не можна скасувати: його вже отримано, скасовано або термін минув.
sportotek-calendar-pickup = Забрати { $item } у Спортотеці
sportotek-calendar-return = Повернути { $item } до Спортотеки
sportotek-calendar-code = Код бронювання: { $code }

## Спортотека для родин: каталог, одна річ, бронювання та «Мої бронювання»
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
sportotek-more = Показати більше
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
