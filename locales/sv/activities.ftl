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

activities-intro = Idrott, musik, scouting och mer för barn och unga. Med fritidschecken kan kommunen betala avgiften.
filter-heading = Välj
filter-category = Vad
filter-category-any = Allt
filter-weekday = Dag
filter-weekday-any = Alla dagar
filter-time = Tid på dagen
filter-time-any = Hela dagen
filter-covered = Betalas helt av fritidschecken
filter-trial = Gratis provträning
filter-neighbours = Även aktiviteter i grannkommunerna
filter-speaks = Ledaren talar
filter-speaks-any = Alla språk
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

activity-next = Nästa gång: { $date }, { $time }
activity-weekly = Varje { $days }, { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = Datum
activity-cost = { $amount } per termin
activity-free = Gratis
activity-covered = Fritidschecken betalar allt
activity-voucher-accepted = Fritidschecken tas emot
activity-voucher-not-accepted = Fritidschecken tas inte emot
activity-in-municipality = I { $municipality }
activity-neighbour-voucher = Fritidscheck från { $municipality } gäller
activity-municipality-label = Kommun
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

## Sportoteket för familjer: katalogen, en sak, bokningen och "Mina bokningar"
sportotek-link = Låna sportutrustning gratis på Sportoteket
activity-sportotek-heading = Låna utrustningen på Sportoteket
activity-sportotek-intro = Gratis för barn och unga. Boka här och hämta på Sportoteket.

# The balance's covered activities
voucher-covered-heading = Aktiviteter som kortet betalar helt
voucher-covered-age = För ett barn som fyller { $count } i år.
voucher-covered-all = Se alla i aktivitetssöket
