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
