# Välkommen: the association leaders' light bundle (/club). Swedish is the source; every other language has the same ids.

club-title = Välkommen – förening
club-nav-activities = Våra aktiviteter
club-nav-console = Hela personalkonsolen
club-not-association = Den här sidan är för föreningsledare som tar emot fritidscheck. Ditt konto har ingen förening.
club-activities-hint = Pausa, markera som fullt eller öppna igen med ett tryck. Texter, schema och avgift ändrar du i personalkonsolen.
club-scan-missing = Den här telefonen kan inte läsa QR-koden i webbläsaren (till exempel en iPhone). Skriv koden som står under QR-koden på kortet.
club-offline-check = Ingen täckning: koden kan inte kontrolleras nu. Du kan ta betalningen ändå. Den sparas på telefonen och skickas när det finns täckning, och då kontrolleras saldot.
club-waiting-title = Väntar på täckning
club-waiting-hint = De här betalningarna finns kvar på telefonen, även om du laddar om sidan eller stänger den. De skickas av sig själva när det finns täckning, och varje betalning dras bara en gång.
club-sign-in-to-send = Logga in igen så skickas betalningarna.
club-send-now = Försök skicka nu
club-sending = Skickar …
club-refused-title = Inte betald
club-seen = Jag har sett det
club-typed-at = Inskriven klockan { $time }
club-offer-title = På telefonen vid träningen?
club-offer-text = Föreningens egen sida laddar snabbare och tar emot fritidscheck även utan täckning.
club-offer-open = Öppna föreningens sida
