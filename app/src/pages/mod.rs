//! One routed page per file.

mod about;
mod article;
mod home;
mod not_found;
mod search;
mod topic;

pub use about::About;
pub use article::{speech, ArticlePage};
pub use home::Home;
pub use not_found::NotFound;
pub use search::SearchPage;
pub use topic::TopicPage;
