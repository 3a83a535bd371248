//! One routed page per file.

mod activity;
mod apply;
mod articles;
mod association;
mod association_profile;
mod associations;
mod audit;
mod editor;
mod home;
mod invitation;
mod my_association;
mod new_article;
mod own_activities;
mod people;
mod settings;
mod sign_in;
mod topics;

pub use activity::{EditActivity, NewAssociationActivity, NewOwnActivity};
pub use apply::Apply;
pub use articles::Articles;
pub use association::Association;
pub use associations::Associations;
pub use audit::Audit;
pub use editor::Editor;
pub use home::Home;
pub use invitation::Invitation;
pub use my_association::MyAssociation;
pub use own_activities::OwnActivities;
pub use people::People;
pub use settings::Settings;
pub use sign_in::SignIn;
pub use topics::Topics;
