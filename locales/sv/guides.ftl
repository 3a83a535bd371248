# Refugee guides (flyktingguider): what guides, coordinators and newcomers read about
# guides' times and bookings. Swedish is the source.

error-guide-slot-length = Ett möte ska vara mellan 15 och 180 minuter.
error-guide-time-past = Den tiden har redan varit. Välj en senare tid.
error-guide-time-too-far = Tiden ligger för långt fram: högst 26 veckor från i dag.
error-guide-slot-overlap = Tiden krockar med en annan av dina tider.
error-guide-slot-no-such-time = Den tiden finns inte den dagen: klockan ställs fram från 02:00 till 03:00 när sommartiden börjar.
error-guide-slot-empty = Veckodagen infaller inte mellan första och sista dagen.
error-guide-per-week = Välj mellan 1 och 20 möten i veckan.
error-guide-topic-not-offered = Guiden hjälper inte med det ämnet på den tiden. Välj ett annat ämne.
error-guide-time-taken = Tiden är inte längre ledig. Välj en annan tid.
error-guide-no-such-occurrence = Guiden har ingen sådan tid. Välj en tid i listan.
error-guide-booking-orphaned = Ändringen skulle ta bort möten som redan är bokade. Avboka dem först.
error-guide-open-bookings = Du har redan så många kommande bokningar som en person kan ha. Avboka en först.
error-guide-not-cancellable = Bokningen kan inte längre avbokas: den är redan avbokad eller mötet har börjat.
error-guide-booking-state = Bokningen har redan ändrats. Ladda om sidan.
error-guide-application-pending = Det finns redan en ansökan från den adressen som väntar på svar.
error-guide-application-decided = Ansökan har redan fått ett beslut. Ladda om sidan.
error-guide-day = Skriv dagen som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.
error-guide-not-monday = En vecka börjar på en måndag: välj en måndag.
error-guide-range-too-long = Perioden är för lång. Välj en kortare.
error-guide-already-deactivated = Guiden är redan avaktiverad.

## Names (model::guides): topics, ways of meeting, a booking's states, why a guide cancelled.

guide-topic-practise-swedish = Öva svenska
guide-topic-letters-and-forms = Brev och blanketter
guide-topic-show-the-town = Visa runt i staden
guide-topic-job-seeking = Söka jobb
guide-topic-leisure = Fritid och föreningar
guide-topic-digital-help = Dator, mobil och e-tjänster
guide-meeting-library = På biblioteket
guide-meeting-cafe = På ett kafé
guide-meeting-phone = I telefon
guide-meeting-video = I videosamtal
guide-booking-state-waiting = Väntar på guiden
guide-booking-state-confirmed = Bekräftad
guide-booking-state-cancelled-by-guide = Avbokad av guiden
guide-booking-state-cancelled-by-newcomer = Avbokad av dig
guide-booking-state-past = Har varit
guide-cancel-reason-guide-ill = Guiden är sjuk.
guide-cancel-reason-guide-unavailable = Guiden kan inte komma den tiden.
guide-cancel-reason-place-closed = Mötesplatsen är stängd den dagen.
guide-cancel-reason-duplicate = Samma tid var bokad två gånger.
guide-cancel-reason-other = Guiden har avbokat tiden.

## The newcomer's pages (activities/src/pages/guide*.rs).

guides-title = Flyktingguider
guides-intro = Volontärer som träffar dig gratis. Ni kan öva svenska, läsa brev tillsammans eller gå runt i staden. Välj en guide och en tid och boka med ditt förnamn.
guides-my-bookings = Mina bokningar
guides-filter-language = Guiden talar
guides-filter-topic = Hjälp med
guides-filter-topic-any = Allt
guides-filter-meeting = Hur ni träffas
guides-filter-meeting-any = Alla sätt
guides-filter-meeting-in-person = På plats (bibliotek eller kafé)
guides-filter-meeting-phone = I telefon
guides-filter-meeting-video = I videosamtal
guides-count =
    { $count ->
        [one] { $count } guide
       *[other] { $count } guider
    }
guides-none = Ingen guide passar alla dina val just nu. Välj ett annat ämne eller ett annat sätt att träffas. Många guider talar också svenska eller engelska.
guides-speaks = Talar { $languages }
guides-helps-with = Hjälper med: { $topics }
guides-next-times = Nästa lediga tider:
guides-no-times = Inga lediga tider just nu.
guides-when = { $day }, { $time }
guides-demo = Exempel: den här guiden finns inte på riktigt.
guides-about-heading = Om { $name }
guides-about-other-language = Guiden har inte skrivit på ditt språk.
guides-languages-heading = Språk
guides-topics-heading = Hjälper med
guides-places-heading = Var ni träffas
guides-map = Visa på kartan
guides-times-heading = Lediga tider
guides-times-intro = Tiderna är svensk tid. Tryck på en tid för att välja den.
guides-book-heading = Boka en tid med { $name }
guides-choose-time-first = Välj först en tid ovan.
guides-chosen-time = Vald tid: { $time }
guides-choose = Välj
guides-field-time = Tid
guides-field-name = Ditt förnamn
guides-field-contact = Telefonnummer eller e-post
guides-contact-hint = Bara guiden ser det, för att kunna nå dig om tiden.
guides-field-topic = Vad vill du ha hjälp med?
guides-field-note = Något guiden behöver veta? (frivilligt)
guides-note-hint = Till exempel vilket brev det gäller. Skriv inget personnummer.
guides-book-submit = Boka tiden
guides-booking = Bokar …
guides-problems = Något behöver rättas:
guides-problem = { $field }: { $problem }
guides-error-required = Fyll i det här.
guides-error-no-time = Välj en tid.
guides-error-topic = Välj ett ämne i listan.
guides-error-retry = Bokningen gick inte att skicka. Försök igen.
guides-book-offline = Ingen kontakt med servern. Bokningen är inte skickad. Försök igen när du har uppkoppling.
guides-bookings-title = Mina bokningar hos guider
guides-bookings-intro = Här finns bokningarna som den här telefonen känner till. De syns även utan uppkoppling.
guides-bookings-none = Det finns inga bokningar på den här telefonen.
guides-booked-heading = Din bokning är skickad
guides-booked-show-code = Spara koden. Med den kan du se bokningen och avboka den.
guides-booking-heading = Bokningen
guides-with = Med { $name }
guides-code-label = Bokningskod:
guides-waiting-help = Guiden bekräftar tiden så snart hen kan. Titta in här igen.
guides-cancel-note = Guiden skriver:
guides-updated-at = Uppdaterad { $date } kl. { $time }
guides-add-to-calendar = Lägg till i kalendern
guides-cancel = Avboka
guides-cancel-question = Vill du avboka tiden med { $name }?
guides-cancel-confirm = Ja, avboka
guides-cancel-keep = Nej, behåll den
guides-cancel-offline = Du kan avboka när du har uppkoppling igen.
guides-forget = Ta bort från telefonen
guides-lookup-label = Har du en bokningskod? Skriv den här.
guides-lookup = Visa
guides-lookup-hint = 10 bokstäver och siffror. Mellanslag och streck spelar ingen roll.
guides-lookup-not-found = Ingen bokning har den koden. Kontrollera koden och försök igen.

# Issue 14: saved articles and next steps
guides-read-letters = Läs om brev från myndigheter
