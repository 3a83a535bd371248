# Välkommen: the app's own texts. Swedish is the source; every other language has the same ids.

app-name = Välkommen
skip-to-content = Skip to content
nav-home = Home
nav-search = Search
nav-about = About
language-picker-label = Language
loading = Loading …
offline-banner = You are offline. You see what is saved on your phone.
saved-copy = Saved copy from { $date }
try-again = Try again
demo-notice = Demo: the municipality, addresses and phone numbers here are made up.

home-title = Welcome to { $municipality }
home-intro = Here is what you need to know about life here, in your language. Everything you have read, you can read again without internet.
home-municipality = Your municipality
home-municipality-choose = Choose
topics-heading = Topics
article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
topic-all = All topics
not-found-title = Page not found
not-found-body = The link may be old. Start again from the home page.

article-state-outdated = The Swedish text has changed since this translation was written. Something may be out of date.
article-state-missing = This article is not in your language yet. You are reading it in Swedish.
article-read-swedish = Read in Swedish
article-read-mine = Read in my language
article-review-checked = Checked by a translator { $date }
article-review-unchecked = Not yet checked by a translator
article-updated = Updated { $date }
article-shared-by = From { $region }: the same text across the county
article-beside-swedish = Show beside Swedish
article-beside-close = Show one language
article-read-aloud = Read aloud
article-stop-reading = Stop reading

feedback-question = Was this helpful?
feedback-yes = Yes
feedback-no = No
feedback-thanks = Thank you for your answer!
feedback-failed = Your answer could not be sent. Try again later.

search-title = Search
search-label = Search the articles
search-hint = You can type in your language or a Swedish word from a letter, for example Försäkringskassan.
search-button = Search
search-results =
    { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-no-results = No results. Try another word.
search-offline-note = You are offline: the search covers only articles you have read.
search-matched-swedish = The word is in the Swedish text

about-title = About the app and your data
about-what = Välkommen helps you who are new in the municipality to find information, in your language.
about-data-heading = What is stored?
about-data-reading = Nothing about you is stored when you read. You need no account.
about-data-phone = Your phone keeps your choice of language and the articles you have read, so you can read them without internet. You can remove them by clearing the site's data in the browser.
about-data-feedback = Answers to “Was this helpful?” are anonymous: only the article, the language and the answer are counted.
about-data-none = The app uses no tracking cookies and loads nothing from other websites.

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
home-activities-title = Find an activity for your child
home-activities-body = Sports, music, scouting and more. The leisure voucher (fritidscheck) can pay the fee.

# The link to the refugee guides (the finder and the start page).
guides-link = Meet a refugee guide: a volunteer who helps you for free
home-guides-title = Meet a refugee guide
home-guides-body = A volunteer who speaks your language helps with Swedish, letters and forms, or finding your way around town. Free.

# Issue 14: saved articles and next steps
article-save = Save for later
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
error-required = This field must be filled in.
error-invalid-email = That is not an e-mail address.
