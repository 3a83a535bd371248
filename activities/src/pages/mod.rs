//! One routed page per file.

mod activity;
mod association;
mod finder;
mod not_found;
mod voucher;

pub use activity::ActivityPage;
pub use association::AssociationPage;
pub use finder::FinderPage;
pub use not_found::NotFound;
pub use voucher::VoucherPage;
