# Sportoteket: free sports equipment for children, for families (the catalogue, an item, a
# reservation and "My reservations") and the texts the server writes for it. Swedish is
# the source.

## Sportoteket
error-sportotek-day-past = Den dagen har redan varit. Välj en annan dag.
error-sportotek-day-too-far = Det går inte att boka så långt fram. Välj en tidigare dag.
error-sportotek-day-closed = Sportoteket är stängt den dagen. Välj en annan dag.
error-sportotek-not-pickup-day = Sportoteket har inte öppet den veckodagen. Välj en dag då det är öppet.
error-sportotek-no-copy-free = Den storleken är redan utlånad eller bokad den dagen. Välj en annan dag eller storlek.
error-sportotek-unknown-size = Den storleken finns inte. Välj en storlek i listan.
error-sportotek-unknown-category = Den kategorin finns inte.
error-sportotek-limit = Du har redan så många saker lånade eller bokade som man får ha samtidigt.
error-sportotek-not-cancellable = Bokningen går inte att avboka: den är redan hämtad, avbokad eller har gått ut.
sportotek-calendar-pickup = Hämta { $item } på Sportoteket
sportotek-calendar-return = Lämna tillbaka { $item } till Sportoteket
sportotek-calendar-code = Bokningskod: { $code }

## Sportoteket för familjer: katalogen, en sak, bokningen och "Mina bokningar"
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
sportotek-more = Visa fler
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
