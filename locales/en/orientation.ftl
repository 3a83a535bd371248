# The orientation app's own texts (start page, topics, articles, search, about): only its
# pages fetch them; the shell's, the errors' and the shared words stay in app.ftl.

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
home-activities-title = Find an activity for your child
home-activities-body = Sports, music, scouting and more. The leisure voucher (fritidscheck) can pay the fee.
home-guides-title = Meet a refugee guide
home-guides-body = A volunteer who speaks your language helps with Swedish, letters and forms, or finding your way around town. Free.
article-save = Save for later
