# Clubs and activities: the finder, an activity's page, an association's page, and the
# names both the finder and the staff console use. Swedish is the source.

category-football = Football
category-floorball = Floorball
category-ice-sports = Hockey and skating
category-swimming = Swimming
category-gymnastics = Gymnastics
category-martial-arts = Martial arts
category-athletics = Athletics
category-skiing = Skiing
category-riding = Horse riding
category-dance = Dance
category-music = Music
category-art = Art and crafts
category-scouting = Scouting
category-outdoor = Outdoor life
category-games = Chess and games
category-homework = Homework help
category-language = Languages
category-camp = Camps
category-school = Summer school
category-other = Other

day-part-morning = Morning (before 12)
day-part-afternoon = Afternoon (12–17)
day-part-evening = Evening (after 17)

gender-all = Everyone
gender-girls = Girls
gender-boys = Boys

status-open = Open for new members
status-paused = Paused right now
status-full = Full right now

spoken-sv = Swedish
spoken-en = English
spoken-ar = Arabic
spoken-prs = Dari
spoken-uk = Ukrainian
spoken-ru = Russian
spoken-so = Somali
spoken-ti = Tigrinya
spoken-ku = Kurdish
spoken-ps = Pashto

activities-intro = Sports, music, scouting and more for children and young people. With the leisure voucher (fritidscheck), the municipality can pay the fee.
filter-heading = Choose
filter-category = What
filter-category-any = Everything
filter-weekday = Day
filter-weekday-any = All days
filter-time = Time of day
filter-time-any = All day
filter-covered = Fully paid by the leisure voucher (fritidscheck)
filter-trial = Free trial session
filter-neighbours = Also activities in neighbouring municipalities
filter-speaks = Leader speaks
filter-speaks-any = All languages
# The filters' button where the page works without JavaScript (the app follows each change).
filter-apply = Show
sort-label = Order
sort-next = Soonest first
sort-distance = Nearest first
sort-distance-denied = Your phone did not share where you are. The list shows what starts soonest first.
activities-count =
    { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
activities-none = Nothing matches all your choices. Remove one choice and try again.
activities-more = Show more

activity-next = Next time: { $date }, { $time }
activity-weekly = Every { $days }, { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = Dates
activity-cost = { $amount } per term
activity-free = Free
activity-covered = The leisure voucher (fritidscheck) pays for everything
activity-voucher-accepted = Leisure voucher (fritidscheck) accepted
activity-voucher-not-accepted = Leisure voucher (fritidscheck) not accepted
activity-in-municipality = In { $municipality }
activity-neighbour-voucher = { $municipality }'s fritidscheck is accepted
activity-municipality-label = Municipality
activity-trial =
    { $count ->
        [one] { $count } free trial session
       *[other] { $count } free trial sessions
    }
activity-distance = { $km } km away
activity-by = Organiser
activity-by-municipality = Run by the municipality
activity-place = Place
activity-map = Show on map
activity-leaders-speak = The leaders speak
activity-accessibility = Accessibility
activity-equipment = Equipment to borrow
activity-contact = Contact
activity-call = Call
activity-email = Send email
activity-website = Website
activity-calendar-hint = The file opens in your phone's calendar.
activity-in-swedish = The club has not written in your language yet. The text is shown in Swedish.
activity-for = Age
activity-category-label = Activity
activity-gender-label = Who for
activity-when-label = When
activity-season-label = Season
activity-next-label = Next time
activity-next-at = { $date }, { $time }
activity-cost-label = Fee
activity-voucher-label = Leisure voucher (fritidscheck)
activity-trial-label = Try it out
association-activities = The club's activities
association-calendar = Subscribe to the club's calendar
association-voucher = Accepts the leisure voucher (fritidscheck)

error-invalid-filter = One of the choices is not valid.
error-no-weekdays = Choose at least one weekday.
error-end-before-start = The end time must be after the start time.
error-season-reversed = The season must end after it starts.
error-season-too-long = The season can be at most 400 days.
error-no-sessions = Add at least one date.
error-too-many-sessions = Too many dates.
error-age-out-of-range = The age must be between 0 and 99.
error-age-reversed = The highest age must be at least as high as the lowest.
error-cost-out-of-range = The fee cannot be negative or unreasonably high.
error-trial-out-of-range = Too many trial sessions.
error-swedish-required = The text must be in Swedish.
error-position = The place on the map is not valid.
error-too-many = Too many choices.
error-invalid-phone = That is not a phone number.
error-invalid-website = The web address must start with https://
error-org-number-shape = The organisation number must have ten digits, for example 802400-1375.
error-org-number-check = The organisation number is not correct. Check the digits.
error-org-number-taken = An association with that organisation number already exists.

# The fritidscheck: the guardian's balance page (no name, only the money), the names of
# a voucher's states, and the server's refusals, which the staff console shows too.
voucher-link = Check your leisure voucher (fritidscheck) balance
voucher-title = Leisure voucher balance
voucher-intro = See how much is left on your child's leisure voucher (fritidscheck) and what it has paid for. Type the code from the card or scan its QR code. No name is needed.
voucher-code-label = The code on the card
voucher-code-hint = 14 letters and digits under the QR code. Spaces and dashes do not matter.
voucher-check = Check balance
voucher-heading = Leisure voucher { $year }
voucher-left = { $balance } left of { $amount }
voucher-valid = Valid { $from } – { $until }
voucher-uses-heading = What the voucher has paid for
voucher-no-uses = The voucher has not been used yet.
voucher-use-reversed = Taken back: the money is on the voucher again
voucher-saved-at = Saved on this phone { $date } at { $time }. The balance may have changed since.
voucher-not-found = No leisure voucher has this code. Check it against the card.
voucher-state-valid = Valid
voucher-state-not-yet-valid = Not valid yet
voucher-state-expired = Expired
voucher-state-revoked = Revoked
voucher-state-used = Used up

error-voucher-code-shape = A code has 14 letters and digits, as on the card.
error-voucher-code-check = The code is not right: a character is wrong or two have swapped places. Check it against the card.

## The Sportotek for families: the catalogue, one thing, reserving and "My bookings"
sportotek-link = Borrow sports equipment for free at the Sportotek
activity-sportotek-heading = Borrow the equipment at the Sportotek
activity-sportotek-intro = Free for children and young people. Book here and pick it up at the Sportotek.

# The balance's covered activities
voucher-covered-heading = Activities this card pays in full
voucher-covered-age = For a child who turns { $count } this year.
voucher-covered-all = See all in the finder
