# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = Skip to content
nav-home = Home
nav-search = Search
nav-about = About
language-picker-label = Language
language-picker-go = Change language
loading = Loading …
offline-banner = You are offline. You see what is saved on your phone.
saved-copy = Saved copy from { $date }
try-again = Try again

not-found-title = Page not found
not-found-body = The link may be old. Start again from the home page.

error-generic = Something went wrong. Try again.
error-network = No contact with the server. Check your connection.
error-not-found = What you are looking for does not exist.
error-unknown-language = The language does not exist.
error-invalid-slug = The address is not valid.
error-query-empty = Type a word to search for.
error-query-too-long = The search is too long.
error-malformed-body = The request could not be read.
error-body-too-large = The request is too large.
error-rate-limited = Too many tries. Wait a moment and try again.
error-internal = An error occurred on our side. Try again later.
error-unavailable = The service is unavailable just now. Try again in a moment.

nav-activities = Activities
nav-mine = Mine

# The link to the refugee guides (the finder and the start page).
guides-link = Meet a refugee guide: a volunteer who helps you for free

# Issue 14: saved articles and next steps
activity-guide-help-heading = Get help signing up
activity-guide-help-link = A refugee guide who speaks your language can help you, for free

## Shared by the pages under /activities (the finder, the Sportotek, the guides, Mine) and the forms that send text
activities-title = Find an activity
filter-age = Child's age
filter-age-any = All ages
filter-clear = Clear
activity-ages = { $min }–{ $max } years
activity-age-from = From { $min } years
activity-add-to-calendar = Add to calendar
error-text-too-long = The text is too long.
error-text-control = The text contains characters that are not allowed.
error-loan-code-shape = A code has 10 letters and digits, as in the confirmation.
error-loan-code-check = The code is not right: a character is wrong or two have swapped places. Check it against the confirmation.
error-sportotek-contact = Write a phone number or an e-mail address.
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
# Days as the app and the server's first paint write them (model::i18n): a weekday and a day ("tisdag 24 november"), a day with its year ("24 november 2026"). The months in the form they take after a day's number.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
day-with-weekday = { $weekday } { $day } { $month }
# An amount of kronor; the spaces are no-break spaces, and Arabic's amount opens with a right-to-left mark, as Intl.NumberFormat writes them.
money = SEK { $amount }
day-with-year = { $day } { $month } { $year }
error-required = This field must be filled in.
error-invalid-email = That is not an e-mail address.
