//! Refugee guides: a guide keeps their own profile, times, blocked days, bookings and
//! calendar feed; the municipality's coordinators see every guide, the weeks, the
//! demand, the statistics and the volunteers' applications. Volunteers apply without
//! an account.

use gloo_net::http::Method;
use model::{
    associations::{DecisionRequest, DecisionResponse},
    guides::{
        CalendarFeed, CalendarFeedState, CoordinatorGuide, Deactivation, GuideApplication, GuideApplicationView,
        GuideBooking, GuideCancelRequest, GuideSlot, GuideStatistics, ProfileEdit, Slot, UncoveredDemand, WeekOverview,
    },
    schedule::Day,
};

use super::{request, staff, Failure, NO_BODY};

/// A guide's own things: `…/guide<rest>`.
fn guide(municipality: &str, rest: &str) -> String {
    staff(municipality, &format!("/guide{rest}"))
}

/// The coordinators' view of every guide: `…/guides<rest>`.
fn guides(municipality: &str, rest: &str) -> String {
    staff(municipality, &format!("/guides{rest}"))
}

/// The guide's profile, or `None` before the first save.
pub async fn guide_profile(municipality: &str) -> Result<Option<ProfileEdit>, Failure> {
    match request(Method::GET, &guide(municipality, "/profile"), NO_BODY).await {
        Ok(profile) => Ok(Some(profile)),
        Err(failure) if failure.status == 404 => Ok(None),
        Err(failure) => Err(failure),
    }
}

/// Where the guide's photo is sent.
pub fn guide_photo_path(municipality: &str) -> String {
    guide(municipality, "/photo")
}

/// The guide's photo, if any.
pub async fn guide_photo(municipality: &str) -> Result<Option<model::sportotek::Photo>, Failure> {
    request(Method::GET, &guide_photo_path(municipality), NO_BODY).await
}

pub async fn save_guide_profile(municipality: &str, profile: &ProfileEdit) -> Result<ProfileEdit, Failure> {
    request(Method::PUT, &guide(municipality, "/profile"), Some(profile)).await
}

pub async fn guide_slots(municipality: &str) -> Result<Vec<GuideSlot>, Failure> {
    request(Method::GET, &guide(municipality, "/slots"), NO_BODY).await
}

/// Adds a slot (`id` `None`) or changes one; a change that would drop booked meetings
/// is refused naming them (see `guides::orphaned_meetings`).
pub async fn save_guide_slot(municipality: &str, id: Option<i64>, slot: &Slot) -> Result<GuideSlot, Failure> {
    match id {
        None => request(Method::POST, &guide(municipality, "/slots"), Some(slot)).await,
        Some(id) => request(Method::PUT, &guide(municipality, &format!("/slots/{id}")), Some(slot)).await,
    }
}

pub async fn delete_guide_slot(municipality: &str, id: i64) -> Result<(), Failure> {
    request(Method::DELETE, &guide(municipality, &format!("/slots/{id}")), NO_BODY).await
}

/// The days the guide has blocked, soonest first.
pub async fn blocked_days(municipality: &str) -> Result<Vec<Day>, Failure> {
    request(Method::GET, &guide(municipality, "/blocked"), NO_BODY).await
}

/// Blocks a day (`block`) or offers it again; answers the blocked days.
pub async fn block_day(municipality: &str, day: Day, block: bool) -> Result<Vec<Day>, Failure> {
    let method = if block { Method::PUT } else { Method::DELETE };
    request(method, &guide(municipality, &format!("/blocked/{day}")), NO_BODY).await
}

/// The guide's own bookings, with the newcomers' contacts.
pub async fn guide_bookings(municipality: &str) -> Result<Vec<GuideBooking>, Failure> {
    request(Method::GET, &guide(municipality, "/bookings"), NO_BODY).await
}

pub async fn confirm_booking(municipality: &str, id: i64) -> Result<GuideBooking, Failure> {
    request(Method::POST, &guide(municipality, &format!("/bookings/{id}/confirmation")), NO_BODY).await
}

pub async fn cancel_booking(municipality: &str, id: i64, why: &GuideCancelRequest) -> Result<GuideBooking, Failure> {
    request(Method::POST, &guide(municipality, &format!("/bookings/{id}/cancellation")), Some(why)).await
}

pub async fn calendar_feed(municipality: &str) -> Result<CalendarFeedState, Failure> {
    request(Method::GET, &guide(municipality, "/calendar"), NO_BODY).await
}

/// A new secret feed address; the old one stops working.
pub async fn new_calendar_feed(municipality: &str) -> Result<CalendarFeed, Failure> {
    request(Method::POST, &guide(municipality, "/calendar"), NO_BODY).await
}

pub async fn coordinator_guides(municipality: &str) -> Result<Vec<CoordinatorGuide>, Failure> {
    request(Method::GET, &guides(municipality, ""), NO_BODY).await
}

/// Takes a guide off the list; their bookings to come are cancelled.
pub async fn deactivate_guide(municipality: &str, id: i64) -> Result<Deactivation, Failure> {
    request(Method::POST, &guides(municipality, &format!("/{id}/deactivation")), NO_BODY).await
}

pub async fn guides_week(municipality: &str, monday: Day) -> Result<WeekOverview, Failure> {
    request(Method::GET, &guides(municipality, &format!("/week?monday={monday}")), NO_BODY).await
}

/// Every guide's bookings with a meeting from `from` to `to`, both included.
pub async fn guides_bookings(municipality: &str, from: Day, to: Day) -> Result<Vec<GuideBooking>, Failure> {
    request(Method::GET, &guides(municipality, &format!("/bookings?from={from}&to={to}")), NO_BODY).await
}

pub async fn guides_demand(municipality: &str) -> Result<UncoveredDemand, Failure> {
    request(Method::GET, &guides(municipality, "/demand"), NO_BODY).await
}

pub async fn guides_statistics(municipality: &str) -> Result<GuideStatistics, Failure> {
    request(Method::GET, &guides(municipality, "/statistics"), NO_BODY).await
}

pub async fn guide_applications(municipality: &str) -> Result<Vec<GuideApplicationView>, Failure> {
    request(Method::GET, &guides(municipality, "/applications"), NO_BODY).await
}

/// Approves or rejects a volunteer; an approval brings a one-time link for them.
pub async fn decide_guide_application(
    municipality: &str,
    id: i64,
    decision: &DecisionRequest,
) -> Result<DecisionResponse, Failure> {
    request(Method::POST, &guides(municipality, &format!("/applications/{id}/decision")), Some(decision)).await
}

/// A volunteer asks to become a guide; no account is needed.
pub async fn apply_as_guide(municipality: &str, application: &GuideApplication) -> Result<(), Failure> {
    let path = format!("/api/municipalities/{municipality}/guides/applications");
    request(Method::POST, &path, Some(application)).await
}
