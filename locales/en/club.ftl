# Välkommen: the association leaders' light bundle (/club). Swedish is the source; every other language has the same ids.

club-title = Välkommen – association
club-nav-activities = Our activities
club-nav-console = The whole staff console
club-not-association = This page is for association leaders who take the leisure voucher. Your account has no association.
club-activities-hint = Pause, mark as full or open again with one tap. Texts, schedule and fee are changed in the staff console.
club-scan-missing = This phone cannot read the QR code in the browser (an iPhone, for example). Type the code printed under the QR code on the card.
club-offline-check = No signal: the code cannot be checked now. You can still take the payment. It is kept on the phone and sent when there is signal, and the balance is checked then.
club-waiting-title = Waiting for signal
club-waiting-hint = These payments stay on the phone, even if you reload the page or close it. They are sent by themselves when there is signal, and each is taken only once.
club-sign-in-to-send = Sign in again and the payments are sent.
club-send-now = Try to send now
club-sending = Sending …
club-refused-title = Not paid
club-seen = I have seen it
club-typed-at = Typed at { $time }
club-offer-title = On your phone at the training ground?
club-offer-text = The association's own page loads faster and takes the leisure voucher even without signal.
club-offer-open = Open the association's page
