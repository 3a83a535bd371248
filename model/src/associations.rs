//! Associations: their public page, what they write about themselves, and how they ask
//! to join.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{
    activities::{
        check_text, texts_problems, ActivitySummary, AssociationState, Category, Contact, Position, DESCRIPTION_MAX,
        NOTE_MAX,
    },
    FieldError, Language,
};

/// An association's public page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssociationProfile {
    pub slug: String,
    pub name: String,
    pub lang: Language,
    pub description: String,
    pub categories: Vec<Category>,
    pub accepts_voucher: bool,
    pub contact: Contact,
    pub position: Option<Position>,
    pub activities: Vec<ActivitySummary>,
    pub demo: bool,
}

/// What an association writes about itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssociationEdit {
    pub categories: Vec<Category>,
    pub contact: Contact,
    pub position: Option<Position>,
    pub accepts_voucher: bool,
    /// Per language code; `sv` is required.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::language::per_language_text))]
    pub descriptions: BTreeMap<String, String>,
}

impl AssociationEdit {
    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = contact_problems(&self.contact);
        if self.categories.len() > Category::ALL.len() {
            problems.push(FieldError::new("categories", "error-too-many"));
        }
        if let Some(position) = self.position {
            problems.extend(position.problem());
        }
        problems.extend(texts_problems(&self.descriptions, |field, text| {
            check_text(field, text, DESCRIPTION_MAX).into_iter().collect()
        }));
        problems
    }
}

fn contact_problems(contact: &Contact) -> Vec<FieldError> {
    let mut problems = Vec::new();
    let fields = [
        ("contact.name", &contact.name),
        ("contact.phone", &contact.phone),
        ("contact.email", &contact.email),
        ("contact.website", &contact.website),
        ("contact.address", &contact.address),
    ];
    for (field, value) in fields {
        problems.extend(check_text(field, value, NOTE_MAX));
    }
    if !contact.email.is_empty() && crate::auth::Email::check(&contact.email).is_err() {
        problems.push(FieldError::new("contact.email", "error-invalid-email"));
    }
    if !contact.phone.is_empty() && !is_phone(&contact.phone) {
        problems.push(FieldError::new("contact.phone", "error-invalid-phone"));
    }
    if !contact.website.is_empty() && !contact.website.starts_with("https://") {
        problems.push(FieldError::new("contact.website", "error-invalid-website"));
    }
    problems
}

/// A phone number as people write it: digits, spaces, `-`, an optional leading `+`.
pub fn is_phone(raw: &str) -> bool {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    (6..=15).contains(&digits)
        && raw.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0))
}

/// A Swedish organisation number, `NNNNNN-NNNN`, whose last digit is a Luhn check digit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgNumber(String);

impl OrgNumber {
    pub fn parse(raw: &str) -> Result<OrgNumber, FieldError> {
        let digits: Vec<u32> =
            raw.trim().chars().filter(|c| *c != '-' && *c != ' ').map_while(|c| c.to_digit(10)).collect();
        let shape_ok = digits.len() == 10 && raw.trim().chars().all(|c| c.is_ascii_digit() || c == '-' || c == ' ');
        if !shape_ok {
            return Err(FieldError::new("org_number", "error-org-number-shape"));
        }
        if luhn_check_digit(&digits[..9]) != digits[9] {
            return Err(FieldError::new("org_number", "error-org-number-check"));
        }
        let text: String = digits.iter().map(|d| char::from_digit(*d, 10).expect("a digit")).collect();
        Ok(OrgNumber(format!("{}-{}", &text[..6], &text[6..])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The Luhn (mod 10) check digit: weights 2, 1, 2, … from the left over nine digits.
pub fn luhn_check_digit(digits: &[u32]) -> u32 {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let product = if i % 2 == 0 { d * 2 } else { *d };
            product / 10 + product % 10
        })
        .sum();
    (10 - sum % 10) % 10
}

/// An association asks to join. No account is needed to ask.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssociationApplication {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$",
            max_length = 120
        )
    )]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{6}-?[0-9]{4}$"))]
    pub org_number: String,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::activities::applicant_contact_schema))]
    pub contact: Contact,
    #[cfg_attr(feature = "openapi", schema(max_items = 20))]
    pub categories: Vec<Category>,
    /// In Swedish.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]*$", max_length = 2000)
    )]
    pub description: String,
}

impl AssociationApplication {
    pub const NAME_MAX: usize = 120;

    pub fn problems(&self) -> Vec<FieldError> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(FieldError::new("name", "error-required"));
        }
        problems.extend(check_text("name", &self.name, Self::NAME_MAX));
        problems.extend(OrgNumber::parse(&self.org_number).err());
        problems.extend(contact_problems(&self.contact));
        if self.contact.name.trim().is_empty() {
            problems.push(FieldError::new("contact.name", "error-required"));
        }
        if self.contact.email.trim().is_empty() {
            problems.push(FieldError::new("contact.email", "error-required"));
        }
        if self.categories.len() > Category::ALL.len() {
            problems.push(FieldError::new("categories", "error-too-many"));
        }
        problems.extend(check_text("description", &self.description, DESCRIPTION_MAX));
        problems
    }
}

/// An association as staff and its own accounts see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffAssociation {
    pub id: i64,
    pub municipality: String,
    pub slug: String,
    pub name: String,
    pub org_number: String,
    pub state: AssociationState,
    pub applied_at: i64,
    pub edit: AssociationEdit,
}

/// An admin's decision on an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionRequest {
    pub approve: bool,
}

/// After an approval: the link to hand to the association's contact. It sets a new
/// account's password, or asks an existing account to accept the role; either way the
/// answer looks the same, so it does not tell whether the e-mail has an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionResponse {
    pub invitation: Option<crate::auth::InvitationLink>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_numbers_carry_a_luhn_check_digit() {
        // 8·2=16→7, 0, 2·2=4, 4, 0, 0, 1·2=2, 2, 3·2=6: 25, so the check digit is 5.
        assert_eq!(luhn_check_digit(&[8, 0, 2, 4, 0, 0, 1, 2, 3]), 5);
        assert_eq!(OrgNumber::parse(" 8024001235 ").unwrap().as_str(), "802400-1235");
        assert_eq!(OrgNumber::parse("802400-1234").unwrap_err().message_id, "error-org-number-check");
        for bad in ["", "802400-123", "802400-12345", "80240O-1234", "802400_1234", "٨٠٢٤٠٠١٢٣٤"] {
            assert_eq!(OrgNumber::parse(bad).unwrap_err().message_id, "error-org-number-shape", "{bad:?}");
        }
    }

    #[test]
    fn every_single_digit_error_in_an_org_number_is_caught() {
        let good = [8, 0, 2, 4, 0, 0, 1, 2, 3, 5];
        for position in 0..10 {
            for wrong in 0..10 {
                if wrong == good[position] {
                    continue;
                }
                let mut digits = good;
                digits[position] = wrong;
                assert_ne!(luhn_check_digit(&digits[..9]), digits[9], "{digits:?}");
            }
        }
    }

    #[test]
    fn phone_numbers_are_digits_and_separators() {
        assert!(is_phone("0980-319 240"));
        assert!(is_phone("+46 980 319 240"));
        for bad in ["", "12345", "0980-319 240 ext", "<script>", "0980+319240"] {
            assert!(!is_phone(bad), "{bad:?}");
        }
    }
}
