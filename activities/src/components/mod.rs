//! Reusable pieces of the finder's pages, one per file.

mod activity_card;
mod balance_card;
mod facts;
mod filter_form;

pub use activity_card::ActivityCard;
pub use balance_card::BalanceCard;
pub use facts::{ages, cost_line, list, schedule_line, ContactBlock, MapLink};
pub use filter_form::{finder_href, FilterForm};
