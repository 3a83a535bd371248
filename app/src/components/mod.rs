//! Reusable pieces of the pages, one per file.

mod article_card;
mod bottom_nav;
mod error_notice;
mod feedback_box;
mod loading;
mod offline_banner;
mod read_aloud;
mod saved_copy;
mod search_form;
mod top_bar;
mod translation_notice;

pub use article_card::ArticleCard;
pub use bottom_nav::BottomNav;
pub use error_notice::ErrorNotice;
pub use feedback_box::FeedbackBox;
pub use loading::Loading;
pub use offline_banner::OfflineBanner;
pub use read_aloud::ReadAloud;
pub use saved_copy::SavedCopy;
pub use search_form::SearchForm;
pub use top_bar::TopBar;
pub use translation_notice::TranslationNotice;
