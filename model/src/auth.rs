//! Staff accounts: roles, sign-in, invitations. Newcomers never sign in.

use serde::{Deserialize, Serialize};

use crate::FieldError;

/// What an account may do, always within one municipality or, for a region-wide
/// account, within all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Municipality staff: content, people, settings, the audit log.
    Admin,
    /// Approves refugee guides.
    Coordinator,
    /// Acts for one association.
    Association,
    /// A volunteer refugee guide.
    Guide,
    /// Staff of the equipment store.
    Sportotek,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Admin, Role::Coordinator, Role::Association, Role::Guide, Role::Sportotek];

    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::Association => "association",
            Role::Guide => "guide",
            Role::Sportotek => "sportotek",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// One role held in one municipality; `municipality: None` is region-wide.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Grant {
    pub role: Role,
    pub municipality: Option<String>,
}

/// An e-mail address, trimmed and lower-cased; checked for shape, not deliverability.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(raw: &str) -> Result<Email, FieldError> {
        let email = raw.trim().to_lowercase();
        Self::check(&email).map(|()| Email(email))
    }

    /// Whether `raw`, trimmed, has an address's shape, whatever its case. A browser's
    /// check before sending needs no more, and so carries no Unicode case tables
    /// (3.3 KB of the Sportotek's wasm with brotli).
    pub fn check(raw: &str) -> Result<(), FieldError> {
        let email = raw.trim();
        // Counted in characters, as the API's document (JSON Schema's `maxLength`) counts.
        let valid = email.chars().count() <= Self::MAX_LEN
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
            })
            && email.matches('@').count() == 1
            && !email.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"'(),;:\\[]".contains(c));
        if valid {
            Ok(())
        } else {
            Err(FieldError::new("email", "error-invalid-email"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password: long enough to resist guessing, short enough to hash cheaply.
/// No composition rules (OWASP ASVS 5.0, 6.2).
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(raw: &str) -> Result<NewPassword, FieldError> {
        let count = raw.chars().count();
        if count < Self::MIN_CHARS {
            Err(FieldError::new("password", "error-password-too-short"))
        } else if count > Self::MAX_CHARS {
            Err(FieldError::new("password", "error-password-too-long"))
        } else {
            Ok(NewPassword(raw.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

/// Who is signed in, and the token every state-changing request must carry in the
/// `x-csrf-token` header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub email: String,
    pub grants: Vec<Grant>,
    pub csrf_token: String,
    /// Roles another municipality offers this account, waiting for its owner's answer.
    #[serde(default)]
    pub offers: Vec<RoleOffer>,
}

/// A role offered to an existing account (an invitation, or an association's approval
/// naming its e-mail): nothing is granted until the owner accepts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoleOffer {
    pub id: i64,
    pub role: Role,
    /// The municipality's slug and name.
    pub municipality: String,
    pub municipality_name: String,
    /// For the association role: the association the account would act for.
    pub association: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationRequest {
    #[cfg_attr(
        feature = "openapi",
        schema(
            pattern = "^[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\]]+@[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+(\\.[^\\s\\x00-\\x1f\\x7f-\\x9f@<>\"'(),;:\\\\\\[\\].]+)+$",
            max_length = 254
        )
    )]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 5))]
    pub roles: Vec<Role>,
}

/// A one-time link to hand over. The token travels after `#`, so it never reaches a
/// server's or a proxy's log. An invitation's link sets a new account's password, or
/// asks an existing account for its own; a reset link sets a new password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationLink {
    pub path: String,
    pub expires_at: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AcceptInvitationRequest {
    pub token: String,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub active: bool,
    /// The account's roles within the caller's reach: its other municipalities stay unseen.
    pub grants: Vec<Grant>,
    /// Whether the caller may act on the whole account (reset its password, deactivate
    /// it): an admin of every municipality where it holds a role.
    #[serde(default)]
    pub whole_account: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RolesRequest {
    pub roles: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub at: i64,
    pub actor: Option<String>,
    pub action: String,
    pub target: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(Email::parse("  Anna.Berg@Granviken.EXAMPLE ").unwrap().as_str(), "anna.berg@granviken.example");
    }

    #[test]
    fn malformed_and_hostile_emails_are_refused() {
        let long = format!("{}@x.se", "a".repeat(Email::MAX_LEN));
        for bad in ["", "anna", "anna@", "@x.se", "anna@x", "a@b@x.se", "a b@x.se", "<script>@x.se", "x'--@x.se", &long]
        {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
            assert!(Email::check(bad).is_err(), "the browser's check agrees: {bad:?}");
        }
        assert_eq!(Email::check("  Anna.Berg@Granviken.EXAMPLE "), Ok(()), "any case, trimmed");
    }

    #[test]
    fn passwords_are_judged_by_length_only() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse(&"x".repeat(NewPassword::MAX_CHARS + 1)).is_err());
        assert!(NewPassword::parse("correct horse battery").is_ok());
        assert!(NewPassword::parse("خمسة عشر حرفا هنا").is_ok(), "any script counts by characters");
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
            assert_eq!(serde_json::to_string(&role).unwrap(), format!("\"{}\"", role.code()));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
