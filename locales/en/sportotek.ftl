# Sportoteket: free sports equipment for children, for families (the catalogue, an item, a
# reservation and "My reservations") and the texts the server writes for it. Swedish is
# the source.

## The Sportotek
error-sportotek-day-past = That day has passed. Choose another day.
error-sportotek-day-too-far = You cannot book that far ahead. Choose an earlier day.
error-sportotek-day-closed = The Sportotek is closed that day. Choose another day.
error-sportotek-not-pickup-day = The Sportotek is not open on that weekday. Choose a day when it is open.
error-sportotek-no-copy-free = That size is already lent or booked on that day. Choose another day or size.
error-sportotek-unknown-size = That size does not exist. Choose a size from the list.
error-sportotek-unknown-category = That category does not exist.
error-sportotek-limit = You already have as many things borrowed or booked as you may have at once.
error-sportotek-not-cancellable = The booking cannot be cancelled: it has already been picked up, cancelled or has expired.
sportotek-calendar-pickup = Pick up { $item } at the Sportotek
sportotek-calendar-return = Return { $item } to the Sportotek
sportotek-calendar-code = Booking code: { $code }

## The Sportotek for families: the catalogue, one thing, reserving and "My bookings"
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
sportotek-more = Show more
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
