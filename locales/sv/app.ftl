# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = Hoppa till innehållet
nav-home = Hem
nav-search = Sök
nav-about = Om appen
language-picker-label = Språk
language-picker-go = Byt språk
loading = Laddar …
offline-banner = Du är offline. Du ser det som finns sparat i telefonen.
saved-copy = Sparad kopia från { $date }
try-again = Försök igen

not-found-title = Sidan finns inte
not-found-body = Länken kan vara gammal. Börja om från startsidan.

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

# The link to the refugee guides (the finder and the start page).
guides-link = Träffa en flyktingguide: en volontär som hjälper dig gratis

# Issue 14: saved articles and next steps
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
# Days as the app and the server's first paint write them (model::i18n): a weekday and a day ("tisdag 24 november"), a day with its year ("24 november 2026"). The months in the form they take after a day's number.
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
day-with-weekday = { $weekday } { $day } { $month }
# An amount of kronor; the spaces are no-break spaces, and Arabic's amount opens with a right-to-left mark, as Intl.NumberFormat writes them.
money = { $amount } kr
day-with-year = { $day } { $month } { $year }
error-required = Fältet måste fyllas i.
error-invalid-email = Det är inte en e-postadress.
