//! Reusable pieces of the pages, one per file.

mod article_card;
mod feedback_box;
mod read_aloud;
mod search_form;
mod translation_notice;

pub use article_card::ArticleCard;
pub use feedback_box::FeedbackBox;
pub use read_aloud::ReadAloud;
pub use search_form::SearchForm;
pub use translation_notice::TranslationNotice;
pub use ui::components::{ErrorNotice, Loading, SavedCopy};
