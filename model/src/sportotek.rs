//! The Sportotek: sports equipment a family borrows for free. The catalogue, a size's
//! next pickup days, a reservation and its code, and the staff's side: the catalogue
//! editor, the day's pickups and returns, check-out and check-in, statistics. The rule
//! that decides when a size can be picked up lives here, so the phone and the server
//! count alike (docs/sportotek.md).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    checks::{check_text, MAX_AGE},
    orientation::TranslationState,
    schedule::{Clock, Day, Weekday},
    voucher::LoanCode,
    FieldError, Language,
};

coded_enum!(
    /// What kind of equipment; its name is `sportotek-category-<code>` in `locales/`.
    EquipmentCategory {
        Skates = "skates", Skis = "skis", SkiBoots = "ski-boots", Helmets = "helmets", Bikes = "bikes",
        Balls = "balls", Rackets = "rackets", Sticks = "sticks", LifeJackets = "life-jackets",
        Protection = "protection", Outdoor = "outdoor", Other = "other",
    }
);

impl EquipmentCategory {
    /// The picture of "everything", beside the categories' own, on the same grid.
    pub const EVERYTHING_ICON: &'static str = "M4 4h7v7H4V4Zm9 0h7v7h-7V4ZM4 13h7v7H4v-7Zm9 0h7v7h-7v-7Z";

    /// The path of the category's picture on a 24 × 24 grid, drawn in the text's colour,
    /// so a family that cannot read the word still finds the skates. One list for the
    /// app and the page the server fills.
    pub fn icon(self) -> &'static str {
        use EquipmentCategory as C;
        match self {
            C::Skates => "M6 2h5v7l6 2.5c1.8.7 3 2 3 3.5v1H6V2ZM3 18h18v2a2 2 0 0 1-2 2H3v-4Z",
            C::Skis => "M5 1h2l4 22H9L5 1Zm12 0h2l-4 22h-2l4-22Z",
            C::SkiBoots => "M6 2h8v6l5 3v6H5l1-15ZM4 18h16v3H4v-3Z",
            C::Helmets => "M3 16a9 9 0 0 1 18 0v2H3v-2Zm9-7a7 7 0 0 0-6.9 6H12V9ZM3 19h10v2H3v-2Z",
            C::Bikes => "M6 11a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm12-2a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4ZM9 5h4v2h-1.4l3.2 5.5-1.7 1L11 10l-3.2 5.5-1.7-1L9.8 8 9 7V5Z",
            C::Balls => "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2a8 8 0 0 0-7.9 7h5.5A6 6 0 0 1 12 4Zm0 16a6 6 0 0 1-2.4-7H4.1a8 8 0 0 0 7.9 7Zm2.4-9a6 6 0 0 1 0 2h5.5a8 8 0 0 0 0-2h-5.5Z",
            C::Rackets => "M15 1a7 7 0 1 1 0 14 7 7 0 0 1 0-14Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10ZM9.4 13.2l1.4 1.4L4.4 21 3 19.6l6.4-6.4Z",
            C::Sticks => "M14 1h2.5L12 18h7v4H6.5c-1.5 0-2.5-1-2.5-2.5S5 17 6.5 17H9.6L14 1Z",
            C::LifeJackets => "M8 2h3v6h2V2h3l4 4v16h-6v-7h-4v7H4V6l4-4Z",
            C::Protection => "M12 1l9 3.5V11c0 5.5-3.8 10-9 12-5.2-2-9-6.5-9-12V4.5L12 1Z",
            C::Outdoor => "M2 21 9 7l4.5 8 2.5-4 6 10H2Z",
            C::Other => "M5 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm7 0a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z",
        }
    }
}

/// Size labels in the order a family looks for them: numbers by value (`28` before
/// `120 cm`), then the rest (`S`, `M`, `one size`) as written, each once. Inserted in
/// place rather than sorted: a few dozen labels, and no sort routine in a
/// phone's download. The app and the server's first paint offer the same list.
pub fn sorted_sizes<'a>(labels: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut sizes: Vec<(u32, String, String)> = Vec::new();
    for label in labels {
        let digits: String = label.trim().chars().take_while(char::is_ascii_digit).collect();
        let number = if digits.is_empty() { u32::MAX } else { digits.parse().unwrap_or(u32::MAX - 1) };
        let size = (number, crate::text::fold(label), label.trim().to_owned());
        if !sizes.iter().any(|s| s.1 == size.1) {
            let at = sizes.partition_point(|s| *s < size);
            sizes.insert(at, size);
        }
    }
    sizes.into_iter().map(|(_, _, label)| label).collect()
}

coded_enum!(
    /// How a size is measured: a shoe size (EU), a length in cm, an age band, a
    /// clothing size, or one size for everyone.
    SizeKind { Shoe = "shoe", Length = "length", Age = "age", Clothing = "clothing", OneSize = "one-size" }
);

coded_enum!(
    /// A copy's state: `damaged` is out of service until repaired, `lost` is out of
    /// stock for good but still counted in statistics.
    Condition { Fine = "fine", Damaged = "damaged", Lost = "lost" }
);

coded_enum!(
    /// Where a loan stands: `reserved` → `lent` → `returned`, or `reserved` →
    /// `cancelled` / `lapsed` (not picked up). A walk-in starts as `lent`.
    LoanState { Reserved = "reserved", Lent = "lent", Returned = "returned", Cancelled = "cancelled", Lapsed = "lapsed" }
);

/// The shortest stay offered when the full loan period is not free.
pub const MIN_KEEP_DAYS: u16 = 3;
/// Widths a photo is served in, in pixels: the list takes the smallest, the page the
/// others through `srcset`.
pub const PHOTO_WIDTHS: [u16; 3] = [160, 320, 640];
pub const FIRST_NAME_MAX: usize = 60;
pub const CONTACT_MAX: usize = 120;
pub const ITEM_NAME_MAX: usize = 80;
pub const DESCRIPTION_MAX: usize = 1000;
pub const LABEL_MAX: usize = 30;
pub const INVENTORY_MAX: usize = 30;
pub const NOTE_MAX: usize = 300;
pub const PLACE_MAX: usize = 200;
/// The most sizes an item has and closed days a Sportotek lists: beyond is a mistake.
pub const SIZES_MAX: usize = 40;
pub const CLOSED_DAYS_MAX: usize = 200;
/// The most Sportotek items an activity links to.
pub const EQUIPMENT_ITEMS_MAX: usize = 12;

impl LoanState {
    /// The state as of `today`: a reservation not picked up by the end of its pickup
    /// day plus the grace days has lapsed, whether or not the sweeper has written so.
    #[must_use]
    pub fn effective(self, pickup_day: Day, grace_days: u16, today: Day) -> LoanState {
        if self == LoanState::Reserved && today > pickup_day.plus_days(i64::from(grace_days)) {
            LoanState::Lapsed
        } else {
            self
        }
    }

    /// Whether the loan is still open: the family holds or may still fetch a copy.
    pub fn is_open(self) -> bool {
        matches!(self, LoanState::Reserved | LoanState::Lent)
    }
}

/// Opening hours on one weekday; a weekday without hours is no pickup day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpeningHours {
    pub weekday: Weekday,
    pub opens: Clock,
    pub closes: Clock,
}

/// A day the Sportotek is closed although its weekday has hours (a holiday).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClosedDay {
    pub day: Day,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 300))]
    pub note: String,
}

/// Where and when to fetch and return equipment, and the loan terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Place {
    pub name: String,
    pub address: String,
    pub hours: Vec<OpeningHours>,
    /// Closed days from today on.
    pub closed: Vec<ClosedDay>,
    pub loan_days: u16,
    pub reserve_ahead_days: u16,
    pub max_items_per_borrower: u8,
}

impl Place {
    /// The hours on `day`, if it is a pickup day: its weekday has hours and it is not closed.
    pub fn hours_on(&self, day: Day) -> Option<(Clock, Clock)> {
        if self.closed.iter().any(|c| c.day == day) {
            return None;
        }
        self.hours.iter().find(|h| h.weekday == day.weekday()).map(|h| (h.opens, h.closes))
    }

    pub fn is_pickup_day(&self, day: Day) -> bool {
        self.hours_on(day).is_some()
    }

    /// The last pickup day from `from` to `to`, for "return by": a loan may end on a day
    /// the Sportotek is closed.
    pub fn last_open_day(&self, from: Day, to: Day) -> Option<Day> {
        (0..=from.days_until(to)).rev().map(|n| from.plus_days(n)).find(|d| self.is_pickup_day(*d))
    }

    pub fn limits(&self) -> Limits {
        Limits { reserve_ahead_days: self.reserve_ahead_days, loan_days: self.loan_days }
    }
}

/// How far ahead a pickup may be, and how long a loan lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub reserve_ahead_days: u16,
    pub loan_days: u16,
}

/// The days one loan keeps a copy of its size, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hold {
    pub from: Day,
    pub to: Day,
}

impl Hold {
    /// What a loan holds as of `today`: a reservation its pickup day to its due day, a
    /// lent copy from the day it was lent to its due day (and to today while late);
    /// ended, cancelled and lapsed loans hold nothing. `state` is the effective state.
    pub fn of(state: LoanState, pickup_day: Day, due_day: Day, lent_on: Option<Day>, today: Day) -> Option<Hold> {
        match state {
            LoanState::Reserved => Some(Hold { from: pickup_day, to: due_day }),
            LoanState::Lent => Some(Hold { from: lent_on.unwrap_or(pickup_day), to: due_day.max(today) }),
            LoanState::Returned | LoanState::Cancelled | LoanState::Lapsed => None,
        }
    }
}

/// For each day from `first` on, how many copies are free: the copies in service less
/// the loans that hold one that day.
fn free_days(copies: u32, holds: &[Hold], first: Day, days: usize) -> Vec<i64> {
    let mut change = vec![0_i64; days + 1];
    for hold in holds {
        let from = first.days_until(hold.from).max(0);
        let to = first.days_until(hold.to);
        if to < 0 || from >= i64::try_from(days).unwrap_or(i64::MAX) {
            continue;
        }
        let (from, to) = (usize::try_from(from).unwrap_or(0), usize::try_from(to).unwrap_or(usize::MAX).min(days - 1));
        change[from] += 1;
        change[to + 1] -= 1;
    }
    let mut held = 0;
    change[..days]
        .iter()
        .map(|c| {
            held += c;
            i64::from(copies) - held
        })
        .collect()
}

/// Every day a size can be picked up, with how many days it can be kept: a pickup day
/// from today to `reserve_ahead_days` ahead on which a copy is free for the whole loan,
/// or, if not, for at least [`MIN_KEEP_DAYS`] days. `is_pickup_day` says which days
/// the place is open.
pub fn pickup_days(
    copies: u32,
    holds: &[Hold],
    is_pickup_day: impl Fn(Day) -> bool,
    today: Day,
    limits: Limits,
) -> Vec<(Day, u16)> {
    let loan_days = limits.loan_days.max(1);
    let window = usize::from(limits.reserve_ahead_days) + usize::from(loan_days);
    let free = free_days(copies, holds, today, window);
    let shortest = MIN_KEEP_DAYS.min(loan_days);
    (0..=usize::from(limits.reserve_ahead_days))
        .filter_map(|offset| {
            let day = today.plus_days(i64::try_from(offset).ok()?);
            if !is_pickup_day(day) {
                return None;
            }
            let keep = free[offset..offset + usize::from(loan_days)].iter().take_while(|f| **f >= 1).count();
            let keep = u16::try_from(keep).ok()?;
            (keep >= shortest).then_some((day, keep))
        })
        .collect()
}

/// Why a pickup day cannot be reserved. `Invalid` is the request's fault (422), `Taken`
/// means the day is full (409).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Invalid(FieldError),
    Taken(FieldError),
}

/// How many days a copy picked up on `day` can be kept, or why it cannot be reserved.
pub fn check_pickup(copies: u32, holds: &[Hold], place: &Place, today: Day, day: Day) -> Result<u16, Refusal> {
    let invalid = |id: &str| Err(Refusal::Invalid(FieldError::new("pickup_day", id)));
    if day < today {
        return invalid("error-sportotek-day-past");
    }
    if today.days_until(day) > i64::from(place.reserve_ahead_days) {
        return invalid("error-sportotek-day-too-far");
    }
    if place.closed.iter().any(|c| c.day == day) {
        return invalid("error-sportotek-day-closed");
    }
    if !place.is_pickup_day(day) {
        return invalid("error-sportotek-not-pickup-day");
    }
    let limits = Limits { reserve_ahead_days: u16::try_from(today.days_until(day)).unwrap_or(0), ..place.limits() };
    pickup_days(copies, holds, |d| d == day, today, limits)
        .into_iter()
        .find(|(d, _)| *d == day)
        .map(|(_, keep)| keep)
        .ok_or(Refusal::Taken(FieldError::new("pickup_day", "error-sportotek-no-copy-free")))
}

/// A contact as compared for the per-borrower limit: trimmed, lower-case, and a phone
/// number's digits only, so `070-123 45 67` and `0701234567` are one borrower.
pub fn normalised_contact(contact: &str) -> String {
    let contact = contact.trim().to_lowercase();
    if contact.contains('@') {
        contact
    } else {
        contact.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
    }
}

/// A phone number (at least six digits) or an e-mail address.
pub(crate) fn contact_problem(contact: &str) -> Option<FieldError> {
    let contact = contact.trim();
    let bad = || Some(FieldError::new("contact", "error-sportotek-contact"));
    if contact.is_empty() {
        return Some(FieldError::new("contact", "error-required"));
    }
    if let Some(problem) = check_text("contact", contact, CONTACT_MAX) {
        return Some(problem);
    }
    if contact.contains('\n') {
        return Some(FieldError::new("contact", "error-text-control"));
    }
    if contact.contains('@') {
        return crate::auth::Email::check(contact).err().and_then(|_| bad());
    }
    let phone_like = contact.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    let digits = contact.chars().filter(char::is_ascii_digit).count();
    if phone_like && (6..=15).contains(&digits) {
        None
    } else {
        bad()
    }
}

/// A required line of text: not blank, no line break, not over `max`.
pub(crate) fn line_problem(field: &str, text: &str, max: usize) -> Option<FieldError> {
    let text = text.trim();
    if text.is_empty() {
        Some(FieldError::new(field, "error-required"))
    } else if text.contains('\n') {
        Some(FieldError::new(field, "error-text-control"))
    } else {
        check_text(field, text, max)
    }
}

pub(crate) fn key_problem(key: &str) -> Option<FieldError> {
    let fine = (8..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    (!fine).then(|| FieldError::new("idempotency_key", "error-idempotency-key"))
}

/// The schema of a borrower's (or a guide's newcomer's) first name: one line, not blank,
/// at most [`FIRST_NAME_MAX`] characters, as [`line_problem`] reads it.
#[cfg(feature = "openapi")]
pub fn first_name_schema() -> utoipa::openapi::schema::Object {
    text_schema(
        "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$",
        FIRST_NAME_MAX,
    )
}

/// The schema of a contact: a phone number (6 to 15 digits) or an e-mail address, as
/// [`contact_problem`] reads it.
#[cfg(feature = "openapi")]
pub fn contact_schema() -> utoipa::openapi::schema::Object {
    text_schema(
        "^([^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\]]+@[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+(\\.[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+)+|[ +()-]*([0-9][ +()-]*){6,15})$",
        CONTACT_MAX,
    )
}

#[cfg(feature = "openapi")]
fn text_schema(pattern: &str, max: usize) -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .pattern(Some(pattern))
        .max_length(Some(max))
        .build()
}

/// A photo as stored: its id and the widths it is served in, at
/// `/api/sportotek/photos/{id}/{width}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Photo {
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9a-f]{16}$"))]
    pub id: String,
    pub widths: Vec<u16>,
}

/// A size in the catalogue list, for filtering offline too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SizeBrief {
    pub label: String,
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
}

impl SizeBrief {
    /// Whether the size fits a child of `age`; a size without ages fits everyone.
    pub fn fits_age(&self, age: u8) -> bool {
        self.age_from.is_none_or(|from| age >= from) && self.age_to.is_none_or(|to| age <= to)
    }

    /// Whether the size is the one asked for, however it is typed (`32`, ` 32 `, `M`/`m`).
    pub fn is_size(&self, size: &str) -> bool {
        crate::text::fold(&self.label) == crate::text::fold(size)
    }
}

/// One item in the catalogue list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemSummary {
    pub id: i64,
    pub category: EquipmentCategory,
    /// The language of `name`: the reader's, or Swedish when it is missing.
    pub lang: Language,
    pub name: String,
    pub photo: Option<Photo>,
    pub sizes: Vec<SizeBrief>,
    /// Copies in service, of all sizes.
    pub copies: u32,
    /// The first day any size can be picked up, if one can within the reserve-ahead days.
    pub next_pickup: Option<Day>,
}

/// How many items a category has, for the category pictures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryCount {
    pub category: EquipmentCategory,
    pub items: u32,
}

/// The catalogue: the place, the categories with counts, and the items that match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Catalogue {
    pub lang: Language,
    pub today: Day,
    pub place: Place,
    /// Every category with items, whatever the filters.
    pub categories: Vec<CategoryCount>,
    /// The sizes of every item that matches, in order: the size filter's choices.
    pub sizes: Vec<String>,
    /// How many items match, of which `items` is one page from `offset`.
    pub total: u32,
    pub offset: u32,
    pub items: Vec<ItemSummary>,
}

impl Catalogue {
    /// Items on a page: what a phone draws at once, not a municipality's whole store.
    pub const PAGE: u32 = 20;
    /// The furthest a page may start.
    pub const MAX_OFFSET: u32 = 100_000;
}

/// A day a size can be picked up, the hours then, and how long it can be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PickupDay {
    pub day: Day,
    pub opens: Clock,
    pub closes: Clock,
    /// Days it can be kept: the loan days, or fewer (at least three) when a copy is
    /// promised to someone else after.
    pub keep_days: u16,
    /// The last day of the loan.
    pub due_day: Day,
}

/// One size on an item's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SizeAvailability {
    pub id: i64,
    pub label: String,
    pub kind: SizeKind,
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
    /// Copies in service.
    pub copies: u32,
    /// The next days it can be picked up, soonest first.
    pub pickup_days: Vec<PickupDay>,
}

/// An item's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemPage {
    pub id: i64,
    pub category: EquipmentCategory,
    pub requested_lang: Language,
    /// The language of `name` and `description`: the reader's, or Swedish.
    pub lang: Language,
    pub name: String,
    pub description: String,
    pub photo: Option<Photo>,
    pub sizes: Vec<SizeAvailability>,
    pub place: Place,
    pub today: Day,
    pub demo: bool,
}

/// A family reserves one size for a pickup day. The client makes up `idempotency_key`
/// once and sends it again on every retry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReservationRequest {
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub size_id: i64,
    pub pickup_day: Day,
    #[cfg_attr(feature = "openapi", schema(schema_with = first_name_schema))]
    pub first_name: String,
    /// A phone number or an e-mail address, to reach the family about the loan.
    #[cfg_attr(feature = "openapi", schema(schema_with = contact_schema))]
    pub contact: String,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{8,64}$"))]
    pub idempotency_key: String,
    /// The language the family reads, for staff who call them.
    #[serde(default)]
    pub lang: Option<Language>,
}

impl ReservationRequest {
    /// Problems with the request itself, before anything is read.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if self.size_id <= 0 {
            problems.push(FieldError::new("size_id", "error-sportotek-unknown-size"));
        }
        problems.extend(line_problem("first_name", &self.first_name, FIRST_NAME_MAX));
        problems.extend(contact_problem(&self.contact));
        problems.extend(key_problem(&self.idempotency_key));
        problems
    }
}

/// What the family sees of a reservation, by its code: no name, no contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reservation {
    /// In groups of four, as shown and read out.
    pub code: String,
    pub municipality: String,
    pub item_id: i64,
    pub item_name: String,
    pub size_label: String,
    pub state: LoanState,
    pub pickup_day: Day,
    pub due_day: Day,
    /// The hours on the pickup day, if it is still a pickup day.
    pub pickup_hours: Option<OpeningHours>,
    pub place: Place,
    /// Whether the family can still cancel it.
    pub cancellable: bool,
}

/// A loan's code, typed as people do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoanCodeRequest {
    /// Ten characters: any case, spaces or dashes between, Arabic or Dari digits. A
    /// code whose check character is wrong names no loan (404).
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[ \\u00a0-]*([0-9A-TV-Za-tv-z\\u0660-\\u0669\\u06f0-\\u06f9][ \\u00a0-]*){10}$",
            max_length = 64
        )
    )]
    pub code: String,
}

/// An item's name and description in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemText {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$",
            max_length = 80
        )
    )]
    pub name: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 1000))]
    pub description: String,
}

/// A size as the catalogue editor writes it; `id` names an existing size of the item,
/// `None` adds one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SizeEdit {
    #[serde(default)]
    pub id: Option<i64>,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$",
            max_length = 30
        )
    )]
    pub label: String,
    pub kind: SizeKind,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(maximum = 99))]
    pub age_from: Option<u8>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(maximum = 99))]
    pub age_to: Option<u8>,
}

/// An item as staff write it. Sizes left out of `sizes` are removed, which only a size
/// without copies and loans may be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemEdit {
    pub category: EquipmentCategory,
    /// Per language; Swedish is required.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::language::per_language::<ItemText>))]
    pub texts: BTreeMap<Language, ItemText>,
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 40))]
    pub sizes: Vec<SizeEdit>,
}

impl ItemEdit {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if !self.texts.contains_key(&Language::SOURCE) {
            problems.push(FieldError::new("texts.sv", "error-swedish-required"));
        }
        for (lang, text) in &self.texts {
            problems.extend(line_problem(&format!("texts.{lang}.name"), &text.name, ITEM_NAME_MAX));
            problems.extend(check_text(&format!("texts.{lang}.description"), text.description.trim(), DESCRIPTION_MAX));
        }
        if self.sizes.is_empty() {
            problems.push(FieldError::new("sizes", "error-required"));
        } else if self.sizes.len() > SIZES_MAX {
            problems.push(FieldError::new("sizes", "error-text-too-long"));
        }
        let mut labels = std::collections::BTreeSet::new();
        for (i, size) in self.sizes.iter().enumerate() {
            problems.extend(line_problem(&format!("sizes.{i}.label"), &size.label, LABEL_MAX));
            if !labels.insert(crate::text::fold(&size.label)) {
                problems.push(FieldError::new(&format!("sizes.{i}.label"), "error-sportotek-size-repeated"));
            }
            let ages = [size.age_from, size.age_to];
            if ages.iter().flatten().any(|a| *a > MAX_AGE) {
                problems.push(FieldError::new(&format!("sizes.{i}.age_to"), "error-age-out-of-range"));
            } else if let [Some(from), Some(to)] = ages {
                if to < from {
                    problems.push(FieldError::new(&format!("sizes.{i}.age_to"), "error-age-reversed"));
                }
            }
        }
        problems
    }
}

/// A copy as staff write it: which size, its inventory number, its condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CopyEdit {
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub size_id: i64,
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$",
            max_length = 30
        )
    )]
    pub inventory_number: String,
    pub condition: Condition,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 300)
    )]
    pub note: String,
}

impl CopyEdit {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        problems.extend(line_problem("inventory_number", &self.inventory_number, INVENTORY_MAX));
        problems.extend(check_text("note", self.note.trim(), NOTE_MAX));
        problems
    }
}

/// A copy as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffCopy {
    pub id: i64,
    pub size_id: i64,
    pub inventory_number: String,
    pub condition: Condition,
    pub note: String,
    /// The open loan that has it now, if lent.
    pub lent_in: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffSize {
    pub id: i64,
    pub label: String,
    pub kind: SizeKind,
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
    pub copies: Vec<StaffCopy>,
}

/// A language version's state next to the Swedish text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslationStatus {
    pub lang: Language,
    pub state: TranslationState,
}

/// An item as the catalogue editor sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffItem {
    pub id: i64,
    pub category: EquipmentCategory,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::language::per_language::<ItemText>))]
    pub texts: BTreeMap<Language, ItemText>,
    /// Every language's state: current, outdated (Swedish changed after) or missing.
    pub translations: Vec<TranslationStatus>,
    pub photo: Option<Photo>,
    pub sizes: Vec<StaffSize>,
    pub updated_at: i64,
    pub demo: bool,
}

/// The staff's settings: the place, its hours and closed days, and the limits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Settings {
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub place_name: String,
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub address: String,
    pub hours: Vec<OpeningHours>,
    pub closed_days: Vec<ClosedDay>,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 20))]
    pub max_items_per_borrower: u8,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 180))]
    pub reserve_ahead_days: u16,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 90))]
    pub loan_days: u16,
    #[cfg_attr(feature = "openapi", schema(maximum = 14))]
    pub grace_days: u16,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 365))]
    pub keep_personal_days: u16,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            place_name: String::new(),
            address: String::new(),
            hours: Vec::new(),
            closed_days: Vec::new(),
            max_items_per_borrower: 3,
            reserve_ahead_days: 28,
            loan_days: 14,
            grace_days: 0,
            keep_personal_days: 30,
        }
    }
}

impl Settings {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        problems.extend(check_text("place_name", self.place_name.trim(), PLACE_MAX));
        problems.extend(check_text("address", self.address.trim(), PLACE_MAX));
        let mut weekdays = std::collections::BTreeSet::new();
        for (i, h) in self.hours.iter().enumerate() {
            if h.closes <= h.opens {
                problems.push(FieldError::new(&format!("hours.{i}.closes"), "error-end-before-start"));
            }
            if !weekdays.insert(h.weekday) {
                problems.push(FieldError::new(&format!("hours.{i}.weekday"), "error-sportotek-weekday-repeated"));
            }
        }
        if self.closed_days.len() > CLOSED_DAYS_MAX {
            problems.push(FieldError::new("closed_days", "error-text-too-long"));
        }
        for (i, c) in self.closed_days.iter().enumerate() {
            problems.extend(check_text(&format!("closed_days.{i}.note"), c.note.trim(), NOTE_MAX));
        }
        let ranges = [
            ("max_items_per_borrower", u16::from(self.max_items_per_borrower), 1, 20),
            ("reserve_ahead_days", self.reserve_ahead_days, 1, 180),
            ("loan_days", self.loan_days, 1, 90),
            ("grace_days", self.grace_days, 0, 14),
            ("keep_personal_days", self.keep_personal_days, 1, 365),
        ];
        for (field, value, min, max) in ranges {
            if !(min..=max).contains(&value) {
                problems.push(FieldError::new(field, "error-sportotek-out-of-range"));
            }
        }
        problems
    }
}

/// A loan as staff see it, with the borrower's first name and contact while they are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffLoan {
    pub id: i64,
    pub code: String,
    pub item_id: i64,
    pub item_name: String,
    pub category: EquipmentCategory,
    pub size_id: i64,
    pub size_label: String,
    pub copy_id: Option<i64>,
    pub inventory_number: Option<String>,
    pub state: LoanState,
    /// Blank once `keep_personal_days` have passed after the loan ended.
    pub first_name: String,
    pub contact: String,
    pub lang: Option<Language>,
    pub pickup_day: Day,
    pub due_day: Day,
    pub lent_on: Option<Day>,
    pub ended_on: Option<Day>,
    pub reminded_on: Option<Day>,
    /// Lent and past its due day.
    pub late: bool,
    pub walk_in: bool,
    pub return_condition: Option<Condition>,
    pub return_note: String,
}

/// The counter's day: reservations to hand out, returns due, and late loans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Today {
    pub day: Day,
    pub hours: Option<OpeningHours>,
    pub pickups: Vec<StaffLoan>,
    pub returns: Vec<StaffLoan>,
    pub late: Vec<StaffLoan>,
}

/// A loan without a reservation: lent at once. Without `copy_id`, any copy in service
/// that is not out; without `due_day`, the loan days from today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WalkInRequest {
    pub size_id: i64,
    #[serde(default)]
    pub copy_id: Option<i64>,
    #[cfg_attr(feature = "openapi", schema(schema_with = first_name_schema))]
    pub first_name: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = contact_schema))]
    pub contact: String,
    #[serde(default)]
    pub due_day: Option<Day>,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9-]{8,64}$"))]
    pub idempotency_key: String,
}

impl WalkInRequest {
    pub fn problems(&self, today: Day) -> Vec<FieldError> {
        let mut problems = Vec::new();
        problems.extend(line_problem("first_name", &self.first_name, FIRST_NAME_MAX));
        problems.extend(contact_problem(&self.contact));
        problems.extend(key_problem(&self.idempotency_key));
        problems.extend(self.due_day.and_then(|due| due_problem(due, today)));
        problems
    }
}

/// A due day must come after today and within a year.
fn due_problem(due: Day, today: Day) -> Option<FieldError> {
    (due < today || today.days_until(due) > 365).then(|| FieldError::new("due_day", "error-sportotek-due-day"))
}

/// Hands out a reserved loan: the copy (or any free one) and the due day (or the one
/// reserved).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckoutRequest {
    #[serde(default)]
    pub copy_id: Option<i64>,
    #[serde(default)]
    pub due_day: Option<Day>,
}

impl CheckoutRequest {
    pub fn problems(&self, today: Day) -> Vec<FieldError> {
        self.due_day.and_then(|due| due_problem(due, today)).into_iter().collect()
    }
}

/// Takes a copy back in the condition it came back in. A damaged copy needs a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckinRequest {
    pub condition: Condition,
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 300)
    )]
    pub note: String,
}

impl CheckinRequest {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems: Vec<FieldError> = check_text("note", self.note.trim(), NOTE_MAX).into_iter().collect();
        if self.condition == Condition::Damaged && self.note.trim().is_empty() {
            problems.push(FieldError::new("note", "error-required"));
        }
        problems
    }
}

/// Moves a loan's due day later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExtendRequest {
    pub due_day: Day,
}

impl ExtendRequest {
    pub fn problems(&self, today: Day) -> Vec<FieldError> {
        due_problem(self.due_day, today).into_iter().collect()
    }
}

/// One category's numbers in one month. No names: borrowers are counted, not listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SportotekMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub category: EquipmentCategory,
    /// Loans handed out (checked out or walk-in) that month.
    pub loans: u32,
    pub borrowers: u32,
}

/// One category's stock and its year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryStats {
    pub category: EquipmentCategory,
    pub items: u32,
    pub copies_in_service: u32,
    pub damaged: u32,
    /// Copies lost, ever: out of stock but still counted.
    pub lost: u32,
    pub loans: u32,
    pub borrowers: u32,
}

/// An item nobody has borrowed yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NeverLent {
    pub item_id: i64,
    pub name: String,
    pub category: EquipmentCategory,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Stats {
    pub year: i32,
    pub loans: u32,
    pub borrowers: u32,
    pub by_category: Vec<CategoryStats>,
    pub by_month: Vec<SportotekMonth>,
    pub never_lent: Vec<NeverLent>,
}

/// A Sportotek item an activity needs, linked from the activity's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EquipmentLink {
    pub id: i64,
    pub name: String,
    pub category: EquipmentCategory,
}

/// A new loan's code from six random bytes, drawn again until one has a check
/// character; the caller supplies the randomness so the rule needs none.
pub fn loan_code(mut random: impl FnMut() -> [u8; 6]) -> LoanCode {
    loop {
        if let Some(code) = LoanCode::from_random(random()) {
            return code;
        }
    }
}

#[cfg(test)]
#[path = "sportotek_tests.rs"]
mod tests;
