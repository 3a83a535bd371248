# The region's shared articles in the console (issue 18): only the console fetches this file.
console-region-content = { $region }: спільне для всього округу
console-shared-title = Спільні статті округу
console-shared-intro = Округ пише й перекладає ці статті один раз. Ваші читачі бачать їх серед ваших власних. Приховайте статтю або створіть власну версію, яку показуватимуть замість окружної.
console-shared-none = Округ ще не ділиться жодною статтею.
console-shared-shown = Показується
console-shared-hidden = Приховано від ваших читачів
console-shared-replaced = Показується ваша власна версія
console-shared-hide = Приховати
console-shared-show = Показати знову
console-shared-copy = Створити власну версію
console-shared-edit-own = Редагувати вашу версію
console-shared-region-note = Це спільні тексти округу. Те, що ви пишете тут, показується в усіх комунах округу.
