//! One routed page per file.

mod articles;
mod audit;
mod editor;
mod home;
mod invitation;
mod new_article;
mod people;
mod settings;
mod sign_in;
mod topics;

pub use articles::Articles;
pub use audit::Audit;
pub use editor::Editor;
pub use home::Home;
pub use invitation::Invitation;
pub use people::People;
pub use settings::Settings;
pub use sign_in::SignIn;
pub use topics::Topics;
