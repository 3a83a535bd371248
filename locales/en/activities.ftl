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

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

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

activities-title = Find an activity
activities-intro = Sports, music, scouting and more for children and young people. With the leisure voucher (fritidscheck), the municipality can pay the fee.
filter-heading = Choose
filter-age = Child's age
filter-age-any = All ages
filter-category = What
filter-category-any = Everything
filter-weekday = Day
filter-weekday-any = All days
filter-time = Time of day
filter-time-any = All day
filter-covered = Fully paid by the leisure voucher (fritidscheck)
filter-trial = Free trial session
filter-speaks = Leader speaks
filter-speaks-any = All languages
filter-clear = Clear
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

activity-ages = { $min }–{ $max } years
activity-age-from = From { $min } years
activity-next = Next time: { $date }, { $time }
activity-weekly = Every { $days }, { $start }–{ $end }
activity-season = { $from } – { $to }
activity-dates = Dates
activity-cost = { $amount } per term
activity-free = Free
activity-covered = The leisure voucher (fritidscheck) pays for everything
activity-voucher-accepted = Leisure voucher (fritidscheck) accepted
activity-voucher-not-accepted = Leisure voucher (fritidscheck) not accepted
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
activity-add-to-calendar = Add to calendar
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
error-text-too-long = The text is too long.
error-text-control = The text contains characters that are not allowed.
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

## The Sportotek
error-loan-code-shape = A code has 10 letters and digits, as in the confirmation.
error-loan-code-check = The code is not right: a character is wrong or two have swapped places. Check it against the confirmation.
error-sportotek-day-past = That day has passed. Choose another day.
error-sportotek-day-too-far = You cannot book that far ahead. Choose an earlier day.
error-sportotek-day-closed = The Sportotek is closed that day. Choose another day.
error-sportotek-not-pickup-day = The Sportotek is not open on that weekday. Choose a day when it is open.
error-sportotek-no-copy-free = That size is already lent or booked on that day. Choose another day or size.
error-sportotek-contact = Write a phone number or an e-mail address.
error-sportotek-unknown-size = That size does not exist. Choose a size from the list.
error-sportotek-unknown-category = That category does not exist.
error-sportotek-limit = You already have as many things borrowed or booked as you may have at once.
error-sportotek-not-cancellable = The booking cannot be cancelled: it has already been picked up, cancelled or has expired.
sportotek-calendar-pickup = Pick up { $item } at the Sportotek
sportotek-calendar-return = Return { $item } to the Sportotek
sportotek-calendar-code = Booking code: { $code }

## The Sportotek for families: the catalogue, one thing, reserving and "My bookings"
sportotek-link = Borrow sports equipment for free at the Sportotek
sportotek-title = Sportotek
sportotek-intro = Children and young people borrow sports equipment for free: skates, skis, helmets, bikes and more. Book here and pick it up at the Sportotek.
sportotek-my-reservations = My bookings
sportotek-categories = What do you need?
sportotek-category-all = Everything
sportotek-category-skates = Skates
sportotek-category-skis = Skis and poles
sportotek-category-ski-boots = Ski boots
sportotek-category-helmets = Helmets
sportotek-category-bikes = Bikes
sportotek-category-balls = Balls
sportotek-category-rackets = Rackets
sportotek-category-sticks = Sticks
sportotek-category-life-jackets = Life jackets
sportotek-category-protection = Protective gear
sportotek-category-outdoor = Outdoor life
sportotek-category-other = Other
sportotek-filter-size = Size
sportotek-filter-size-any = All sizes
sportotek-filter-age = For a child aged
sportotek-filter-age-any = All ages
sportotek-count =
    { $count ->
        [one] { $count } thing
       *[other] { $count } things
    }
sportotek-none = Nothing matches all your choices. Remove one choice and try again.
sportotek-sizes = Sizes: { $sizes }
sportotek-free-today = Can be picked up today
sportotek-free-from = Can be picked up from { $day }
sportotek-not-free = Everything is lent or booked right now
sportotek-pickup-at = Everything is picked up at { $place }.
sportotek-in-swedish = The Sportotek has not written in your language yet. The text is shown in Swedish.
sportotek-sizes-heading = Sizes and when to pick them up
sportotek-age-to = Up to { $max } years
sportotek-copies =
    { $count ->
        [one] { $count } copy
       *[other] { $count } copies
    }
sportotek-next-days = Next days to pick up:
sportotek-pickup-day = { $day }, { $hours }
sportotek-keep-days =
    { $count ->
        [one] loan for { $count } day
       *[other] loan for { $count } days
    }
sportotek-reserve-size = Book size { $size }
sportotek-place-heading = Where to pick up
sportotek-hours-heading = Opening hours
sportotek-no-hours = The Sportotek has no opening hours right now.
sportotek-closed-heading = Closed
sportotek-terms =
    { $count ->
        [one] You borrow for at most { $count } day, free of charge.
       *[other] You borrow for at most { $count } days, free of charge.
    }
sportotek-max-items =
    { $count ->
        [one] At most { $count } thing at a time per family.
       *[other] At most { $count } things at a time per family.
    }
sportotek-reserve-title = Book { $item }
sportotek-reserve-intro = Choose a size and a day. You pick it up at the Sportotek and show the booking code.
sportotek-field-size = Size
sportotek-field-day = Day to pick up
sportotek-field-name = Your first name
sportotek-field-contact = Phone number or e-mail
sportotek-contact-hint = So the staff can reach you about the loan. Only the staff see it, and it is deleted some weeks after the loan has ended.
sportotek-choose = Choose …
sportotek-choose-size-first = Choose a size first
sportotek-size-option-full = { $size } – none free
sportotek-reserve-submit = Book
sportotek-reserving = Booking …
sportotek-problems = Check the form:
sportotek-problem = { $field }: { $problem }
sportotek-error-required = This must be filled in.
sportotek-error-retry = The booking could not be sent. Press Book again.
sportotek-reserve-offline = No contact with the server, and nothing is booked yet. Press Book again when you have a connection.
sportotek-reservations-title = My bookings
sportotek-reservations-intro = Bookings made or looked up on this phone. They are shown without a connection too.
sportotek-reservations-none = No bookings on this phone yet.
sportotek-reserved-heading = Done! You have booked
sportotek-reserved-show-code = Show this code when you pick it up. It is saved on this phone.
sportotek-reservation-heading = Your booking
sportotek-code-label = Booking code:
sportotek-state-reserved = Booked
sportotek-state-lent = Borrowed
sportotek-state-returned = Returned
sportotek-state-cancelled = Cancelled
sportotek-state-lapsed = Not picked up, the booking has expired
sportotek-pickup-on = Pick up { $day }, { $hours }
sportotek-pickup-on-day = Pick up { $day }
sportotek-return-by = Return by { $day }
sportotek-updated-at = Updated { $date } at { $time }
sportotek-cancel = Cancel the booking
sportotek-cancel-question = Cancel the booking of { $item }? Then someone else can borrow it.
sportotek-cancel-confirm = Yes, cancel it
sportotek-cancel-keep = No, keep it
sportotek-cancel-offline = You need a connection to cancel.
sportotek-forget = Remove from this phone
sportotek-lookup-label = Have a booking code? Type it here
sportotek-lookup-hint = 10 letters and digits. Spaces and dashes do not matter.
sportotek-lookup = Show the booking
sportotek-lookup-not-found = No booking has this code. Check it against the confirmation.
activity-sportotek-heading = Borrow the equipment at the Sportotek
activity-sportotek-intro = Free for children and young people. Book here and pick it up at the Sportotek.

# The balance's covered activities
voucher-covered-heading = Activities this card pays in full
voucher-covered-age = For a child who turns { $count } this year.
voucher-covered-all = See all in the finder
