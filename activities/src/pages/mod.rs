//! One routed page per file.

mod activity;
mod association;
mod finder;
mod guide;
mod guide_bookings;
mod guides;
mod mine;
mod not_found;
mod sportotek;
mod sportotek_item;
mod sportotek_reservations;
mod voucher;

pub use activity::ActivityPage;
pub use association::AssociationPage;
pub use finder::FinderPage;
pub use guide::GuidePage;
pub use guide_bookings::GuideBookingsPage;
pub use guides::GuidesPage;
pub use mine::MinePage;
pub use not_found::NotFound;
pub use sportotek::SportotekPage;
pub use sportotek_item::SportotekItemPage;
pub use sportotek_reservations::ReservationsPage;
pub use voucher::{make_the_servers_form_work, VoucherPage};
