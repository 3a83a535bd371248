# Refugee guides: times and bookings. Swedish is the source.

error-guide-slot-length = A meeting must last between 15 and 180 minutes.
error-guide-time-past = That time has already passed. Choose a later time.
error-guide-time-too-far = That time is too far ahead: at most 26 weeks from today.
error-guide-slot-overlap = This time overlaps another of your times.
error-guide-slot-no-such-time = That time does not exist on that day: clocks go forward from 02:00 to 03:00 when summer time begins.
error-guide-slot-empty = That weekday does not fall between the first and the last day.
error-guide-per-week = Choose between 1 and 20 meetings a week.
error-guide-topic-not-offered = The guide does not help with that topic at that time. Choose another topic.
error-guide-time-taken = That time is no longer free. Choose another time.
error-guide-no-such-occurrence = The guide has no such time. Choose a time from the list.
error-guide-booking-orphaned = This change would remove meetings that are already booked. Cancel them first.
error-guide-open-bookings = You already have as many upcoming bookings as one person can have. Cancel one first.
error-guide-not-cancellable = The booking can no longer be cancelled: it is already cancelled or the meeting has started.
error-guide-booking-state = The booking has already changed. Reload the page.
error-guide-application-pending = An application from that address is already waiting for an answer.
error-guide-application-decided = The application has already been decided. Reload the page.
error-guide-day = Write the day as YYYY-MM-DD, for example 2026-03-02.
error-guide-not-monday = A week starts on a Monday: choose a Monday.
error-guide-range-too-long = The period is too long. Choose a shorter one.
error-guide-already-deactivated = The guide is already deactivated.

## Names (model::guides): topics, ways of meeting, a booking's states, why a guide cancelled.

guide-topic-practise-swedish = Practise Swedish
guide-topic-letters-and-forms = Letters and forms
guide-topic-show-the-town = Show me the town
guide-topic-job-seeking = Looking for work
guide-topic-leisure = Free time and clubs
guide-topic-digital-help = Computer, phone and online services
guide-meeting-library = At the library
guide-meeting-cafe = At a café
guide-meeting-phone = By phone
guide-meeting-video = By video call
guide-booking-state-waiting = Waiting for the guide
guide-booking-state-confirmed = Confirmed
guide-booking-state-cancelled-by-guide = Cancelled by the guide
guide-booking-state-cancelled-by-newcomer = Cancelled by you
guide-booking-state-past = Over
guide-cancel-reason-guide-ill = The guide is ill.
guide-cancel-reason-guide-unavailable = The guide cannot come at that time.
guide-cancel-reason-place-closed = The meeting place is closed that day.
guide-cancel-reason-duplicate = The same time was booked twice.
guide-cancel-reason-other = The guide has cancelled the time.

## The newcomer's pages (activities/src/pages/guide*.rs).

guides-title = Refugee guides
guides-intro = Volunteers who meet you for free. You can practise Swedish, read letters together or walk around town. Choose a guide and a time, and book with your first name.
guides-my-bookings = My bookings
guides-filter-language = The guide speaks
guides-filter-topic = Help with
guides-filter-topic-any = Anything
guides-filter-meeting = How you meet
guides-filter-meeting-any = Any way
guides-filter-meeting-in-person = In person (library or café)
guides-filter-meeting-phone = By phone
guides-filter-meeting-video = By video call
guides-count =
    { $count ->
        [one] { $count } guide
       *[other] { $count } guides
    }
guides-none = No guide matches all your choices right now. Choose another topic or another way to meet. Many guides also speak Swedish or English.
guides-speaks = Speaks { $languages }
guides-helps-with = Helps with: { $topics }
guides-next-times = Next free times:
guides-no-times = No free times right now.
guides-when = { $day }, { $time }
guides-demo = Example: this guide is not real.
guides-about-heading = About { $name }
guides-about-other-language = The guide has not written in your language.
guides-languages-heading = Languages
guides-topics-heading = Helps with
guides-places-heading = Where you meet
guides-map = Show on the map
guides-times-heading = Free times
guides-times-intro = Times are Swedish time. Tap a time to choose it.
guides-book-heading = Book a time with { $name }
guides-choose-time-first = First choose a time above.
guides-chosen-time = Chosen time: { $time }
guides-choose = Choose
guides-field-time = Time
guides-field-name = Your first name
guides-field-contact = Phone number or e-mail
guides-contact-hint = Only the guide sees it, to reach you about the time.
guides-field-topic = What do you want help with?
guides-field-note = Anything the guide needs to know? (optional)
guides-note-hint = For example which letter it is about. Do not write your personal identity number.
guides-book-submit = Book the time
guides-booking = Booking …
guides-problems = Something needs fixing:
guides-problem = { $field }: { $problem }
guides-error-required = Fill this in.
guides-error-no-time = Choose a time.
guides-error-topic = Choose a topic from the list.
guides-error-retry = The booking could not be sent. Try again.
guides-book-offline = No connection to the server. The booking has not been sent. Try again when you are online.
guides-bookings-title = My bookings with guides
guides-bookings-intro = These are the bookings this phone knows about. They show even without a connection.
guides-bookings-none = There are no bookings on this phone.
guides-booked-heading = Your booking has been sent
guides-booked-show-code = Keep the code. With it you can see the booking and cancel it.
guides-booking-heading = The booking
guides-with = With { $name }
guides-code-label = Booking code:
guides-waiting-help = The guide confirms the time as soon as they can. Look in here again.
guides-cancel-note = The guide writes:
guides-updated-at = Updated { $date } at { $time }
guides-add-to-calendar = Add to calendar
guides-cancel = Cancel
guides-cancel-question = Do you want to cancel the time with { $name }?
guides-cancel-confirm = Yes, cancel
guides-cancel-keep = No, keep it
guides-cancel-offline = You can cancel when you are online again.
guides-forget = Remove from this phone
guides-lookup-label = Do you have a booking code? Type it here.
guides-lookup = Show
guides-lookup-hint = 10 letters and digits. Spaces and dashes do not matter.
guides-lookup-not-found = No booking has that code. Check the code and try again.

# Issue 14: saved articles and next steps
guides-read-letters = Read about letters from authorities
