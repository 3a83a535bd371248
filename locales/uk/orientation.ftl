# The orientation app's own texts (start page, topics, articles, search, about): only its
# pages fetch them; the shell's, the errors' and the shared words stay in app.ftl.

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
home-activities-title = Знайдіть заняття для дитини
home-activities-body = Спорт, музика, скаутинг та інше. Дозвіллєвий чек (fritidscheck) може оплатити внесок.
home-guides-title = Зустріньтеся з гідом для біженців
home-guides-body = Волонтер, який говорить вашою мовою, допоможе зі шведською, листами й формулярами або покаже місто. Безкоштовно.
article-save = Зберегти на потім
