//! The staff API as a journey's arrangement speaks it: sign in, invite, accept, and
//! the guide's own writes, with the session cookie and the CSRF header a browser sends.
//! Journeys use it for what has no page yet, and to set the stage quickly.

use serde_json::{json, Value};

/// The demo accounts' password (README).
pub const DEMO_PASSWORD: &str = "valkommen-demo";
/// The demo municipality, the first one, which the newcomers' pages show.
pub const MUNICIPALITY: &str = "granviken";

/// A signed-in staff member.
pub struct Staff {
    http: reqwest::Client,
    base: String,
    cookie: String,
    csrf: String,
}

impl Staff {
    /// Signs in with an e-mail and password, as the console's sign-in page does.
    pub async fn sign_in(base: &str, email: &str, password: &str) -> Staff {
        let http = reqwest::Client::new();
        let response = http
            .post(format!("{base}/api/auth/sign-in"))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        Staff::from_answer(http, base, response).await
    }

    async fn from_answer(http: reqwest::Client, base: &str, response: reqwest::Response) -> Staff {
        assert_eq!(response.status(), 200, "signed in");
        let cookie = response.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
        let me: Value = response.json().await.unwrap();
        let csrf = me["csrf_token"].as_str().expect("a CSRF token").to_owned();
        Staff { http, base: base.to_owned(), cookie, csrf }
    }

    /// A request as the signed-in browser sends it: its status and JSON body (null when none).
    pub async fn send(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .header("x-csrf-token", &self.csrf);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// The demo admin invites `email` with `roles` in the demo municipality; the invited
    /// person accepts the link with a password of their own and is signed in.
    pub async fn invited(base: &str, email: &str, roles: &[&str]) -> Staff {
        let admin = Staff::sign_in(base, "admin@granviken.example", DEMO_PASSWORD).await;
        let path = format!("/api/staff/municipalities/{MUNICIPALITY}/invitations");
        let (status, link) =
            admin.send(reqwest::Method::POST, &path, Some(json!({ "email": email, "roles": roles }))).await;
        assert_eq!(status, 200, "invited: {link}");
        let token = link["path"].as_str().and_then(|p| p.split_once('#')).expect("the token in the fragment").1;
        let http = reqwest::Client::new();
        let response = http
            .post(format!("{base}/api/auth/invitations/accept"))
            .json(&json!({ "token": token, "password": "a guide's own password" }))
            .send()
            .await
            .unwrap();
        Staff::from_answer(http, base, response).await
    }
}

/// This year's fritidscheck for a child of `age`, issued by the demo admin as the
/// console does; answers its code as the card prints it (`7KQ2-M9XD-4TRF-HJ`).
pub async fn issued_card(base: &str, first_name: &str, age: i32) -> String {
    let year: i32 = day_after(0).0[..4].parse().unwrap();
    let admin = Staff::sign_in(base, "admin@granviken.example", DEMO_PASSWORD).await;
    let (status, voucher) = admin
        .send(
            reqwest::Method::POST,
            &format!("/api/staff/municipalities/{MUNICIPALITY}/vouchers"),
            Some(json!({ "year": year, "first_name": first_name, "birth_year": year - age })),
        )
        .await;
    assert_eq!(status, 201, "the card is issued: {voucher}");
    voucher["code"].as_str().unwrap().to_owned()
}

/// A guide invited by the demo admin, with a profile and slots, as the guide's console
/// would write them. Answers the signed-in guide.
pub async fn guide_with_slots(base: &str, email: &str, profile: Value, slots: &[Value]) -> Staff {
    let guide = Staff::invited(base, email, &["guide"]).await;
    let own = format!("/api/staff/municipalities/{MUNICIPALITY}/guide");
    let (status, body) = guide.send(reqwest::Method::PUT, &format!("{own}/profile"), Some(profile)).await;
    assert_eq!(status, 200, "the profile is saved: {body}");
    for slot in slots {
        let (status, body) = guide.send(reqwest::Method::POST, &format!("{own}/slots"), Some(slot.clone())).await;
        assert_eq!(status, 201, "the slot is added: {body}");
    }
    guide
}

/// A weekly slot: `weekday` (`thu`) from `from` until `until` (`YYYY-MM-DD`), at `start`.
pub fn weekly_slot(
    weekday: &str,
    from: &str,
    until: &str,
    start: &str,
    meeting: &str,
    place: &str,
    topics: &[&str],
) -> Value {
    json!({ "repeat": { "weekly": { "weekday": weekday, "from": from, "until": until } }, "start": start,
        "minutes": 60, "meeting": meeting, "place": place, "topics": topics })
}

/// The day `days` after today (UTC, `YYYY-MM-DD`) and its weekday, Monday 0.
pub fn day_after(days: i64) -> (String, i64) {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let day = i64::try_from(now / 86_400).unwrap() + days;
    // 1970-01-01 was a Thursday (3 with Monday 0).
    (civil(day), (day + 3).rem_euclid(7))
}

/// The first `weekday` (Monday 0) at least `days` after today, and that many days on.
pub fn next_weekday(weekday: i64, days: i64) -> (String, i64) {
    let (_, today) = day_after(days);
    let ahead = days + (weekday - today).rem_euclid(7);
    (day_after(ahead).0, ahead)
}

/// Days since 1970-01-01 as a calendar date (Howard Hinnant's `civil_from_days`).
fn civil(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_become_calendar_dates() {
        assert_eq!(civil(0), "1970-01-01");
        assert_eq!(civil(59), "1970-03-01");
        assert_eq!(civil(20_819), "2027-01-01");
        assert_eq!(civil(20_600), "2026-05-27");
    }
}
