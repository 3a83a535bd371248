//! Demo clubs and activities (`seed/activities.json`). Their dates are written relative
//! to the day the demo is seeded, so a fresh demo always has a season running.

use std::collections::BTreeMap;

use anyhow::{bail, Context as _};
use model::{
    activities::{ActivityEdit, ActivityStatus, ActivityText, AssociationState, Category, Contact, Gender, Position},
    associations::{AssociationApplication, AssociationEdit, OrgNumber},
    schedule::{Clock, Day, Schedule, Session, Weekday},
};
use serde::Deserialize;

use crate::ids::{AccountId, MunicipalityId};
use crate::store::{ApplyError, Audit, Store};

#[derive(Deserialize)]
pub struct DemoActivities {
    associations: Vec<DemoAssociation>,
    municipality_activities: Vec<DemoActivity>,
}

#[derive(Deserialize)]
struct DemoAssociation {
    slug: String,
    name: String,
    org_number: String,
    categories: Vec<Category>,
    contact_name: String,
    phone: String,
    email: String,
    #[serde(default)]
    website: String,
    address: String,
    lat: f64,
    lon: f64,
    accepts_voucher: bool,
    description: BTreeMap<String, String>,
    activities: Vec<DemoActivity>,
}

#[derive(Deserialize)]
struct DemoActivity {
    category: Category,
    min_age: u8,
    max_age: u8,
    gender: Gender,
    schedule: DemoSchedule,
    place: String,
    lat: Option<f64>,
    lon: Option<f64>,
    cost_ore: i64,
    voucher_accepted: bool,
    trial_sessions: u8,
    leader_languages: Vec<String>,
    status: ActivityStatus,
    texts: BTreeMap<String, ActivityText>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum DemoSchedule {
    Weekly { weekdays: Vec<Weekday>, start: Clock, end: Clock, season: DemoSeason },
    Dates(Vec<DemoDate>),
}

#[derive(Deserialize)]
struct DemoSeason {
    from_days: i64,
    to_days: i64,
}

#[derive(Deserialize)]
struct DemoDate {
    in_days: i64,
    start: Clock,
    end: Clock,
}

impl DemoActivity {
    fn edit(&self, today: Day) -> ActivityEdit {
        let schedule = match &self.schedule {
            DemoSchedule::Weekly { weekdays, start, end, season } => Schedule::Weekly {
                weekdays: weekdays.clone(),
                start: *start,
                end: *end,
                season_start: today.plus_days(season.from_days),
                season_end: today.plus_days(season.to_days),
            },
            DemoSchedule::Dates(dates) => Schedule::Dates {
                sessions: dates
                    .iter()
                    .map(|d| Session { date: today.plus_days(d.in_days), start: d.start, end: d.end })
                    .collect(),
            },
        };
        ActivityEdit {
            category: self.category,
            min_age: self.min_age,
            max_age: self.max_age,
            gender: self.gender,
            schedule,
            place: self.place.clone(),
            position: self.lat.zip(self.lon).map(|(lat, lon)| Position { lat, lon }),
            cost_ore: self.cost_ore,
            voucher_accepted: self.voucher_accepted,
            trial_sessions: self.trial_sessions,
            leader_languages: self.leader_languages.clone(),
            status: self.status,
            texts: self.texts.clone(),
            // The Sportotek's demo links its items once they exist (`demo_sportotek`).
            equipment_items: None,
        }
    }
}

impl DemoAssociation {
    fn edit(&self) -> AssociationEdit {
        AssociationEdit {
            categories: self.categories.clone(),
            contact: self.contact(),
            position: Some(Position { lat: self.lat, lon: self.lon }),
            accepts_voucher: self.accepts_voucher,
            descriptions: self.description.clone(),
        }
    }

    fn contact(&self) -> Contact {
        Contact {
            name: self.contact_name.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
            address: self.address.clone(),
        }
    }
}

pub fn parse(text: &str) -> anyhow::Result<DemoActivities> {
    serde_json::from_str(text).context("seed/activities.json")
}

/// Checks the demo as the API would check an association's own edits.
fn checked(what: &str, edit: ActivityEdit) -> anyhow::Result<ActivityEdit> {
    let problems = edit.problems();
    if !problems.is_empty() {
        bail!("demo activity {what}: {problems:?}");
    }
    Ok(edit)
}

/// Writes the demo associations (approved) and activities; the first association gets
/// `leader_account`, if any, to act for it.
pub async fn seed(
    store: &Store,
    municipality_id: MunicipalityId,
    demo: &DemoActivities,
    today: Day,
    leader_account: Option<AccountId>,
) -> anyhow::Result<()> {
    for (n, association) in demo.associations.iter().enumerate() {
        let application = AssociationApplication {
            name: association.name.clone(),
            org_number: association.org_number.clone(),
            contact: association.contact(),
            categories: association.categories.clone(),
            description: String::new(),
        };
        let problems = [application.problems(), association.edit().problems()].concat();
        if !problems.is_empty() {
            bail!("demo association {}: {problems:?}", association.slug);
        }
        let org_number = OrgNumber::parse(&association.org_number).map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let id = match store
            .apply(municipality_id, &application, org_number.as_str(), AssociationState::Pending, true, None)
            .await
        {
            Ok(id) => id,
            Err(ApplyError::OrgNumberTaken) => {
                bail!("demo association {}: organisation number repeated", association.slug)
            }
            Err(ApplyError::Database(error)) => return Err(error.into()),
        };
        store.save_association(id, &association.edit(), None).await?;
        let account = leader_account.filter(|_| n == 0);
        let audit = Audit::new(None, Some(municipality_id), "association-approved", &association.slug);
        store.decide(id, municipality_id, AssociationState::Approved, account, &audit).await?;
        for (i, activity) in association.activities.iter().enumerate() {
            let edit = checked(&format!("{} #{i}", association.slug), activity.edit(today))?;
            store.save_activity(municipality_id, Some(id), None, &edit, true, None).await?;
        }
    }
    for (i, activity) in demo.municipality_activities.iter().enumerate() {
        let edit = checked(&format!("municipality #{i}"), activity.edit(today))?;
        store.save_activity(municipality_id, None, None, &edit, true, None).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_has_a_dozen_associations_and_thirty_valid_activities() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seed/activities.json")).unwrap();
        let demo = parse(&text).unwrap();
        let today = Day::parse("2026-11-23").unwrap();
        assert!(demo.associations.len() >= 12);
        let mut count = demo.municipality_activities.len();
        for association in &demo.associations {
            assert_eq!(association.edit().problems(), vec![], "{}", association.slug);
            assert!(OrgNumber::parse(&association.org_number).is_ok(), "{}", association.slug);
            for activity in &association.activities {
                checked(&association.slug, activity.edit(today)).unwrap();
                count += 1;
            }
        }
        assert!(count >= 30, "only {count} activities");
    }

    #[test]
    fn the_neighbours_clubs_and_activities_are_valid() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seed/norrsjo/activities.json")).unwrap();
        let demo = parse(&text).unwrap();
        let today = Day::parse("2026-11-23").unwrap();
        assert_eq!(demo.associations.len(), 2);
        for association in &demo.associations {
            assert_eq!(association.edit().problems(), vec![], "{}", association.slug);
            assert!(OrgNumber::parse(&association.org_number).is_ok(), "{}", association.slug);
            for activity in &association.activities {
                checked(&association.slug, activity.edit(today)).unwrap();
            }
        }
    }
}
