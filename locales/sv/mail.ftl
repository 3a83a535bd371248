# Brev som servern skickar när en SMTP-server är inställd. Ämnesraderna är fasta texter:
# det som någon skrivit (namn, plats, meddelande) står bara i brevets text.

mail-guide-invitation-subject = Välkommen som flyktingguide
mail-guide-invitation-body =
    Hej!

    Tack för att du vill bli flyktingguide. Din ansökan är godkänd.
    Öppna länken för att välja ett lösenord och fylla i när du kan träffas:

    { $link }

    Länken fungerar en gång och slutar gälla efter några dagar.

mail-guide-new-booking-subject = Ny bokning att bekräfta
mail-guide-new-booking-body =
    Hej!

    Någon har bokat en träff med dig { $day } kl. { $time }.
    Ämne: { $topic }
    Plats: { $meeting }, { $place }

    Bekräfta eller avboka här:
    { $link }

mail-booking-confirmed-subject = Din träff är bekräftad
mail-booking-confirmed-body =
    Hej!

    { $guide } har bekräftat er träff { $day } kl. { $time }.
    Ämne: { $topic }
    Plats: { $meeting }, { $place }
    Bokningskod: { $code }

    Du kan se eller avboka träffen här:
    { $link }

mail-booking-cancelled-subject = Din träff är avbokad
mail-booking-cancelled-body =
    Hej!

    { $guide } har tyvärr avbokat er träff { $day } kl. { $time }.
    Orsak: { $reason } { $note }

    Du kan boka en ny tid här:
    { $link }
