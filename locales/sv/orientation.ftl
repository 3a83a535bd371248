# The orientation app's own texts (start page, topics, articles, search, about): only its
# pages fetch them; the shell's, the errors' and the shared words stay in app.ftl.

demo-notice = Demo: kommunen, adresserna och telefonnumren här är påhittade.
home-title = Välkommen till { $municipality }
home-intro = Här finns det du behöver veta om livet här, på ditt språk. Allt du har läst kan du läsa igen utan internet.
home-municipality = Din kommun
home-municipality-choose = Välj
topics-heading = Ämnen
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artiklar
    }
topic-all = Alla ämnen
article-state-outdated = Den svenska texten har ändrats efter att den här översättningen skrevs. Något kan vara inaktuellt.
article-state-missing = Den här artikeln finns inte på ditt språk än. Du läser den på svenska.
article-read-swedish = Läs på svenska
article-read-mine = Läs på mitt språk
article-review-checked = Kontrollerad av översättare { $date }
article-review-unchecked = Inte kontrollerad av översättare än
article-updated = Uppdaterad { $date }
article-shared-by = Från { $region }: samma text i hela länet
article-beside-swedish = Visa bredvid svenska
article-beside-close = Visa bara ett språk
article-read-aloud = Läs upp
article-stop-reading = Sluta läsa
feedback-question = Var det här till hjälp?
feedback-yes = Ja
feedback-no = Nej
feedback-thanks = Tack för ditt svar!
feedback-failed = Svaret kunde inte skickas. Försök igen senare.
search-title = Sök
search-label = Sök i artiklarna
search-hint = Du kan skriva på ditt språk eller ett svenskt ord från ett brev, till exempel Försäkringskassan.
search-button = Sök
search-results =
    { $count ->
        [one] { $count } träff
       *[other] { $count } träffar
    }
search-no-results = Inga träffar. Prova ett annat ord.
search-offline-note = Du är offline: sökningen gäller bara artiklar du har läst.
search-matched-swedish = Ordet finns i den svenska texten
about-title = Om appen och dina uppgifter
about-what = Välkommen hjälper dig som är ny i kommunen att hitta information, på ditt språk.
about-data-heading = Vilka uppgifter sparas?
about-data-reading = När du läser sparas inget om dig. Du behöver inget konto.
about-data-phone = Telefonen sparar ditt språkval och artiklarna du har läst, så att du kan läsa dem utan internet. Du kan ta bort dem genom att rensa webbplatsens data i webbläsaren.
about-data-feedback = Svar på ”Var det här till hjälp?” är anonyma: bara artikeln, språket och svaret räknas.
about-data-none = Appen använder inga kakor för spårning och hämtar inget från andra webbplatser.
home-activities-title = Hitta en aktivitet för ditt barn
home-activities-body = Idrott, musik, scouting och mer. Fritidschecken kan betala avgiften.
home-guides-title = Träffa en flyktingguide
home-guides-body = En volontär som talar ditt språk hjälper dig med svenska, brev och blanketter eller att hitta i stan. Gratis.
article-save = Spara till senare
