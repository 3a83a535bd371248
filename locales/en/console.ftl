# Välkommen: the staff console's texts. Swedish is the source; every other language has the same ids.

console-title = Välkommen – staff
console-sign-in-title = Sign in
console-email = E-mail
console-password = Password
console-sign-in = Sign in
console-sign-out = Sign out
console-signed-in-as = Signed in as { $email }
console-nav-articles = Articles
console-nav-people = People
console-nav-settings = Settings
console-nav-audit = Log
console-no-tasks = There is nothing for your role here yet. The tools for associations, refugee guides and the Sportotek are coming.
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
console-invite-link = Give this link to the person. It works once, for seven days:
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
console-settings-title = Settings
console-field-name = Name of the municipality
console-field-contact-email = Contact, e-mail
console-field-contact-phone = Contact, phone
console-field-region = Region
console-audit-title = Log
console-audit-when = When
console-audit-who = Who
console-audit-what = What
console-invitation-title = Choose a password
console-invitation-hint = At least 12 characters. A sentence you remember works well.
console-set-password = Save password

console-new-article = New article
console-field-topic = Topic
console-field-slug = Address (a–z, 0–9 and -)
console-create = Create, unpublished
console-municipality = Municipality

console-nav-topics = Topics
console-topics-title = Topics
console-new-topic = New topic
console-topic-hint = A topic without a name in a language shows its Swedish name.

error-sign-in-failed = Wrong e-mail or password.
error-unauthenticated = You are not signed in, or were away too long. Sign in again.
error-forbidden = Your role may not do this.
error-csrf = The page was too old. Reload and try again.
error-invitation-invalid = The link has been used or has expired. Ask for a new one.
error-password-too-short = The password must have at least 12 characters.
error-password-too-long = The password is too long.
error-invalid-email = That is not an e-mail address.
error-email-taken = There is already an account with that e-mail address.
error-required = This field must be filled in.
error-too-long = The text is too long.
error-invalid-characters = The text contains characters that are not allowed.
error-own-admin-role = You cannot remove your own administrator role.
error-own-account = You cannot deactivate your own account.
error-invalid-roles = The roles are not valid.
error-slug-taken = There is already an article with that address.
error-unknown-topic = The topic does not exist.
