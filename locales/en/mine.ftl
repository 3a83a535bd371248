# "Mine": everything this phone keeps, from every service.
mine-title = Mine
mine-intro = Everything this phone has kept: leisure vouchers, loans from the Sportotek, bookings with guides and articles. None of it leaves the phone, except when the codes are checked with the municipality.
mine-empty = The phone has nothing saved yet. Add a code below, or open a voucher, a loan or a booking.
mine-adding = Adding …
mine-added =
    { $count ->
        [one] { $count } thing brought up to date.
       *[other] { $count } things brought up to date.
    }
mine-unknown = Not found: { $codes }. Check the code.
mine-waiting =
    { $count ->
        [one] { $count } code will be added when the phone is online again.
       *[other] { $count } codes will be added when the phone is online again.
    }
mine-vouchers-heading = Leisure vouchers
mine-reservations-heading = Loans from the Sportotek
mine-bookings-heading = Bookings with guides
mine-articles-heading = Saved articles
mine-open = Open
mine-remove = Remove from this phone
mine-updated = Updated { $date } at { $time }
mine-article-saved = Saved { $date }
mine-reminders-heading = Coming up
mine-today = Today
mine-tomorrow = Tomorrow
mine-due-pickup = { $when }: pick up { $what } at the Sportotek
mine-due-return = { $when }: return { $what } to the Sportotek
mine-due-meeting = { $when }: meet your guide { $what }
mine-notify = Remind me on this phone
mine-notify-hint = The phone shows a reminder the day before. Nothing is sent over the internet.
mine-notify-on = Reminders are on: the phone reminds you the day before.
mine-notice-pickup = Tomorrow: pick up at the Sportotek
mine-notice-return = Tomorrow: return to the Sportotek
mine-notice-meeting = Tomorrow: meeting with a guide
mine-notice-meeting-body = You meet { $guide }.
mine-add-heading = Add a code
mine-add-label = Code, link or text message
mine-add-hint = Type a code, or paste a whole text message or a link. Every code in the text is added.
mine-add = Add
mine-add-none = There is no code in the text. A code has 10 or 14 characters, for example 7KQ2-M9XD-4T.
mine-move-heading = Move to a new phone
mine-move-intro = Scan the code with the new phone's camera, or send the link to it. The new phone gets the same things.
mine-move-privacy = The link holds only the codes, never names. Whoever has the link can see the same things as you, so give it only to your family.
mine-move-qr = QR code to move to a new phone
mine-move-link = Link to move to a new phone
mine-move-hint = Hold the link to copy or share it.
mine-forget-heading = Forget everything
mine-forget-intro = Removes every code, answer and saved article from this phone. The bookings stay with the municipality.
mine-forget = Forget everything on this phone
mine-forget-question = Remove everything from this phone? This cannot be undone unless you still have the codes.
mine-forget-confirm = Yes, forget everything
mine-forget-keep = No, keep it
mine-forgotten = Everything is removed from this phone.
