//! Reusable pieces of the pages, one per file.

mod article_card;
mod article_tools;
mod feedback_box;
mod read_aloud;
mod search_form;
mod swedish_column;
mod translation_notice;

pub use article_card::ArticleCard;
pub use article_tools::{toggle_saved, ArticleTools};
pub use feedback_box::{answer, answered, FeedbackBox};
pub use read_aloud::{voice_for, ReadAloud};
pub use search_form::SearchForm;
pub use swedish_column::SwedishColumn;
pub use translation_notice::TranslationNotice;
pub use ui::components::{ErrorNotice, Loading, SavedCopy};
