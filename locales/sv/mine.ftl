# "Mine": everything this phone keeps, from every service.
mine-title = Mina saker
mine-intro = Allt som den här telefonen har sparat: fritidscheckar, lån från Sportoteket, bokningar med guider och artiklar. Inget av det lämnar telefonen, utom när koderna kontrolleras mot kommunen.
mine-empty = Telefonen har inget sparat än. Lägg till en kod nedan, eller öppna en fritidscheck, ett lån eller en bokning.
mine-adding = Lägger till …
mine-added =
    { $count ->
        [one] { $count } sak har uppdaterats.
       *[other] { $count } saker har uppdaterats.
    }
mine-unknown = Hittades inte: { $codes }. Kontrollera koden.
mine-waiting =
    { $count ->
        [one] { $count } kod läggs till när telefonen är uppkopplad igen.
       *[other] { $count } koder läggs till när telefonen är uppkopplad igen.
    }
mine-vouchers-heading = Fritidscheckar
mine-reservations-heading = Lån från Sportoteket
mine-bookings-heading = Bokningar med guider
mine-articles-heading = Sparade artiklar
mine-open = Öppna
mine-remove = Ta bort från telefonen
mine-updated = Uppdaterad { $date } kl. { $time }
mine-article-saved = Sparad { $date }
mine-reminders-heading = Snart
mine-today = I dag
mine-tomorrow = I morgon
mine-due-pickup = { $when }: hämta { $what } på Sportoteket
mine-due-return = { $when }: lämna tillbaka { $what } till Sportoteket
mine-due-meeting = { $when }: träffa guiden { $what }
mine-notify = Påminn mig på telefonen
mine-notify-hint = Telefonen visar en påminnelse dagen före. Inget skickas via internet.
mine-notify-on = Påminnelser är på: telefonen påminner dagen före.
mine-notice-pickup = I morgon: hämta på Sportoteket
mine-notice-return = I morgon: lämna tillbaka till Sportoteket
mine-notice-meeting = I morgon: träff med en guide
mine-notice-meeting-body = Du träffar { $guide }.
mine-add-heading = Lägg till en kod
mine-add-label = Kod, länk eller sms
mine-add-hint = Skriv en kod, eller klistra in ett helt sms eller en länk. Alla koder i texten läggs till.
mine-add = Lägg till
mine-add-none = Det finns ingen kod i texten. En kod har 10 eller 14 tecken, till exempel 7KQ2-M9XD-4T.
mine-move-heading = Flytta till en ny telefon
mine-move-intro = Skanna koden med den nya telefonens kamera, eller skicka länken till den. Den nya telefonen får samma saker.
mine-move-privacy = Länken innehåller bara koderna, aldrig namn. Den som har länken kan se samma saker som du, så ge den bara till din familj.
mine-move-qr = QR-kod för att flytta till en ny telefon
mine-move-link = Länk för att flytta till en ny telefon
mine-move-hint = Håll länken för att kopiera eller dela den.
mine-forget-heading = Glöm allt
mine-forget-intro = Tar bort alla koder, svar och sparade artiklar från den här telefonen. Bokningarna finns kvar hos kommunen.
mine-forget = Glöm allt på den här telefonen
mine-forget-question = Vill du ta bort allt från den här telefonen? Det går inte att ångra, om du inte har koderna kvar.
mine-forget-confirm = Ja, glöm allt
mine-forget-keep = Nej, behåll
mine-forgotten = Allt är borttaget från den här telefonen.
