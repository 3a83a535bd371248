# Letters the server sends when an SMTP server is set up. Subjects are fixed texts: what
# someone typed (a name, a place, a note) appears only in the body.

mail-guide-invitation-subject = Welcome as a refugee guide
mail-guide-invitation-body =
    Hello!

    Thank you for wanting to be a refugee guide. Your application has been approved.
    Open the link to choose a password and add when you can meet:

    { $link }

    The link works once and expires after a few days.

mail-guide-new-booking-subject = A new booking to confirm
mail-guide-new-booking-body =
    Hello!

    Someone has booked a meeting with you on { $day } at { $time }.
    Topic: { $topic }
    Place: { $meeting }, { $place }

    Confirm or cancel here:
    { $link }

mail-booking-confirmed-subject = Your meeting is confirmed
mail-booking-confirmed-body =
    Hello!

    { $guide } has confirmed your meeting on { $day } at { $time }.
    Topic: { $topic }
    Place: { $meeting }, { $place }
    Booking code: { $code }

    You can see or cancel the meeting here:
    { $link }

mail-booking-cancelled-subject = Your meeting is cancelled
mail-booking-cancelled-body =
    Hello!

    Unfortunately { $guide } has cancelled your meeting on { $day } at { $time }.
    Reason: { $reason } { $note }

    You can book a new time here:
    { $link }
