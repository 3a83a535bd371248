# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = Hoppa till innehållet
nav-home = Hem
nav-search = Sök
nav-about = Om appen
language-picker-label = Språk
loading = Laddar …
offline-banner = Du är offline. Du ser det som finns sparat i telefonen.
saved-copy = Sparad kopia från { $date }
try-again = Försök igen
demo-notice = Demo: kommunen, adresserna och telefonnumren här är påhittade.

home-title = Välkommen till { $municipality }
home-intro = Här finns det du behöver veta om livet här, på ditt språk. Allt du har läst kan du läsa igen utan internet.
home-municipality = Din kommun
home-municipality-choose = Välj
topics-heading = Ämnen
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artiklar
    }
topic-all = Alla ämnen
not-found-title = Sidan finns inte
not-found-body = Länken kan vara gammal. Börja om från startsidan.

article-state-outdated = Den svenska texten har ändrats efter att den här översättningen skrevs. Något kan vara inaktuellt.
article-state-missing = Den här artikeln finns inte på ditt språk än. Du läser den på svenska.
article-read-swedish = Läs på svenska
article-read-mine = Läs på mitt språk
article-review-checked = Kontrollerad av översättare { $date }
article-review-unchecked = Inte kontrollerad av översättare än
article-updated = Uppdaterad { $date }
article-shared-by = Från { $region }: samma text i hela länet
article-beside-swedish = Visa bredvid svenska
article-beside-close = Visa bara ett språk
article-read-aloud = Läs upp
article-stop-reading = Sluta läsa

feedback-question = Var det här till hjälp?
feedback-yes = Ja
feedback-no = Nej
feedback-thanks = Tack för ditt svar!
feedback-failed = Svaret kunde inte skickas. Försök igen senare.

search-title = Sök
search-label = Sök i artiklarna
search-hint = Du kan skriva på ditt språk eller ett svenskt ord från ett brev, till exempel Försäkringskassan.
search-button = Sök
search-results =
    { $count ->
        [one] { $count } träff
       *[other] { $count } träffar
    }
search-no-results = Inga träffar. Prova ett annat ord.
search-offline-note = Du är offline: sökningen gäller bara artiklar du har läst.
search-matched-swedish = Ordet finns i den svenska texten

about-title = Om appen och dina uppgifter
about-what = Välkommen hjälper dig som är ny i kommunen att hitta information, på ditt språk.
about-data-heading = Vilka uppgifter sparas?
about-data-reading = När du läser sparas inget om dig. Du behöver inget konto.
about-data-phone = Telefonen sparar ditt språkval och artiklarna du har läst, så att du kan läsa dem utan internet. Du kan ta bort dem genom att rensa webbplatsens data i webbläsaren.
about-data-feedback = Svar på ”Var det här till hjälp?” är anonyma: bara artikeln, språket och svaret räknas.
about-data-none = Appen använder inga kakor för spårning och hämtar inget från andra webbplatser.

error-generic = Något gick fel. Försök igen.
error-network = Ingen kontakt med servern. Kontrollera din uppkoppling.
error-not-found = Det du söker finns inte.
error-unknown-language = Språket finns inte.
error-invalid-slug = Adressen är ogiltig.
error-query-empty = Skriv ett ord att söka efter.
error-query-too-long = Sökningen är för lång.
error-malformed-body = Förfrågan kunde inte läsas.
error-body-too-large = Förfrågan är för stor.
error-rate-limited = För många försök. Vänta en stund och försök igen.
error-internal = Ett fel uppstod hos oss. Försök igen senare.
error-unavailable = Tjänsten är inte tillgänglig just nu. Försök igen om en stund.

nav-activities = Aktiviteter
nav-mine = Mina saker
home-activities-title = Hitta en aktivitet för ditt barn
home-activities-body = Idrott, musik, scouting och mer. Fritidschecken kan betala avgiften.

# The link to the refugee guides (the finder and the start page).
guides-link = Träffa en flyktingguide: en volontär som hjälper dig gratis
home-guides-title = Träffa en flyktingguide
home-guides-body = En volontär som talar ditt språk hjälper dig med svenska, brev och blanketter eller att hitta i stan. Gratis.

# Issue 14: saved articles and next steps
article-save = Spara till senare
activity-guide-help-heading = Få hjälp att anmäla dig
activity-guide-help-link = En flyktingguide som talar ditt språk kan hjälpa dig, gratis

## Shared by the pages under /activities (the finder, the Sportotek, the guides, Mine) and the forms that send text
activities-title = Hitta en aktivitet
filter-age = Barnets ålder
filter-age-any = Alla åldrar
filter-clear = Rensa
activity-ages = { $min }–{ $max } år
activity-age-from = Från { $min } år
activity-add-to-calendar = Lägg till i kalendern
error-text-too-long = Texten är för lång.
error-text-control = Texten innehåller otillåtna tecken.
error-loan-code-shape = En kod har 10 bokstäver och siffror, som i bekräftelsen.
error-loan-code-check = Koden stämmer inte: ett tecken är fel eller två har bytt plats. Jämför med bekräftelsen.
error-sportotek-contact = Skriv ett telefonnummer eller en e-postadress.
weekday-mon = måndag
weekday-tue = tisdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lördag
weekday-sun = söndag
error-required = Fältet måste fyllas i.
error-invalid-email = Det är inte en e-postadress.
