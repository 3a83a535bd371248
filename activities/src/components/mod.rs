//! Reusable pieces of the finder's pages, one per file.

mod activity_card;
mod balance_card;
mod category_chips;
mod category_icon;
mod equipment_links;
mod facts;
mod filter_form;
mod item_card;
mod place_block;
mod problem_list;
mod reservation_card;
mod reserve_form;
mod sportotek_facts;
mod sportotek_filters;
mod updated_at;

pub use activity_card::ActivityCard;
pub use balance_card::BalanceCard;
pub use category_chips::CategoryChips;
pub use category_icon::CategoryIcon;
pub use equipment_links::EquipmentLinks;
pub use facts::{ages, cost_line, joined, list, schedule_line, ContactBlock, MapLink};
pub use filter_form::{finder_href, FilterForm};
pub use item_card::ItemCard;
pub use place_block::PlaceBlock;
pub use problem_list::{FieldProblem, ProblemList};
pub use reservation_card::ReservationCard;
pub use reserve_form::{Form, ReserveForm};
pub use sportotek_facts::{hours, size_ages, state_id};
pub use sportotek_filters::SportotekFilters;
pub use updated_at::{local_clock, UpdatedAt};
