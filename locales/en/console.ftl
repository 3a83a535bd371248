# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – staff
console-signed-in-as = Signed in as { $email }
console-nav-articles = Articles
console-nav-people = People
console-nav-settings = Settings
console-nav-audit = Log
console-no-tasks = There is nothing for your role here yet.
console-articles-title = Articles
console-needs-count =
    { $count ->
        [one] { $count } article to translate
       *[other] { $count } articles to translate
    }
console-state-current = Current
console-state-outdated = Outdated
console-state-missing = Missing
console-published = Published
console-unpublished = Unpublished
console-publish = Publish
console-unpublish = Unpublish
console-field-title = Title
console-field-summary = Summary
console-field-body = Text (Markdown)
console-body-hint = Phone numbers become call links. Address: [Torget 1](map:Torget 1, Granviken).
console-field-reviewed = Checked by a translator
console-preview = Preview
console-save = Save
console-saved = Saved.
console-swedish-original = The Swedish original
console-back-to-articles = All articles
console-people-title = People
console-invite-title = Invite a person
console-invite = Create invitation link
console-invite-link = Give this link to the person. It works once, for seven days. If they already have an account, they accept the role with their own password:
console-roles = Roles
console-role-admin = Administrator
console-role-coordinator = Refugee guide coordinator
console-role-association = Association
console-role-guide = Refugee guide
console-role-sportotek = Sportotek
console-save-roles = Save roles
console-deactivate = Deactivate
console-inactive = Inactive
console-reset-link = New password link
console-reset-link-ready = Give this link to the person. It works once, for seven days. There they choose a new password:
console-works-elsewhere = This person also works elsewhere. Only an admin of every municipality they work in, or a region-wide admin, can reset the password or deactivate the account. You can change their roles in this municipality.
console-settings-title = Settings
console-field-name = Name of the municipality
console-field-contact-email = Contact, e-mail
console-field-contact-phone = Contact, phone
console-field-region = Region
console-audit-title = Log
console-audit-when = When
console-audit-who = Who
console-audit-what = What
console-invitation-title = Your account's password
console-invitation-hint = New to Välkommen, or given this link for a new password: choose a password of at least 12 characters. A sentence you remember works well. Already have an account and invited to a new role: type your own password, and the account gets the new role. Your password stays as it is.
console-invitation-continue = Continue
console-invitation-no-token = This address lacks the link's code. Open the link you were given again, all of it.
console-invitation-wrong-password = That is not your account's password. Type the password you sign in with. Forgotten it? Ask an admin for a new password link.

# Roles offered to an existing account, waiting for its owner's answer
console-offers-title = Roles waiting for your answer
console-offers-hint = A role is yours only once you accept it.
console-offer-role = { $municipality } offers you the role { $role }.
console-offer-association = { $municipality } offers you the role { $role } for { $association }.
console-offer-accept = Accept
console-offer-refuse = Decline
console-offer-accepted = Done: the role is yours now.
console-offer-refused = You declined. Nothing changed in your account.

console-new-article = New article
console-field-topic = Topic
console-field-slug = Address (a–z, 0–9 and -)
console-create = Create, unpublished
console-municipality = Municipality

console-nav-topics = Topics
console-topics-title = Topics
console-new-topic = New topic
console-topic-hint = A topic without a name in a language shows its Swedish name.

error-invitation-invalid = The link has been used or has expired. Ask for a new one.
error-password-too-short = The password must have at least 12 characters.
error-password-too-long = The password is too long.
error-email-taken = There is already an account with that e-mail address.
error-already-member = This person already has a role in the municipality. Change their roles in the list instead.
error-association-decided = The application has already been decided, perhaps by another admin a moment ago. Reload the page to see the decision.
error-too-long = The text is too long.
error-invalid-characters = The text contains characters that are not allowed.
error-own-admin-role = You cannot remove your own administrator role.
error-own-account = You cannot deactivate your own account.
error-invalid-roles = The roles are not valid.
error-slug-taken = There is already an article with that address.
error-unknown-topic = The topic does not exist.

# Associations and their activities
console-nav-associations = Associations
console-nav-own-activities = Municipality's activities
console-nav-my-association = My association
console-apply-link = Is your association new? Apply to join
console-apply-title = Apply for your association
console-apply-intro = The municipality reviews the application. Once it is approved, the contact person gets an account to add the association's activities. The association's name, address and the contact person's name, e-mail and phone are shown to families on the association's page.
console-field-association-name = Name of the association
console-field-org-number = Organisation number
console-org-number-hint = Ten digits, for example 802400-1375.
console-field-contact-name = Contact person
console-field-phone = Phone
console-field-website = Website
console-website-hint = Starts with https://
console-field-address = Address
console-field-categories = What the association does
console-field-description-sv = About the association, in Swedish
console-apply-send = Send application
console-apply-thanks = Thank you! The application has been sent. The municipality will write to { $email } once it has been reviewed.
console-form-problems = Something needs correcting. See the notes by the fields.
console-associations-title = Associations
console-associations-none = No associations yet.
console-association-pending = Waiting for a decision
console-association-approved = Approved
console-association-rejected = Rejected
console-applied-on = Applied { $date }
console-approve = Approve
console-reject = Reject
console-approved-link = The association is approved. Give this link to the contact person. It works once, for seven days. If they already have an account, they accept the role with their own password:
console-rejected-done = The application has been rejected.
console-my-association-none = Your account does not belong to an association yet.
console-profile-title = About the association
console-field-accepts-voucher = We accept the leisure voucher
console-field-position = Place on the map (optional)
console-field-lat = Latitude
console-field-lon = Longitude
console-position-hint = For example 60.5130 and 14.2200.
console-position-hint-activity = For example 60.5130 and 14.2200. Empty: the association's address is used.
console-field-description = Description
console-texts = Texts in each language
console-required = required
console-activities-title = Activities
console-activities-none = No activities yet.
console-new-activity = New activity
console-own-activities-title = The municipality's own activities
console-activity-new-title = New activity
console-activity-edit-title = Edit activity
console-back-to-association = Back to the association
console-back-to-own = Municipality's activities
console-field-status = Can new children join?
console-pause = Pause
console-mark-full = Mark as full
console-open-again = Open again
console-field-category = Kind of activity
console-field-min-age = From age
console-field-max-age = To age
console-field-gender = Who can take part
console-schedule = When
console-schedule-weekly = Every week
console-schedule-dates = Single dates
console-field-weekdays = Days of the week
console-field-start = Starts
console-field-end = Ends
console-field-season-start = Season starts
console-field-season-end = Season ends
console-field-date = Date
console-add-date = Add a date
console-remove-date = Remove
console-field-place = Place
console-field-cost = Fee per term, in kronor
console-cost-hint = Empty or 0 means free. For example 350 or 350,50.
console-field-voucher = The leisure voucher is accepted
console-field-trial = Number of free trial sessions
console-field-leader-languages = Languages the leaders speak
console-field-accessibility = Accessibility
console-field-equipment = Equipment to borrow from the Sportotek
console-preview-heading = How families see the activity
console-preview-language = Language
console-error-whole-number = Enter a whole number.
console-error-time = Choose a time.
console-error-date = Choose a date.

# The fritidscheck: terms, issuing, cards, redeeming and settling
console-nav-vouchers = Leisure vouchers
console-nav-settlements = Settlements
console-nav-voucher-stats = Leisure voucher statistics
console-vouchers-title = Leisure vouchers
console-voucher-year = Year
console-terms-title = Terms for { $year }
console-terms-amount = Amount per child, in kronor
console-terms-amount-hint = For example 500.
console-terms-from = Valid from
console-terms-until = Valid until
console-terms-expense-account = Expense account
console-terms-payable-account = Payables account
console-terms-accounts-hint = Four-digit accounts of the BAS chart of accounts. Settlements are booked on them in the SIE file.
console-issue-title = Issue one voucher
console-issue-contact = Guardian contact
console-issue-contact-hint = Optional. A phone number or e-mail to reach the family.
console-issue-submit = Issue
console-issued = The voucher for { $name } has the code:
console-import-title = Import a CSV file
console-import-hint = A header row with first name, year of birth and, if you have it, guardian, separated by semicolons or commas. One row per child.
console-import-file = Choose a file
console-import-text = Or paste the text
console-import-skip = Skip rows with errors and import the rest
console-import-submit = Import
console-import-imported =
    { $count ->
        [one] { $count } voucher issued.
       *[other] { $count } vouchers issued.
    }
console-import-nothing =
    { $count ->
        [one] Nothing was imported: { $count } row has errors. Correct it, or choose to skip rows with errors.
       *[other] Nothing was imported: { $count } rows have errors. Correct them, or choose to skip rows with errors.
    }
console-import-line = Line
console-import-column = Column
console-import-problem = Problem
console-vouchers-list = Vouchers { $year }
console-vouchers-none = No vouchers here yet.
console-unused-only = Only unused
console-unused-hint = Grouped by age, so you can reach the families, for example through the schools.
console-age-band = Ages { $from }–{ $to } ({ $count })
console-print-cards = Print cards
console-voucher-revoke = Revoke
console-reason = Reason
console-cancel = Cancel
console-cards-title = Cards for { $year }
console-cards-hint = Eight cards per A4 sheet. Print at full size and cut along the edges.
console-print = Print
console-cards-count =
    { $count ->
        [one] { $count } card
       *[other] { $count } cards
    }
console-card-title = Leisure voucher { $year }
console-card-qr = QR code that shows the balance
console-card-explanation = { $amount } for leisure activities at clubs, until { $until }. Scan the code to see the balance.
console-stats-issued = Issued
console-stats-used = Used
console-stats-unused = Unused
console-stats-issued-amount = Amount issued
console-stats-redeemed-amount = Amount used
console-stats-by-age = By age
console-stats-age = Age
console-stats-by-association = By association
console-stats-redemptions = Payments
console-stats-by-month = By month
console-stats-month = Month
console-stats-first-uses = Used for the first time
console-settle-association = Association
console-settle-from = From
console-settle-until = Until
console-settle-preview = Show the basis
console-settle-preview-title = Basis for the settlement
console-settle-empty = No voucher payments in this period.
console-settle-total = Total to pay:
console-settle-close = Close the settlement
console-settlements-title = Settlements
console-settlements-none = No settlements yet.
console-settlement-title = Settlement
console-settlement-show = Show
console-settlement-preview = Not closed
console-settlement-closed = To be paid
console-settlement-paid = Paid
console-settlement-paid-on = Paid { $date }
console-export-csv = Download CSV
console-export-sie = Download SIE
console-mark-paid = Mark as paid
console-open-amount = The municipality owes you:
console-redemptions-title = Payments
console-redemptions-none = No leisure voucher payments yet.
console-redemption-date = Date
console-redemption-reversed = Reversed
console-reverse = Reverse

## The fritidscheck API's refusals (only staff and associations meet them)
error-voucher-year = The year is not valid.
error-voucher-validity-order = The last valid day cannot come before the first.
error-voucher-age-range = The ages are not right: the highest must be at least the lowest, and at most 25.
error-account-number = An account number is four digits.
error-voucher-age = The child's age is outside this year's leisure voucher ages.
error-voucher-reversal-window = An association can take back a payment for 14 days and only until it is settled. Ask the municipality.
error-voucher-settled = The payment has already been settled with the municipality.
error-voucher-already-reversed = The payment has already been taken back.
error-settlement-empty = There is nothing to settle in that period.
error-settlement-paid = The settlement is already marked as paid.
error-import-header = The file's first row must name the columns: first_name and birth_year (or förnamn and födelseår), and guardian if you like.
error-import-row = This row could not be read.
error-import-too-many-rows = The file has too many rows: at most 10,000. Split it.
error-import-empty = The file has no children in it.
error-period = The period's end comes before its start.
error-import-duplicate = This child already has a fritidscheck this year (same first name, birth year and contact).

## The Sportotek
error-sportotek-size-repeated = This item already has that size.
error-sportotek-weekday-repeated = That weekday already has opening hours.
error-sportotek-out-of-range = The value is outside what can be chosen.
error-sportotek-due-day = The return day must be today or later, at most a year ahead.
error-sportotek-unknown-item = Choose things from the municipality's Sportotek, at most 12 and each once.
error-sportotek-unknown-copy = That copy is not of this size or is already lent.
error-sportotek-loan-state = The loan is not in a state that allows this.
error-sportotek-size-in-use = A size that has copies or loans cannot be removed.
error-sportotek-inventory-number-taken = Another copy already has that inventory number.
error-photo-not-image = The file is not an image that can be read. Use JPEG, PNG or WebP.
error-photo-too-many-pixels = The image is too large. Use an image of at most 12,000 pixels on each side.

## Sportotek staff: the counter, the catalogue and the settings (console/src/sportotek, pages/sportotek*)
console-nav-sportotek = Sportotek
console-sportotek-today = Today
console-sportotek-desk = Loan desk
console-sportotek-late-title = Late loans
console-sportotek-catalogue = Catalogue
console-sportotek-settings = Settings
console-sportotek-stats = Statistics
console-sportotek-open-today = Open { $opens }–{ $closes }
console-sportotek-closed-today = Closed today
console-sportotek-pickups =
    { $count ->
        [one] { $count } reservation to hand out
       *[other] { $count } reservations to hand out
    }
console-sportotek-returns =
    { $count ->
        [one] { $count } return due today
       *[other] { $count } returns due today
    }
console-sportotek-late-count =
    { $count ->
        [one] { $count } late loan
       *[other] { $count } late loans
    }
console-sportotek-no-pickups = No reservations to hand out today.
console-sportotek-no-returns = Nothing is due back today.
console-sportotek-no-late = No late loans.
console-sportotek-late = Late
console-sportotek-state-reserved = Reserved
console-sportotek-state-lent = Lent
console-sportotek-state-returned = Returned
console-sportotek-state-cancelled = Cancelled
console-sportotek-state-lapsed = Not picked up
console-sportotek-pickup = Pickup { $day }
console-sportotek-due = Due back { $day }
console-sportotek-reminded-on = Reminded { $day }
console-sportotek-checkout = Check out
console-sportotek-checkin = Check in
console-sportotek-extend = Extend
console-sportotek-cancel = Cancel reservation
console-sportotek-cancel-question = Cancel this reservation? The copy becomes free for others.
console-sportotek-cancel-yes = Yes, cancel
console-sportotek-cancel-no = No, keep it
console-sportotek-remind = Reminded today
console-sportotek-reminded-today = Reminded today ✓
console-sportotek-copy = Copy (inventory number)
console-sportotek-any-copy = Any free copy
console-sportotek-copy-hint = Pick the number written on the thing you hand out.
console-sportotek-due-day = Due back
console-sportotek-new-due-day = New due date
console-sportotek-condition = Condition
console-sportotek-condition-fine = Fine
console-sportotek-condition-damaged = Damaged
console-sportotek-condition-lost = Lost
console-sportotek-checkin-fine-hint = The copy can be lent again at once.
console-sportotek-checkin-damaged-hint = Write what is wrong. The copy is not lent out until it is repaired.
console-sportotek-checkin-lost-hint = The copy leaves the stock but still counts in the statistics.
console-sportotek-note = Note
console-sportotek-done-lent = Lent. Due back { $day }.
console-sportotek-done-checkin = Checked in.
console-sportotek-done-extend = Extended to { $day }.
console-sportotek-done-cancel = Reservation cancelled.
console-sportotek-done-remind = Reminder noted.
console-sportotek-find = Find a borrower
console-sportotek-code = Reservation code
console-sportotek-code-hint = 10 characters, such as 7KQ2-M9XD-4T. Any case, with or without dashes.
console-sportotek-find-code = Find by code
console-sportotek-first-name = First name
console-sportotek-phone = Phone
console-sportotek-phone-digits = Type at least four digits of the phone number.
console-sportotek-find-person = Find by name and phone
console-sportotek-none-found = No loans found. Check the code or the spelling.
console-sportotek-walk-in = Lend without a reservation
console-sportotek-walk-in-hint = For someone at the counter without a reservation: the thing is lent at once.
console-sportotek-item = Item
console-sportotek-choose = Choose …
console-sportotek-size = Size
console-sportotek-free-count =
    { $count ->
        [one] { $count } free
       *[other] { $count } free
    }
console-sportotek-contact = Phone or e-mail
console-sportotek-contact-hint = So that you can reach the family about the loan.
console-sportotek-lend = Lend
console-sportotek-retry-safe = It is safe to try again: the same loan is never recorded twice.
console-sportotek-item-new = New item
console-sportotek-item-edit = Edit item
console-sportotek-no-items = The catalogue is empty. Add the first item.
console-sportotek-needs-count =
    { $count ->
        [one] { $count } item to translate
       *[other] { $count } items to translate
    }
console-sportotek-copies-count =
    { $count ->
        [one] { $count } copy in fine condition
       *[other] { $count } copies in fine condition
    }
console-sportotek-damaged-count =
    { $count ->
        [one] { $count } damaged
       *[other] { $count } damaged
    }
console-sportotek-demo = Demo
console-sportotek-category = Category
console-sportotek-category-skates = Skates
console-sportotek-category-skis = Skis and poles
console-sportotek-category-ski-boots = Ski boots
console-sportotek-category-helmets = Helmets
console-sportotek-category-bikes = Bikes
console-sportotek-category-balls = Balls
console-sportotek-category-rackets = Rackets
console-sportotek-category-sticks = Sticks
console-sportotek-category-life-jackets = Life jackets
console-sportotek-category-protection = Protective gear
console-sportotek-category-outdoor = Outdoor life
console-sportotek-category-other = Other
console-sportotek-item-name = Name
console-sportotek-sizes = Sizes
console-sportotek-sizes-hint = One row per size. The ages are optional and help families find the right size.
console-sportotek-size-label = Size
console-sportotek-size-kind = Kind
console-sportotek-kind-shoe = Shoe size (EU)
console-sportotek-kind-length = Length in cm
console-sportotek-kind-age = Age
console-sportotek-kind-clothing = Clothing size
console-sportotek-kind-one-size = One size
console-sportotek-age-from = From age
console-sportotek-age-to = To age
console-sportotek-size-add = Add a size
console-sportotek-remove = Remove
console-sportotek-save-first = Save the item first. Then you can add a photo and copies.
console-sportotek-copies = Copies
console-sportotek-no-copies = No copies in this size yet.
console-sportotek-copy-add = Add a copy
console-sportotek-copy-change = Change
console-sportotek-repaired = Repaired
console-sportotek-inventory-number = Inventory number
console-sportotek-photo = Photo
console-sportotek-no-photo = No photo yet.
console-sportotek-photo-current = The item's photo as families see it
console-guide-photo-current = Your photo as newcomers see it
console-sportotek-photo-choose = Choose a photo
console-sportotek-photo-hint = JPEG, PNG or WebP, at most 12 MB. Location and other details in the file are removed.
console-sportotek-photo-sending = Sending the photo …
console-sportotek-photo-saved = The photo is saved.
console-sportotek-photo-too-large = The file is larger than 12 MB. Choose a smaller picture.
console-sportotek-place-name = Name of the place
console-sportotek-address = Address
console-sportotek-hours = Opening hours
console-sportotek-hours-hint = Tick the weekdays on which families can pick up and return. Only those days can be reserved.
console-sportotek-opens = Opens
console-sportotek-closes = Closes
console-sportotek-closed-days = Closed days
console-sportotek-closed-day = Date
console-sportotek-closed-add = Add a closed day
console-sportotek-limits = Loan rules
console-sportotek-max-items = Most items out at once per borrower
console-sportotek-max-items-hint = Reserved and lent ones count. 1–20.
console-sportotek-reserve-ahead = How many days ahead a reservation may be made
console-sportotek-reserve-ahead-hint = 1–180 days.
console-sportotek-loan-days = Loan days
console-sportotek-loan-days-hint = The pickup day counts: 14 days is two weeks. 1–90.
console-sportotek-grace-days = Days a reservation waits after its pickup day
console-sportotek-grace-days-hint = 0 means a reservation not picked up lapses the same day. 0–14.
console-sportotek-keep-days = Days the name and contact are kept after a loan
console-sportotek-keep-days-hint = Then they are erased automatically. 1–365.
console-sportotek-stats-loans = Loans
console-sportotek-stats-borrowers = Unique borrowers
console-sportotek-stats-by-category = By category
console-sportotek-stats-by-month = By month
console-sportotek-stats-items = Items
console-sportotek-stats-in-service = Copies in service
console-sportotek-stats-no-loans = No loans this year yet.
console-sportotek-never-lent = Never lent
console-sportotek-never-lent-none = Every item has been lent at least once.
console-sportotek-late-hint = Call or write to the family, then note the reminder here.
console-sportotek-equipment = Equipment from the Sportotek
console-sportotek-equipment-hint = Tick what is needed, at most { $max }. The activity's page links to them, so families can borrow them for free.

## Refugee guides: a guide's own pages, the coordinators' pages and the volunteers' application (console/src/guides, pages/guide*)
console-nav-guide = My guide pages
console-nav-guides = Refugee guides
console-booking-state-waiting = Waiting for an answer
console-booking-state-confirmed = Confirmed
console-booking-state-cancelled-by-guide = Cancelled by the guide
console-booking-state-cancelled-by-newcomer = Cancelled by the newcomer
console-booking-state-past = Over
guide-state-approved = Active
guide-state-deactivated = Deactivated
guide-application-pending = Waiting for a decision
guide-application-approved = Approved
guide-application-rejected = Rejected
console-guide-bookings = Bookings
console-guide-times = My times
console-guide-profile = My guide profile
console-guide-calendar = Calendar feed
console-guide-profile-first = Write your guide profile first. Then you can add times and receive bookings.
console-guide-profile-intro = Newcomers see your first name, your languages, the topics you help with and what you write about yourself. They never see your e-mail address.
console-guide-first-name = First name
console-guide-first-name-hint = Only your first name is shown to newcomers.
console-guide-languages = Languages you speak
console-guide-topics = What you help with
console-guide-per-week = Meetings a week, at most
console-guide-per-week-hint = When a week has this many bookings, no more times are offered that week.
console-guide-about = About you
console-guide-about-hint = A few words in each language you write in. Leave the others empty.
console-guide-times-intro = Times are Swedish time. A newcomer books one meeting at a time, and you confirm it.
console-guide-no-slots = You have no times yet. Add one below.
console-guide-slot-add = Add a time
console-guide-slot-change = Change the time
console-guide-repeat = How often
console-guide-weekly = Every week
console-guide-once = Once
console-guide-day = Day
console-guide-weekday = Weekday
console-guide-from = First day
console-guide-until = Last day
console-guide-start = Starts at
console-guide-length = Length in minutes
console-guide-meeting = Where you meet
console-guide-place = Place
console-guide-place-hint = The library's or café's name and address. For a phone or video call, a short word on how it works.
console-guide-slot-topics = Topics at this time
console-guide-every = Every { $weekday }
console-guide-season = { $from } to { $until }
console-guide-minutes = { $minutes } min
console-guide-next = Next:
console-guide-next-none = no more meetings
console-guide-change = Change
console-guide-remove = Remove
console-guide-to-bookings = Go to your bookings
console-guide-blocked = Blocked days
console-guide-blocked-hint = On a blocked day no time is offered, for example during a holiday.
console-guide-no-blocked = No days are blocked.
console-guide-block-day = Day to block
console-guide-block = Block the day
console-guide-unblock = Offer again
console-guide-waiting = Waiting for your answer
console-guide-confirmed = Confirmed
console-guide-done = Past and cancelled
console-guide-none-waiting = Nothing is waiting for an answer.
console-guide-none-confirmed = No confirmed bookings.
console-guide-none-done = Nothing here yet.
console-guide-reads = Reads { $language }
console-guide-note = Note
console-guide-confirm = Confirm
console-guide-cancel-booking = Cancel the booking
console-guide-cancel-reason = Reason
console-guide-cancel-note = Note to the newcomer
console-guide-cancel-hint = The newcomer reads the reason in their own language and your note as you write it. The last reason in the list needs a note.
console-guide-calendar-intro = A private address for your phone's or computer's calendar: your confirmed meetings show up there by themselves. Anyone with the address can see your meetings, so keep it to yourself.
console-guide-feed-active = You have a calendar address.
console-guide-feed-none = You have no calendar address yet.
console-guide-feed-make = Make a calendar address
console-guide-feed-replace = Make a new address
console-guide-feed-make-hint = The address is shown only once. Copy it into your calendar's "subscribe" or "add calendar from URL".
console-guide-feed-replace-hint = A new address stops the old one. Use it if the old one has been lost or shared.
console-guide-feed-address = Your calendar address
console-guide-feed-once = Copy it now: it is not shown again.
console-guide-copy = Copy
console-guide-copied = Copied.
console-guides-list = Guides
console-guides-week = Week overview
console-guides-applications = Applications
console-guides-demand = Uncovered demand
console-guides-stats = Statistics
console-guides-none = No guides yet.
console-guide-demo = Demo
console-guide-upcoming =
    { $count ->
        [one] { $count } booking to come
       *[other] { $count } bookings to come
    }
console-guide-per-week-count =
    { $count ->
        [one] at most { $count } meeting a week
       *[other] at most { $count } meetings a week
    }
console-guide-deactivate = Deactivate
console-guide-deactivate-ask =
    { $count ->
        [one] Deactivate the guide? Their { $count } booking to come is cancelled, and the newcomer sees it on their booking page.
       *[other] Deactivate the guide? Their { $count } bookings to come are cancelled, and the newcomers see it on their booking page.
    }
console-guide-deactivated =
    { $count ->
        [one] The guide is deactivated. { $count } booking was cancelled.
       *[other] The guide is deactivated. { $count } bookings were cancelled.
    }
console-guides-week-previous = Previous week
console-guides-week-next = Next week
console-guides-week-of = Week of
console-guides-week-title = Week { $week }, { $year }: { $from } – { $to }
console-guides-per-guide = Bookings per guide
console-guides-guide = Guide
console-guides-cancelled = Cancelled
console-guides-week-bookings = The week's bookings
console-guides-week-no-bookings = No bookings this week.
console-guides-with = With { $name }
console-guides-no-applications = No applications.
console-guide-approved-link = The volunteer is approved. Give them this link. It works once, for seven days:
console-guide-approved-offered = The volunteer is approved. The e-mail address already has an account, so the role waits for its owner to accept it when they sign in.
console-guides-demand-intro = The languages and topics newcomers looked for, and how many guides with free times cover each. A row with no guide is someone to recruit.
console-guides-period = From { $from } to { $to }
console-guides-language = Language
console-guides-topic = Topic
console-guides-any-topic = Any topic
console-guides-asked = Searches
console-guides-covering = Guides
console-guides-no-demand = Nobody has searched yet.
console-guides-booked = Booked
console-guides-cancelled-by-guide = Cancelled by the guide
console-guides-cancelled-by-newcomer = Cancelled by the newcomer
console-guides-unknown-language = Not known
console-guides-no-stats = No bookings yet.
console-guide-apply-link = Do you want to be a refugee guide? Apply here
console-guide-apply-title = Become a refugee guide
console-guide-apply-intro = Refugee guides are volunteers who meet newcomers to practise Swedish, read letters together or show them around town. A coordinator at the municipality reads your application. Once it is approved, you get a link to make an account.
console-guide-apply-email-hint = The link to your account is sent here. Newcomers never see it.
console-guide-motivation = Why do you want to be a guide?
console-guide-motivation-hint = A few sentences are enough.
console-guide-apply-thanks = Thank you! The application has been sent. A coordinator will write to { $email } once it has been read.
