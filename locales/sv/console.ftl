# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – personal
console-signed-in-as = Inloggad som { $email }
console-nav-articles = Artiklar
console-nav-people = Personer
console-nav-settings = Inställningar
console-nav-audit = Logg
console-no-tasks = Här finns inget för din roll än.
console-articles-title = Artiklar
console-needs-count =
    { $count ->
        [one] { $count } artikel att översätta
       *[other] { $count } artiklar att översätta
    }
console-state-current = Aktuell
console-state-outdated = Inaktuell
console-state-missing = Saknas
console-published = Publicerad
console-unpublished = Opublicerad
console-publish = Publicera
console-unpublish = Avpublicera
console-field-title = Rubrik
console-field-summary = Sammanfattning
console-field-body = Text (Markdown)
console-body-hint = Telefonnummer blir ringlänkar. Adress: [Torget 1](map:Torget 1, Granviken).
console-field-reviewed = Kontrollerad av översättare
console-preview = Förhandsgranska
console-save = Spara
console-saved = Sparat.
console-swedish-original = Svenska originalet
console-back-to-articles = Alla artiklar
console-people-title = Personer
console-invite-title = Bjud in en person
console-invite = Skapa inbjudningslänk
console-invite-link = Ge den här länken till personen. Den fungerar en gång, i sju dagar. Har personen redan ett konto tar hen emot rollen med sitt eget lösenord:
console-roles = Roller
console-role-admin = Administratör
console-role-coordinator = Samordnare för flyktingguider
console-role-association = Förening
console-role-guide = Flyktingguide
console-role-sportotek = Sportotek
console-save-roles = Spara roller
console-deactivate = Inaktivera
console-inactive = Inaktiv
console-reset-link = Länk för nytt lösenord
console-reset-link-ready = Ge den här länken till personen. Den fungerar en gång, i sju dagar. Där väljer hen ett nytt lösenord:
console-works-elsewhere = Personen arbetar också någon annanstans. Bara den som är administratör i alla kommuner där personen arbetar, eller för hela regionen, kan ge ett nytt lösenord eller inaktivera kontot. Rollerna i den här kommunen kan du ändra.
console-settings-title = Inställningar
console-field-name = Kommunens namn
console-field-contact-email = Kontakt, e-post
console-field-contact-phone = Kontakt, telefon
console-field-region = Region
console-audit-title = Logg
console-audit-when = När
console-audit-who = Vem
console-audit-what = Vad
console-invitation-title = Lösenord för ditt konto
console-invitation-hint = Ny i Välkommen, eller fick du länken för ett nytt lösenord: välj ett lösenord med minst 12 tecken. En mening som du minns fungerar bra. Har du redan ett konto och bjuds in till en ny roll: skriv ditt eget lösenord, så får kontot den nya rollen. Lösenordet ändras inte.
console-invitation-continue = Fortsätt
console-invitation-no-token = Adressen saknar länkens kod. Öppna länken du fick en gång till, hela länken.
console-invitation-wrong-password = Lösenordet stämmer inte med ditt konto. Skriv lösenordet du loggar in med. Har du glömt det: be en administratör om en länk för nytt lösenord.

# Roles offered to an existing account, waiting for its owner's answer
console-offers-title = Roller som väntar på ditt svar
console-offers-hint = En roll blir din först när du tackar ja.
console-offer-role = { $municipality } erbjuder dig rollen { $role }.
console-offer-association = { $municipality } erbjuder dig rollen { $role } för { $association }.
console-offer-accept = Tacka ja
console-offer-refuse = Tacka nej
console-offer-accepted = Klart: rollen är din nu.
console-offer-refused = Du tackade nej. Inget ändrades i ditt konto.

console-new-article = Ny artikel
console-field-topic = Ämne
console-field-slug = Adress (a–z, 0–9 och -)
console-create = Skapa, opublicerad
console-municipality = Kommun

console-nav-topics = Ämnen
console-topics-title = Ämnen
console-new-topic = Nytt ämne
console-topic-hint = Ett ämne utan namn på ett språk visas med det svenska namnet.

error-invitation-invalid = Länken har redan använts eller har gått ut. Be om en ny.
error-password-too-short = Lösenordet måste ha minst 12 tecken.
error-password-too-long = Lösenordet är för långt.
error-email-taken = Det finns redan ett konto med den e-postadressen.
error-already-member = Personen har redan en roll i kommunen. Ändra personens roller i listan i stället.
error-association-decided = Ansökan har redan fått ett beslut, kanske av en annan administratör alldeles nyss. Ladda om sidan för att se beslutet.
error-too-long = Texten är för lång.
error-invalid-characters = Texten innehåller otillåtna tecken.
error-own-admin-role = Du kan inte ta bort din egen administratörsroll.
error-own-account = Du kan inte inaktivera ditt eget konto.
error-invalid-roles = Rollerna är ogiltiga.
error-slug-taken = Det finns redan en artikel med den adressen.
error-unknown-topic = Ämnet finns inte.

# Associations and their activities
console-nav-associations = Föreningar
console-nav-own-activities = Kommunens aktiviteter
console-nav-my-association = Min förening
console-apply-link = Är er förening ny? Ansök om att vara med
console-apply-title = Ansök för er förening
console-apply-intro = Kommunen går igenom ansökan. När den är godkänd får kontaktpersonen ett konto för att lägga in föreningens aktiviteter. Föreningens namn, adress och kontaktpersonens namn, e-post och telefon visas för familjerna på föreningens sida.
console-field-association-name = Föreningens namn
console-field-org-number = Organisationsnummer
console-org-number-hint = Tio siffror, till exempel 802400-1375.
console-field-contact-name = Kontaktperson
console-field-phone = Telefon
console-field-website = Webbplats
console-website-hint = Börjar med https://
console-field-address = Adress
console-field-categories = Vad föreningen gör
console-field-description-sv = Beskrivning av föreningen, på svenska
console-apply-send = Skicka ansökan
console-apply-thanks = Tack! Ansökan är skickad. Kommunen hör av sig till { $email } när den är behandlad.
console-form-problems = Något behöver rättas. Se markeringarna vid fälten.
console-associations-title = Föreningar
console-associations-none = Inga föreningar än.
console-association-pending = Väntar på beslut
console-association-approved = Godkänd
console-association-rejected = Avslagen
console-applied-on = Ansökte { $date }
console-approve = Godkänn
console-reject = Avslå
console-approved-link = Föreningen är godkänd. Ge den här länken till kontaktpersonen. Den fungerar en gång, i sju dagar. Har kontaktpersonen redan ett konto tar hen emot rollen med sitt eget lösenord:
console-rejected-done = Ansökan är avslagen.
console-my-association-none = Ditt konto hör inte till någon förening än.
console-profile-title = Föreningens uppgifter
console-field-accepts-voucher = Vi tar emot fritidscheck
console-field-position = Plats på kartan (frivilligt)
console-field-lat = Latitud
console-field-lon = Longitud
console-position-hint = Till exempel 60,5130 och 14,2200.
console-position-hint-activity = Till exempel 60,5130 och 14,2200. Tomt: föreningens adress används.
console-field-description = Beskrivning
console-texts = Texter på olika språk
console-required = måste finnas
console-activities-title = Aktiviteter
console-activities-none = Inga aktiviteter än.
console-new-activity = Ny aktivitet
console-own-activities-title = Kommunens egna aktiviteter
console-activity-new-title = Ny aktivitet
console-activity-edit-title = Ändra aktivitet
console-back-to-association = Till föreningen
console-back-to-own = Kommunens aktiviteter
console-field-status = Kan nya barn börja?
console-pause = Pausa
console-mark-full = Markera som fullt
console-open-again = Öppna igen
console-field-category = Typ av aktivitet
console-field-min-age = Från ålder
console-field-max-age = Till ålder
console-field-gender = Vilka kan vara med
console-schedule = När
console-schedule-weekly = Varje vecka
console-schedule-dates = Enstaka datum
console-field-weekdays = Veckodagar
console-field-start = Börjar
console-field-end = Slutar
console-field-season-start = Säsongen börjar
console-field-season-end = Säsongen slutar
console-field-date = Datum
console-add-date = Lägg till ett datum
console-remove-date = Ta bort
console-field-place = Plats
console-field-cost = Avgift per termin, i kronor
console-cost-hint = Tomt eller 0 betyder gratis. Till exempel 350 eller 350,50.
console-field-voucher = Fritidschecken tas emot
console-field-trial = Antal gratis provträningar
console-field-leader-languages = Språk som ledarna talar
console-field-accessibility = Tillgänglighet
console-field-equipment = Utrustning att låna från Sportotek
console-preview-heading = Så ser familjer aktiviteten
console-preview-language = Språk
console-error-whole-number = Skriv ett heltal.
console-error-time = Välj en tid.
console-error-date = Välj ett datum.

# The fritidscheck: terms, issuing, cards, redeeming and settling
console-nav-vouchers = Fritidscheck
console-nav-settlements = Avräkningar
console-nav-voucher-stats = Statistik för fritidschecken
console-vouchers-title = Fritidscheck
console-voucher-year = År
console-terms-title = Villkor för { $year }
console-terms-amount = Belopp per barn, i kronor
console-terms-amount-hint = Till exempel 500.
console-terms-from = Gäller från
console-terms-until = Gäller till och med
console-terms-expense-account = Kostnadskonto
console-terms-payable-account = Skuldkonto
console-terms-accounts-hint = Fyrsiffriga konton i BAS-kontoplanen. Avräkningarna bokförs på dem i SIE-filen.
console-issue-title = Dela ut en fritidscheck
console-issue-contact = Kontakt till vårdnadshavare
console-issue-contact-hint = Frivilligt. Telefon eller e-post, för att kunna nå familjen.
console-issue-submit = Dela ut
console-issued = Checken till { $name } har koden:
console-import-title = Läs in en CSV-fil
console-import-hint = En rubrikrad med förnamn, födelseår och gärna vårdnadshavare, åtskilda med semikolon eller komma. En rad per barn.
console-import-file = Välj en fil
console-import-text = Eller klistra in texten
console-import-skip = Hoppa över rader med fel och läs in resten
console-import-submit = Läs in
console-import-imported =
    { $count ->
        [one] { $count } fritidscheck är utdelad.
       *[other] { $count } fritidscheckar är utdelade.
    }
console-import-nothing =
    { $count ->
        [one] Inget lästes in: { $count } rad har fel. Rätta den, eller välj att hoppa över rader med fel.
       *[other] Inget lästes in: { $count } rader har fel. Rätta dem, eller välj att hoppa över rader med fel.
    }
console-import-line = Rad
console-import-column = Kolumn
console-import-problem = Fel
console-vouchers-list = Fritidscheckar { $year }
console-vouchers-none = Inga fritidscheckar här än.
console-unused-only = Bara oanvända
console-unused-hint = Grupperade efter ålder, så att ni kan nå familjerna, till exempel genom skolan.
console-age-band = { $from }–{ $to } år ({ $count })
console-print-cards = Skriv ut kort
console-voucher-revoke = Spärra
console-reason = Orsak
console-cancel = Avbryt
console-cards-title = Kort för { $year }
console-cards-hint = Åtta kort per A4-ark. Skriv ut i full storlek och klipp längs kanterna.
console-print = Skriv ut
console-cards-count =
    { $count ->
        [one] { $count } kort
       *[other] { $count } kort
    }
console-card-title = Fritidscheck { $year }
console-card-qr = QR-kod som visar saldot
console-card-explanation = { $amount } till fritidsaktiviteter hos föreningar, till och med { $until }. Skanna koden för att se saldot.
console-stats-issued = Utdelade
console-stats-used = Använda
console-stats-unused = Oanvända
console-stats-issued-amount = Utdelat belopp
console-stats-redeemed-amount = Använt belopp
console-stats-by-age = Efter ålder
console-stats-age = Ålder
console-stats-by-association = Efter förening
console-stats-redemptions = Betalningar
console-stats-by-month = Efter månad
console-stats-month = Månad
console-stats-first-uses = Använda första gången
console-settle-association = Förening
console-settle-from = Från och med
console-settle-until = Till och med
console-settle-preview = Visa underlag
console-settle-preview-title = Underlag
console-settle-empty = Inga betalningar med fritidscheck under perioden.
console-settle-total = Summa att betala:
console-settle-close = Stäng avräkningen
console-settlements-title = Avräkningar
console-settlements-none = Inga avräkningar än.
console-settlement-title = Avräkning
console-settlement-show = Visa
console-settlement-preview = Inte stängd
console-settlement-closed = Att betala
console-settlement-paid = Betald
console-settlement-paid-on = Betald { $date }
console-export-csv = Hämta CSV
console-export-sie = Hämta SIE
console-mark-paid = Markera som betald
console-open-amount = Kommunen är skyldig er:
console-redemptions-title = Betalningar
console-redemptions-none = Inga betalningar med fritidscheck än.
console-redemption-date = Datum
console-redemption-reversed = Återförd
console-reverse = Återför

## The fritidscheck API's refusals (only staff and associations meet them)
error-voucher-year = Året är ogiltigt.
error-voucher-validity-order = Sista giltighetsdagen får inte komma före den första.
error-voucher-age-range = Åldrarna stämmer inte: den högsta måste vara minst lika hög som den lägsta och högst 25.
error-account-number = Ett kontonummer har fyra siffror.
error-voucher-age = Barnets ålder ingår inte i årets fritidscheck.
error-voucher-reversal-window = En förening kan ta tillbaka en betalning i 14 dagar och bara tills den är avräknad. Fråga kommunen.
error-voucher-settled = Betalningen är redan avräknad med kommunen.
error-voucher-already-reversed = Betalningen är redan tagen tillbaka.
error-settlement-empty = Det finns inget att avräkna för perioden.
error-settlement-paid = Avräkningen är redan markerad som betald.
error-import-header = Filens första rad ska namnge kolumnerna: förnamn och födelseår, och gärna vårdnadshavare.
error-import-row = Den här raden gick inte att läsa.
error-import-too-many-rows = Filen har för många rader, högst 10 000. Dela upp den.
error-import-empty = Filen innehåller inga barn.
error-period = Periodens slut kommer före dess början.
error-import-duplicate = Barnet har redan en fritidscheck det här året (samma förnamn, födelseår och kontakt).

## Sportoteket
error-sportotek-size-repeated = Storleken finns redan på den här saken.
error-sportotek-weekday-repeated = Veckodagen har redan öppettider.
error-sportotek-out-of-range = Värdet ligger utanför det som går att välja.
error-sportotek-due-day = Återlämningsdagen måste vara i dag eller senare och högst ett år fram.
error-sportotek-unknown-item = Välj saker ur kommunens sportotek, högst 12 och var och en en gång.
error-sportotek-unknown-copy = Det exemplaret finns inte i den storleken eller är redan utlånat.
error-sportotek-loan-state = Lånet är inte i ett läge där det går att göra så.
error-sportotek-size-in-use = En storlek som har exemplar eller lån kan inte tas bort.
error-sportotek-inventory-number-taken = Ett annat exemplar har redan det inventarienumret.
error-photo-not-image = Filen är inte en bild som går att läsa. Använd JPEG, PNG eller WebP.
error-photo-too-many-pixels = Bilden är för stor. Använd en bild med högst 12 000 bildpunkter på varje sida.

## Sportotek staff: the counter, the catalogue and the settings (console/src/sportotek, pages/sportotek*)
console-nav-sportotek = Sportotek
console-sportotek-today = I dag
console-sportotek-desk = Utlåning
console-sportotek-late-title = Försenade lån
console-sportotek-catalogue = Katalog
console-sportotek-settings = Inställningar
console-sportotek-stats = Statistik
console-sportotek-open-today = Öppet { $opens }–{ $closes }
console-sportotek-closed-today = Stängt i dag
console-sportotek-pickups =
    { $count ->
        [one] { $count } bokning att lämna ut
       *[other] { $count } bokningar att lämna ut
    }
console-sportotek-returns =
    { $count ->
        [one] { $count } återlämning i dag
       *[other] { $count } återlämningar i dag
    }
console-sportotek-late-count =
    { $count ->
        [one] { $count } försenat lån
       *[other] { $count } försenade lån
    }
console-sportotek-no-pickups = Inga bokningar att lämna ut i dag.
console-sportotek-no-returns = Inget ska lämnas tillbaka i dag.
console-sportotek-no-late = Inga försenade lån.
console-sportotek-late = Försenad
console-sportotek-state-reserved = Bokad
console-sportotek-state-lent = Utlånad
console-sportotek-state-returned = Återlämnad
console-sportotek-state-cancelled = Avbokad
console-sportotek-state-lapsed = Inte hämtad
console-sportotek-pickup = Hämtas { $day }
console-sportotek-due = Lämnas tillbaka senast { $day }
console-sportotek-reminded-on = Påmind { $day }
console-sportotek-checkout = Lämna ut
console-sportotek-checkin = Ta emot
console-sportotek-extend = Förläng
console-sportotek-cancel = Avboka
console-sportotek-cancel-question = Avboka bokningen? Exemplaret blir ledigt för andra.
console-sportotek-cancel-yes = Ja, avboka
console-sportotek-cancel-no = Nej, behåll
console-sportotek-remind = Markera påmind i dag
console-sportotek-reminded-today = Påmind i dag
console-sportotek-copy = Exemplar (inventarienummer)
console-sportotek-any-copy = Valfritt ledigt exemplar
console-sportotek-copy-hint = Välj numret som står på saken du lämnar ut.
console-sportotek-due-day = Lämnas tillbaka senast
console-sportotek-new-due-day = Ny dag att lämna tillbaka
console-sportotek-condition = Skick
console-sportotek-condition-fine = Bra
console-sportotek-condition-damaged = Skadad
console-sportotek-condition-lost = Borttappad
console-sportotek-checkin-fine-hint = Exemplaret kan lånas ut igen direkt.
console-sportotek-checkin-damaged-hint = Skriv vad som är fel. Exemplaret lånas inte ut förrän det är lagat.
console-sportotek-checkin-lost-hint = Exemplaret tas bort ur lagret men räknas kvar i statistiken.
console-sportotek-note = Anteckning
console-sportotek-done-lent = Utlånad. Lämnas tillbaka senast { $day }.
console-sportotek-done-checkin = Mottagen.
console-sportotek-done-extend = Förlängd till { $day }.
console-sportotek-done-cancel = Avbokad.
console-sportotek-done-remind = Påminnelsen är noterad.
console-sportotek-find = Hitta en låntagare
console-sportotek-code = Bokningskod
console-sportotek-code-hint = 10 tecken, till exempel 7KQ2-M9XD-4T. Stora eller små bokstäver, med eller utan streck.
console-sportotek-find-code = Sök på kod
console-sportotek-first-name = Förnamn
console-sportotek-phone = Telefon
console-sportotek-phone-digits = Skriv minst fyra siffror av telefonnumret.
console-sportotek-find-person = Sök på namn och telefon
console-sportotek-none-found = Inga lån hittades. Kontrollera koden eller stavningen.
console-sportotek-walk-in = Låna ut utan bokning
console-sportotek-walk-in-hint = För den som kommer till disken utan bokning: saken lånas ut direkt.
console-sportotek-item = Sak
console-sportotek-choose = Välj …
console-sportotek-size = Storlek
console-sportotek-free-count =
    { $count ->
        [one] { $count } ledig
       *[other] { $count } lediga
    }
console-sportotek-contact = Telefon eller e-post
console-sportotek-contact-hint = Så att ni kan nå familjen om lånet.
console-sportotek-lend = Låna ut
console-sportotek-retry-safe = Det går bra att försöka igen: samma lån registreras aldrig två gånger.
console-sportotek-item-new = Ny sak
console-sportotek-item-edit = Ändra sak
console-sportotek-no-items = Katalogen är tom. Lägg till den första saken.
console-sportotek-needs-count =
    { $count ->
        [one] { $count } sak att översätta
       *[other] { $count } saker att översätta
    }
console-sportotek-copies-count =
    { $count ->
        [one] { $count } exemplar i bra skick
       *[other] { $count } exemplar i bra skick
    }
console-sportotek-damaged-count =
    { $count ->
        [one] { $count } skadat
       *[other] { $count } skadade
    }
console-sportotek-demo = Demo
console-sportotek-category = Kategori
console-sportotek-category-skates = Skridskor
console-sportotek-category-skis = Skidor och stavar
console-sportotek-category-ski-boots = Pjäxor
console-sportotek-category-helmets = Hjälmar
console-sportotek-category-bikes = Cyklar
console-sportotek-category-balls = Bollar
console-sportotek-category-rackets = Racketar
console-sportotek-category-sticks = Klubbor
console-sportotek-category-life-jackets = Flytvästar
console-sportotek-category-protection = Skydd
console-sportotek-category-outdoor = Friluftsliv
console-sportotek-category-other = Övrigt
console-sportotek-item-name = Namn
console-sportotek-sizes = Storlekar
console-sportotek-sizes-hint = En rad per storlek. Åldrarna är frivilliga och hjälper familjer att hitta rätt storlek.
console-sportotek-size-label = Storlek
console-sportotek-size-kind = Sort
console-sportotek-kind-shoe = Skostorlek (EU)
console-sportotek-kind-length = Längd i cm
console-sportotek-kind-age = Ålder
console-sportotek-kind-clothing = Klädstorlek
console-sportotek-kind-one-size = En storlek
console-sportotek-age-from = Från ålder
console-sportotek-age-to = Till ålder
console-sportotek-size-add = Lägg till en storlek
console-sportotek-remove = Ta bort
console-sportotek-save-first = Spara saken först. Sedan kan du lägga till foto och exemplar.
console-sportotek-copies = Exemplar
console-sportotek-no-copies = Inga exemplar i den här storleken än.
console-sportotek-copy-add = Lägg till ett exemplar
console-sportotek-copy-change = Ändra
console-sportotek-repaired = Lagad
console-sportotek-inventory-number = Inventarienummer
console-sportotek-photo = Foto
console-sportotek-no-photo = Inget foto än.
console-sportotek-photo-current = Sakens foto som familjerna ser det
console-guide-photo-current = Ditt foto som nyanlända ser det
console-sportotek-photo-choose = Välj ett foto
console-sportotek-photo-hint = JPEG, PNG eller WebP, högst 12 MB. Platsuppgifter och annan information i filen tas bort.
console-sportotek-photo-sending = Skickar fotot …
console-sportotek-photo-saved = Fotot är sparat.
console-sportotek-photo-too-large = Filen är större än 12 MB. Välj en mindre bild.
console-sportotek-place-name = Platsens namn
console-sportotek-address = Adress
console-sportotek-hours = Öppettider
console-sportotek-hours-hint = Kryssa för de veckodagar då familjer kan hämta och lämna. Bara de dagarna går att boka.
console-sportotek-opens = Öppnar
console-sportotek-closes = Stänger
console-sportotek-closed-days = Stängda dagar
console-sportotek-closed-day = Datum
console-sportotek-closed-add = Lägg till en stängd dag
console-sportotek-limits = Regler för lån
console-sportotek-max-items = Högst antal saker per låntagare samtidigt
console-sportotek-max-items-hint = Bokade och utlånade räknas. 1–20.
console-sportotek-reserve-ahead = Så många dagar fram går det att boka
console-sportotek-reserve-ahead-hint = 1–180 dagar.
console-sportotek-loan-days = Lånetid i dagar
console-sportotek-loan-days-hint = Hämtdagen räknas in: 14 dagar är två veckor. 1–90.
console-sportotek-grace-days = Dagar en bokning väntar efter hämtdagen
console-sportotek-grace-days-hint = 0 betyder att en bokning som inte hämtas går ut samma dag. 0–14.
console-sportotek-keep-days = Dagar namn och kontakt sparas efter ett lån
console-sportotek-keep-days-hint = Sedan raderas de automatiskt. 1–365.
console-sportotek-stats-loans = Lån
console-sportotek-stats-borrowers = Olika låntagare
console-sportotek-stats-by-category = Per kategori
console-sportotek-stats-by-month = Per månad
console-sportotek-stats-items = Saker
console-sportotek-stats-in-service = Exemplar att låna ut
console-sportotek-stats-no-loans = Inga lån det här året än.
console-sportotek-never-lent = Aldrig utlånade
console-sportotek-never-lent-none = Alla saker har lånats ut minst en gång.
console-sportotek-late-hint = Ring eller skriv till familjen och notera sedan påminnelsen här.
console-sportotek-equipment = Utrustning från Sportoteket
console-sportotek-equipment-hint = Kryssa för det som behövs, högst { $max }. Aktivitetens sida länkar till sakerna, så att familjer kan låna dem gratis.

## Refugee guides: a guide's own pages, the coordinators' pages and the volunteers' application (console/src/guides, pages/guide*)
console-nav-guide = Mina guidesidor
console-nav-guides = Flyktingguider
console-booking-state-waiting = Väntar på svar
console-booking-state-confirmed = Bekräftad
console-booking-state-cancelled-by-guide = Avbokad av guiden
console-booking-state-cancelled-by-newcomer = Avbokad av den nyanlända
console-booking-state-past = Har varit
guide-state-approved = Aktiv
guide-state-deactivated = Inaktiverad
guide-application-pending = Väntar på beslut
guide-application-approved = Godkänd
guide-application-rejected = Avslagen
console-guide-bookings = Bokningar
console-guide-times = Mina tider
console-guide-profile = Min guideprofil
console-guide-calendar = Kalenderflöde
console-guide-profile-first = Skriv din guideprofil först. Sedan kan du lägga till tider och ta emot bokningar.
console-guide-profile-intro = Nyanlända ser ditt förnamn, dina språk, vad du hjälper med och det du skriver om dig själv. De ser aldrig din e-postadress.
console-guide-first-name = Förnamn
console-guide-first-name-hint = Nyanlända ser bara ditt förnamn.
console-guide-languages = Språk du talar
console-guide-topics = Vad du hjälper med
console-guide-per-week = Högst antal träffar i veckan
console-guide-per-week-hint = När en vecka har så många bokningar visas inga fler tider den veckan.
console-guide-about = Om dig
console-guide-about-hint = Några ord på varje språk du skriver på. Lämna de andra tomma.
console-guide-times-intro = Tiderna är svensk tid. En nyanländ bokar en träff åt gången, och du bekräftar den.
console-guide-no-slots = Du har inga tider än. Lägg till en nedan.
console-guide-slot-add = Lägg till en tid
console-guide-slot-change = Ändra tiden
console-guide-repeat = Hur ofta
console-guide-weekly = Varje vecka
console-guide-once = En gång
console-guide-day = Dag
console-guide-weekday = Veckodag
console-guide-from = Första dagen
console-guide-until = Sista dagen
console-guide-start = Börjar klockan
console-guide-length = Längd i minuter
console-guide-meeting = Var ni träffas
console-guide-place = Plats
console-guide-place-hint = Bibliotekets eller kaféets namn och adress. För telefon eller video: några ord om hur det går till.
console-guide-slot-topics = Ämnen den här tiden
console-guide-every = Varje { $weekday }
console-guide-season = { $from } till { $until }
console-guide-minutes = { $minutes } min
console-guide-next = Nästa:
console-guide-next-none = inga fler träffar
console-guide-change = Ändra
console-guide-remove = Ta bort
console-guide-to-bookings = Till dina bokningar
console-guide-blocked = Spärrade dagar
console-guide-blocked-hint = En spärrad dag visas inga tider, till exempel under en semester.
console-guide-no-blocked = Inga dagar är spärrade.
console-guide-block-day = Dag att spärra
console-guide-block = Spärra dagen
console-guide-unblock = Öppna igen
console-guide-waiting = Väntar på ditt svar
console-guide-confirmed = Bekräftade
console-guide-done = Tidigare och avbokade
console-guide-none-waiting = Inget väntar på svar.
console-guide-none-confirmed = Inga bekräftade bokningar.
console-guide-none-done = Inget här än.
console-guide-reads = Läser på { $language }
console-guide-note = Meddelande
console-guide-confirm = Bekräfta
console-guide-cancel-booking = Avboka
console-guide-cancel-reason = Orsak
console-guide-cancel-note = Meddelande till den nyanlända
console-guide-cancel-hint = Den nyanlända läser orsaken på sitt eget språk och ditt meddelande som du skriver det. Den sista orsaken i listan behöver ett meddelande.
console-guide-calendar-intro = En privat adress för kalendern i din telefon eller dator: dina bekräftade träffar syns där av sig själva. Den som har adressen kan se dina träffar, så behåll den för dig själv.
console-guide-feed-active = Du har en kalenderadress.
console-guide-feed-none = Du har ingen kalenderadress än.
console-guide-feed-make = Skapa en kalenderadress
console-guide-feed-replace = Skapa en ny adress
console-guide-feed-make-hint = Adressen visas bara en gång. Kopiera in den i kalenderns "prenumerera" eller "lägg till kalender från webbadress".
console-guide-feed-replace-hint = En ny adress stänger den gamla. Gör det om den gamla har kommit bort eller delats.
console-guide-feed-address = Din kalenderadress
console-guide-feed-once = Kopiera den nu: den visas inte igen.
console-guide-copy = Kopiera
console-guide-copied = Kopierad.
console-guides-list = Guider
console-guides-week = Veckoöversikt
console-guides-applications = Ansökningar
console-guides-demand = Efterfrågan som saknar guide
console-guides-stats = Statistik
console-guides-none = Inga guider än.
console-guide-demo = Exempel
console-guide-upcoming =
    { $count ->
        [one] { $count } kommande bokning
       *[other] { $count } kommande bokningar
    }
console-guide-per-week-count =
    { $count ->
        [one] högst { $count } träff i veckan
       *[other] högst { $count } träffar i veckan
    }
console-guide-deactivate = Inaktivera
console-guide-deactivate-ask =
    { $count ->
        [one] Inaktivera guiden? Guidens { $count } kommande bokning avbokas, och den nyanlända ser det på sin bokningssida.
       *[other] Inaktivera guiden? Guidens { $count } kommande bokningar avbokas, och de nyanlända ser det på sin bokningssida.
    }
console-guide-deactivated =
    { $count ->
        [one] Guiden är inaktiverad. { $count } bokning avbokades.
       *[other] Guiden är inaktiverad. { $count } bokningar avbokades.
    }
console-guides-week-previous = Förra veckan
console-guides-week-next = Nästa vecka
console-guides-week-of = Veckan med dagen
console-guides-week-title = Vecka { $week } { $year }: { $from } – { $to }
console-guides-per-guide = Bokningar per guide
console-guides-guide = Guide
console-guides-cancelled = Avbokade
console-guides-week-bookings = Veckans bokningar
console-guides-week-no-bookings = Inga bokningar den här veckan.
console-guides-with = Med { $name }
console-guides-no-applications = Inga ansökningar.
console-guide-approved-link = Volontären är godkänd. Ge hen den här länken. Den fungerar en gång, i sju dagar:
console-guide-approved-offered = Volontären är godkänd. E-postadressen har redan ett konto, så rollen väntar på att ägaren tar emot den när hen loggar in.
console-guides-demand-intro = Språk och ämnen som nyanlända har sökt efter, och hur många guider med lediga tider som täcker dem. En rad utan guide visar vem som behöver rekryteras.
console-guides-period = Från { $from } till { $to }
console-guides-language = Språk
console-guides-topic = Ämne
console-guides-any-topic = Alla ämnen
console-guides-asked = Sökningar
console-guides-covering = Guider
console-guides-no-demand = Ingen har sökt än.
console-guides-booked = Bokade
console-guides-cancelled-by-guide = Avbokade av guiden
console-guides-cancelled-by-newcomer = Avbokade av den nyanlända
console-guides-unknown-language = Okänt
console-guides-no-stats = Inga bokningar än.
console-guide-apply-link = Vill du bli flyktingguide? Ansök här
console-guide-apply-title = Bli flyktingguide
console-guide-apply-intro = Flyktingguider är volontärer som träffar nyanlända för att öva svenska, läsa brev tillsammans eller visa runt i staden. En samordnare på kommunen läser din ansökan. När den är godkänd får du en länk för att skapa ett konto.
console-guide-apply-email-hint = Länken till ditt konto skickas hit. Nyanlända ser den aldrig.
console-guide-motivation = Varför vill du bli guide?
console-guide-motivation-hint = Några meningar räcker.
console-guide-apply-thanks = Tack! Ansökan är skickad. En samordnare hör av sig till { $email } när den är läst.
