# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – personal
console-sign-in-title = Logga in
console-email = E-post
console-password = Lösenord
console-sign-in = Logga in
console-sign-out = Logga ut
console-signed-in-as = Inloggad som { $email }
console-nav-articles = Artiklar
console-nav-people = Personer
console-nav-settings = Inställningar
console-nav-audit = Logg
console-no-tasks = Här finns inget för din roll än. Verktygen för föreningar, flyktingguider och Sportotek kommer.
console-articles-title = Artiklar
console-needs-count =
    { $count ->
        [one] { $count } artikel att översätta
       *[other] { $count } artiklar att översätta
    }
console-state-current = Aktuell
console-state-outdated = Inaktuell
console-state-missing = Saknas
console-published = Publicerad
console-unpublished = Opublicerad
console-publish = Publicera
console-unpublish = Avpublicera
console-field-title = Rubrik
console-field-summary = Sammanfattning
console-field-body = Text (Markdown)
console-body-hint = Telefonnummer blir ringlänkar. Adress: [Torget 1](map:Torget 1, Granviken).
console-field-reviewed = Kontrollerad av översättare
console-preview = Förhandsgranska
console-save = Spara
console-saved = Sparat.
console-swedish-original = Svenska originalet
console-back-to-articles = Alla artiklar
console-people-title = Personer
console-invite-title = Bjud in en person
console-invite = Skapa inbjudningslänk
console-invite-link = Ge den här länken till personen. Den fungerar en gång, i sju dagar:
console-roles = Roller
console-role-admin = Administratör
console-role-coordinator = Samordnare för flyktingguider
console-role-association = Förening
console-role-guide = Flyktingguide
console-role-sportotek = Sportotek
console-save-roles = Spara roller
console-deactivate = Inaktivera
console-inactive = Inaktiv
console-reset-link = Länk för nytt lösenord
console-settings-title = Inställningar
console-field-name = Kommunens namn
console-field-contact-email = Kontakt, e-post
console-field-contact-phone = Kontakt, telefon
console-field-region = Region
console-audit-title = Logg
console-audit-when = När
console-audit-who = Vem
console-audit-what = Vad
console-invitation-title = Välj ett lösenord
console-invitation-hint = Minst 12 tecken. En mening som du minns fungerar bra.
console-set-password = Spara lösenord

console-new-article = Ny artikel
console-field-topic = Ämne
console-field-slug = Adress (a–z, 0–9 och -)
console-create = Skapa, opublicerad
console-municipality = Kommun

console-nav-topics = Ämnen
console-topics-title = Ämnen
console-new-topic = Nytt ämne
console-topic-hint = Ett ämne utan namn på ett språk visas med det svenska namnet.

error-sign-in-failed = Fel e-post eller lösenord.
error-unauthenticated = Du är inte inloggad, eller har varit borta för länge. Logga in igen.
error-forbidden = Din roll får inte göra det här.
error-csrf = Sidan var för gammal. Ladda om och försök igen.
error-invitation-invalid = Länken har redan använts eller har gått ut. Be om en ny.
error-password-too-short = Lösenordet måste ha minst 12 tecken.
error-password-too-long = Lösenordet är för långt.
error-invalid-email = Det är inte en e-postadress.
error-email-taken = Det finns redan ett konto med den e-postadressen.
error-required = Fältet måste fyllas i.
error-too-long = Texten är för lång.
error-invalid-characters = Texten innehåller otillåtna tecken.
error-own-admin-role = Du kan inte ta bort din egen administratörsroll.
error-own-account = Du kan inte inaktivera ditt eget konto.
error-invalid-roles = Rollerna är ogiltiga.
error-slug-taken = Det finns redan en artikel med den adressen.
error-unknown-topic = Ämnet finns inte.
