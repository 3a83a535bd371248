//! Pieces every newcomer page shares, whichever bundle it is in.

mod bottom_nav;
mod error_notice;
mod loading;
mod offline_banner;
mod saved_copy;
mod shell;
mod top_bar;

pub use bottom_nav::{BottomNav, Section};
pub use error_notice::ErrorNotice;
pub use loading::Loading;
pub use offline_banner::OfflineBanner;
pub use saved_copy::SavedCopy;
pub(crate) use shell::{asked, keep_choice};
pub use shell::{Places, Shell};
pub use top_bar::TopBar;
