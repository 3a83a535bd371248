# Clubs and activities: the finder, an activity's page, an association's page, and the
# names both the finder and the staff console use. Swedish is the source.


category-football = Fotboll
category-floorball = Innebandy
category-ice-sports = Hockey och skridsko
category-swimming = Simning
category-gymnastics = Gymnastik
category-martial-arts = Kampsport
category-athletics = Friidrott
category-skiing = Skidor
category-riding = Ridning
category-dance = Dans
category-music = Musik
category-art = Konst och skapande
category-scouting = Scouting
category-outdoor = Friluftsliv
category-games = Schack och spel
category-homework = Läxhjälp
category-language = Språk
category-camp = Läger
category-school = Sommarskola
category-other = Annat

weekday-mon = måndag
weekday-tue = tisdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lördag
weekday-sun = söndag

day-part-morning = Förmiddag (före 12)
day-part-afternoon = Eftermiddag (12–17)
day-part-evening = Kväll (efter 17)

gender-all = Alla
gender-girls = Tjejer
gender-boys = Killar

status-open = Öppen för nya
status-paused = Pausad just nu
status-full = Fullt just nu

spoken-sv = svenska
spoken-en = engelska
spoken-ar = arabiska
spoken-prs = dari
spoken-uk = ukrainska
spoken-ru = ryska
spoken-so = somaliska
spoken-ti = tigrinja
spoken-ku = kurdiska
spoken-ps = pashto

activities-title = Hitta en aktivitet
activities-intro = Idrott, musik, scouting och mer för barn och unga. Med fritidschecken kan kommunen betala avgiften.
filter-heading = Välj
filter-age = Barnets ålder
filter-age-any = Alla åldrar
filter-category = Vad
filter-category-any = Allt
filter-weekday = Dag
filter-weekday-any = Alla dagar
filter-time = Tid på dagen
filter-time-any = Hela dagen
filter-covered = Betalas helt av fritidschecken
filter-trial = Gratis provträning
filter-speaks = Ledaren talar
filter-speaks-any = Alla språk
filter-clear = Rensa
# The filters' button where the page works without JavaScript (the app follows each change).
filter-apply = Visa
sort-label = Ordning
sort-next = Snart först
sort-distance = Närmast först
sort-distance-denied = Telefonen delade inte var du är. Listan visas med det som börjar snart först.
activities-count =
    { $count ->
        [one] { $count } aktivitet
       *[other] { $count } aktiviteter
    }
activities-none = Inget passar alla val. Ta bort ett val och försök igen.
activities-more = Visa fler

activity-ages = { $min }–{ $max } år
activity-age-from = Från { $min } år
activity-next = Nästa gång: { $date }, { $time }
activity-weekly = Varje { $days }, { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = Datum
activity-cost = { $amount } per termin
activity-free = Gratis
activity-covered = Fritidschecken betalar allt
activity-voucher-accepted = Fritidschecken tas emot
activity-voucher-not-accepted = Fritidschecken tas inte emot
activity-trial =
    { $count ->
        [one] { $count } gratis provträning
       *[other] { $count } gratis provträningar
    }
activity-distance = { $km } km bort
activity-by = Arrangör
activity-by-municipality = Kommunen ordnar
activity-place = Plats
activity-map = Visa på karta
activity-leaders-speak = Ledarna talar
activity-accessibility = Tillgänglighet
activity-equipment = Utrustning att låna
activity-contact = Kontakt
activity-call = Ring
activity-email = Skicka e-post
activity-website = Webbplats
activity-add-to-calendar = Lägg till i kalendern
activity-calendar-hint = Filen öppnas i telefonens kalender.
activity-in-swedish = Föreningen har inte skrivit på ditt språk än. Texten visas på svenska.
activity-for = Ålder
activity-category-label = Aktivitet
activity-gender-label = För vilka
activity-when-label = När
activity-season-label = Säsong
activity-next-label = Nästa gång
activity-next-at = { $date }, { $time }
activity-cost-label = Avgift
activity-voucher-label = Fritidscheck
activity-trial-label = Prova på
association-activities = Föreningens aktiviteter
association-calendar = Prenumerera på föreningens kalender
association-voucher = Tar emot fritidscheck

error-invalid-filter = Ett av valen är ogiltigt.
error-no-weekdays = Välj minst en veckodag.
error-end-before-start = Sluttiden måste vara efter starttiden.
error-season-reversed = Säsongen måste sluta efter att den börjar.
error-season-too-long = Säsongen kan vara högst 400 dagar.
error-no-sessions = Lägg till minst ett datum.
error-too-many-sessions = För många datum.
error-age-out-of-range = Åldern måste vara mellan 0 och 99.
error-age-reversed = Högsta åldern måste vara minst lika hög som lägsta.
error-cost-out-of-range = Avgiften kan inte vara negativ eller orimligt hög.
error-trial-out-of-range = För många provträningar.
error-swedish-required = Texten måste finnas på svenska.
error-text-too-long = Texten är för lång.
error-text-control = Texten innehåller otillåtna tecken.
error-position = Platsen på kartan är ogiltig.
error-too-many = För många val.
error-invalid-phone = Det är inte ett telefonnummer.
error-invalid-website = Webbadressen måste börja med https://
error-org-number-shape = Organisationsnumret ska ha tio siffror, till exempel 802400-1375.
error-org-number-check = Organisationsnumret stämmer inte. Kontrollera siffrorna.
error-org-number-taken = En förening med det organisationsnumret finns redan.

# The fritidscheck: the guardian's balance page (no name, only the money), the names of
# a voucher's states, and the server's refusals, which the staff console shows too.
voucher-link = Se hur mycket som finns kvar på fritidschecken
voucher-title = Fritidscheckens saldo
voucher-intro = Se hur mycket som finns kvar på ditt barns fritidscheck och vad den har betalat. Skriv koden från kortet eller skanna QR-koden. Inget namn behövs.
voucher-code-label = Koden på kortet
voucher-code-hint = 14 bokstäver och siffror under QR-koden. Mellanslag och bindestreck spelar ingen roll.
voucher-check = Visa saldo
voucher-heading = Fritidscheck { $year }
voucher-left = { $balance } kvar av { $amount }
voucher-valid = Gäller { $from } – { $until }
voucher-uses-heading = Det här har checken betalat
voucher-no-uses = Checken har inte använts än.
voucher-use-reversed = Återtagen: pengarna finns på checken igen
voucher-saved-at = Sparat på telefonen { $date } kl. { $time }. Saldot kan ha ändrats sedan dess.
voucher-not-found = Ingen fritidscheck har den här koden. Jämför den med kortet.
voucher-state-valid = Giltig
voucher-state-not-yet-valid = Gäller inte än
voucher-state-expired = Har gått ut
voucher-state-revoked = Spärrad
voucher-state-used = Förbrukad

error-voucher-code-shape = Koden ska ha 14 bokstäver och siffror, som på kortet.
error-voucher-code-check = Koden stämmer inte: ett tecken är fel eller två har bytt plats. Jämför med kortet.

## Sportoteket
error-loan-code-shape = En kod har 10 bokstäver och siffror, som i bekräftelsen.
error-loan-code-check = Koden stämmer inte: ett tecken är fel eller två har bytt plats. Jämför med bekräftelsen.
error-sportotek-day-past = Den dagen har redan varit. Välj en annan dag.
error-sportotek-day-too-far = Det går inte att boka så långt fram. Välj en tidigare dag.
error-sportotek-day-closed = Sportoteket är stängt den dagen. Välj en annan dag.
error-sportotek-not-pickup-day = Sportoteket har inte öppet den veckodagen. Välj en dag då det är öppet.
error-sportotek-no-copy-free = Den storleken är redan utlånad eller bokad den dagen. Välj en annan dag eller storlek.
error-sportotek-contact = Skriv ett telefonnummer eller en e-postadress.
error-sportotek-unknown-size = Den storleken finns inte. Välj en storlek i listan.
error-sportotek-unknown-category = Den kategorin finns inte.
error-sportotek-limit = Du har redan så många saker lånade eller bokade som man får ha samtidigt.
error-sportotek-not-cancellable = Bokningen går inte att avboka: den är redan hämtad, avbokad eller har gått ut.
sportotek-calendar-pickup = Hämta { $item } på Sportoteket
sportotek-calendar-return = Lämna tillbaka { $item } till Sportoteket
sportotek-calendar-code = Bokningskod: { $code }

## Sportoteket för familjer: katalogen, en sak, bokningen och "Mina bokningar"
sportotek-link = Låna sportutrustning gratis på Sportoteket
sportotek-title = Sportoteket
sportotek-intro = Barn och unga lånar sportutrustning gratis: skridskor, skidor, hjälmar, cyklar och mer. Boka här och hämta på Sportoteket.
sportotek-my-reservations = Mina bokningar
sportotek-categories = Vad behöver ni?
sportotek-category-all = Allt
sportotek-category-skates = Skridskor
sportotek-category-skis = Skidor och stavar
sportotek-category-ski-boots = Pjäxor
sportotek-category-helmets = Hjälmar
sportotek-category-bikes = Cyklar
sportotek-category-balls = Bollar
sportotek-category-rackets = Racketar
sportotek-category-sticks = Klubbor
sportotek-category-life-jackets = Flytvästar
sportotek-category-protection = Skydd
sportotek-category-outdoor = Friluftsliv
sportotek-category-other = Annat
sportotek-filter-size = Storlek
sportotek-filter-size-any = Alla storlekar
sportotek-filter-age = Till ett barn som är
sportotek-filter-age-any = Alla åldrar
sportotek-count =
    { $count ->
        [one] { $count } sak
       *[other] { $count } saker
    }
sportotek-none = Inget passar alla dina val. Ta bort ett val och försök igen.
sportotek-sizes = Storlekar: { $sizes }
sportotek-free-today = Kan hämtas i dag
sportotek-free-from = Kan hämtas från { $day }
sportotek-not-free = Allt är utlånat eller bokat just nu
sportotek-pickup-at = Allt hämtas på { $place }.
sportotek-in-swedish = Sportoteket har inte skrivit på ditt språk ännu. Texten visas på svenska.
sportotek-sizes-heading = Storlekar och när de kan hämtas
sportotek-age-to = Upp till { $max } år
sportotek-copies =
    { $count ->
        [one] { $count } exemplar
       *[other] { $count } exemplar
    }
sportotek-next-days = Närmaste dagar att hämta:
sportotek-pickup-day = { $day }, { $hours }
sportotek-keep-days =
    { $count ->
        [one] lån i { $count } dag
       *[other] lån i { $count } dagar
    }
sportotek-reserve-size = Boka storlek { $size }
sportotek-place-heading = Här hämtar du
sportotek-hours-heading = Öppettider
sportotek-no-hours = Sportoteket har inga öppettider just nu.
sportotek-closed-heading = Stängt
sportotek-terms =
    { $count ->
        [one] Du lånar i högst { $count } dag, gratis.
       *[other] Du lånar i högst { $count } dagar, gratis.
    }
sportotek-max-items =
    { $count ->
        [one] Högst { $count } sak åt gången per familj.
       *[other] Högst { $count } saker åt gången per familj.
    }
sportotek-reserve-title = Boka { $item }
sportotek-reserve-intro = Välj storlek och dag. Du hämtar på Sportoteket och visar bokningskoden.
sportotek-field-size = Storlek
sportotek-field-day = Dag att hämta
sportotek-field-name = Ditt förnamn
sportotek-field-contact = Telefonnummer eller e-post
sportotek-contact-hint = Så att personalen kan nå dig om lånet. Bara personalen ser det, och det raderas några veckor efter att lånet är slut.
sportotek-choose = Välj …
sportotek-choose-size-first = Välj storlek först
sportotek-size-option-full = { $size } – inget ledigt
sportotek-reserve-submit = Boka
sportotek-reserving = Bokar …
sportotek-problems = Kontrollera formuläret:
sportotek-problem = { $field }: { $problem }
sportotek-error-required = Det här måste fyllas i.
sportotek-error-retry = Bokningen kunde inte skickas. Tryck på Boka igen.
sportotek-reserve-offline = Ingen kontakt med servern, och inget är bokat än. Tryck på Boka igen när du har anslutning.
sportotek-reservations-title = Mina bokningar
sportotek-reservations-intro = Bokningar som gjorts eller letats upp på den här telefonen. De visas även utan anslutning.
sportotek-reservations-none = Inga bokningar på den här telefonen än.
sportotek-reserved-heading = Klart! Du har bokat
sportotek-reserved-show-code = Visa koden när du hämtar. Den är sparad på den här telefonen.
sportotek-reservation-heading = Din bokning
sportotek-code-label = Bokningskod:
sportotek-state-reserved = Bokad
sportotek-state-lent = Utlånad
sportotek-state-returned = Återlämnad
sportotek-state-cancelled = Avbokad
sportotek-state-lapsed = Inte hämtad, bokningen har gått ut
sportotek-pickup-on = Hämta { $day }, { $hours }
sportotek-pickup-on-day = Hämta { $day }
sportotek-return-by = Lämna tillbaka senast { $day }
sportotek-updated-at = Uppdaterad { $date } kl. { $time }
sportotek-cancel = Avboka
sportotek-cancel-question = Avboka { $item }? Då kan någon annan låna den.
sportotek-cancel-confirm = Ja, avboka
sportotek-cancel-keep = Nej, behåll
sportotek-cancel-offline = Du behöver anslutning för att avboka.
sportotek-forget = Ta bort från telefonen
sportotek-lookup-label = Har du en bokningskod? Skriv den här
sportotek-lookup-hint = 10 bokstäver och siffror. Mellanslag och streck spelar ingen roll.
sportotek-lookup = Visa bokningen
sportotek-lookup-not-found = Ingen bokning har den koden. Jämför med bekräftelsen.
activity-sportotek-heading = Låna utrustningen på Sportoteket
activity-sportotek-intro = Gratis för barn och unga. Boka här och hämta på Sportoteket.

# The balance's covered activities
voucher-covered-heading = Aktiviteter som kortet betalar helt
voucher-covered-age = För ett barn som fyller { $count } i år.
voucher-covered-all = Se alla i aktivitetssöket
