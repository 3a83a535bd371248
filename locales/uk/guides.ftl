# Refugee guides: times and bookings. Swedish is the source.

error-guide-slot-length = Зустріч має тривати від 15 до 180 хвилин.
error-guide-time-past = Цей час уже минув. Оберіть пізніший час.
error-guide-time-too-far = Цей час надто далеко: не більше ніж 26 тижнів від сьогодні.
error-guide-slot-overlap = Цей час перетинається з іншим вашим часом.
error-guide-slot-no-such-time = Такого часу в цей день немає: коли починається літній час, годинник переводять з 02:00 на 03:00.
error-guide-slot-empty = Цей день тижня не припадає між першим і останнім днем.
error-guide-per-week = Оберіть від 1 до 20 зустрічей на тиждень.
error-guide-topic-not-offered = У цей час провідник не допомагає з цією темою. Оберіть іншу тему.
error-guide-time-taken = Цей час уже зайнятий. Оберіть інший час.
error-guide-no-such-occurrence = У провідника немає такого часу. Оберіть час зі списку.
error-guide-booking-orphaned = Ця зміна видалить уже заброньовані зустрічі. Спершу скасуйте їх.
error-guide-open-bookings = У вас уже стільки майбутніх бронювань, скільки може мати одна особа. Спершу скасуйте одне.
error-guide-not-cancellable = Бронювання більше не можна скасувати: його вже скасовано або зустріч почалася.
error-guide-booking-state = Бронювання вже змінилося. Оновіть сторінку.
error-guide-application-pending = Заявка з цієї адреси вже чекає на відповідь.
error-guide-application-decided = Щодо цієї заявки вже ухвалено рішення. Оновіть сторінку.
error-guide-day = Запишіть день як РРРР-ММ-ДД, наприклад 2026-03-02.
error-guide-not-monday = Тиждень починається з понеділка: виберіть понеділок.
error-guide-range-too-long = Період задовгий. Виберіть коротший.
error-guide-already-deactivated = Гіда вже деактивовано.

## Назви (model::guides): теми, способи зустрічі, стан бронювання, причина скасування.

guide-topic-practise-swedish = Практикувати шведську
guide-topic-letters-and-forms = Листи й бланки
guide-topic-show-the-town = Показати місто
guide-topic-job-seeking = Пошук роботи
guide-topic-leisure = Дозвілля й гуртки
guide-topic-digital-help = Комп’ютер, телефон і електронні послуги
guide-meeting-library = У бібліотеці
guide-meeting-cafe = У кав’ярні
guide-meeting-phone = Телефоном
guide-meeting-video = Відеодзвінком
guide-booking-state-waiting = Чекає на відповідь гіда
guide-booking-state-confirmed = Підтверджено
guide-booking-state-cancelled-by-guide = Скасовано гідом
guide-booking-state-cancelled-by-newcomer = Скасовано вами
guide-booking-state-past = Уже відбулося
guide-cancel-reason-guide-ill = Гід захворів.
guide-cancel-reason-guide-unavailable = Гід не може прийти в цей час.
guide-cancel-reason-place-closed = Місце зустрічі цього дня зачинене.
guide-cancel-reason-duplicate = Той самий час забронювали двічі.
guide-cancel-reason-other = Гід скасував зустріч.

## Сторінки для новоприбулих (activities/src/pages/guide*.rs).

guides-title = Гіди для біженців
guides-intro = Волонтери, які безкоштовно зустрічаються з вами. Можна практикувати шведську, разом читати листи або пройтися містом. Оберіть гіда й час і забронюйте, вказавши своє ім’я.
guides-my-bookings = Мої бронювання
guides-filter-language = Гід говорить
guides-filter-topic = Допомога з
guides-filter-topic-any = Будь-що
guides-filter-meeting = Як зустрічатися
guides-filter-meeting-any = Будь-як
guides-filter-meeting-in-person = Особисто (бібліотека або кав’ярня)
guides-filter-meeting-phone = Телефоном
guides-filter-meeting-video = Відеодзвінком
guides-count =
    { $count ->
        [one] { $count } гід
        [few] { $count } гіди
        [many] { $count } гідів
       *[other] { $count } гіда
    }
guides-none = Зараз жоден гід не відповідає всім вашим умовам. Оберіть іншу тему або інший спосіб зустрічі. Багато гідів також говорять шведською чи англійською.
guides-speaks = Говорить: { $languages }
guides-helps-with = Допомагає з: { $topics }
guides-next-times = Найближчий вільний час:
guides-no-times = Зараз немає вільного часу.
guides-when = { $day }, { $time }
guides-demo = Приклад: такого гіда насправді немає.
guides-about-heading = Про гіда: { $name }
guides-about-other-language = Гід не писав вашою мовою.
guides-languages-heading = Мови
guides-topics-heading = Допомагає з
guides-places-heading = Де зустрічатися
guides-map = Показати на карті
guides-times-heading = Вільний час
guides-times-intro = Час указано за шведським часом. Натисніть на час, щоб обрати його.
guides-book-heading = Забронювати час із гідом { $name }
guides-choose-time-first = Спершу оберіть час вище.
guides-chosen-time = Обраний час: { $time }
guides-choose = Оберіть
guides-field-time = Час
guides-field-name = Ваше ім’я
guides-field-contact = Номер телефону або e-mail
guides-contact-hint = Його бачить лише гід, щоб зв’язатися з вами щодо зустрічі.
guides-field-topic = З чим вам потрібна допомога?
guides-field-note = Що гідові варто знати? (не обов’язково)
guides-note-hint = Наприклад, якого листа це стосується. Не пишіть свій персональний номер.
guides-book-submit = Забронювати час
guides-booking = Бронюємо …
guides-problems = Треба дещо виправити:
guides-problem = { $field }: { $problem }
guides-error-required = Заповніть це поле.
guides-error-no-time = Оберіть час.
guides-error-topic = Оберіть тему зі списку.
guides-error-retry = Не вдалося надіслати бронювання. Спробуйте ще раз.
guides-book-offline = Немає зв’язку із сервером. Бронювання не надіслано. Спробуйте ще раз, коли будете в мережі.
guides-bookings-title = Мої бронювання з гідами
guides-bookings-intro = Тут бронювання, про які знає цей телефон. Їх видно й без інтернету.
guides-bookings-none = На цьому телефоні немає бронювань.
guides-booked-heading = Ваше бронювання надіслано
guides-booked-show-code = Збережіть код. З ним можна переглянути бронювання і скасувати його.
guides-booking-heading = Бронювання
guides-with = З гідом { $name }
guides-code-label = Код бронювання:
guides-waiting-help = Гід підтвердить час, щойно зможе. Загляньте сюди пізніше.
guides-cancel-note = Гід пише:
guides-updated-at = Оновлено { $date } о { $time }
guides-add-to-calendar = Додати до календаря
guides-cancel = Скасувати
guides-cancel-question = Скасувати зустріч із гідом { $name }?
guides-cancel-confirm = Так, скасувати
guides-cancel-keep = Ні, залишити
guides-cancel-offline = Ви зможете скасувати, коли знову будете в мережі.
guides-forget = Прибрати з телефона
guides-lookup-label = Маєте код бронювання? Введіть його тут.
guides-lookup = Показати
guides-lookup-hint = 10 літер і цифр. Пробіли й дефіси не мають значення.
guides-lookup-not-found = Бронювання з таким кодом немає. Перевірте код і спробуйте ще раз.

# Issue 14: saved articles and next steps
guides-read-letters = Прочитайте про листи від державних установ
