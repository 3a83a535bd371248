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
