//! The Sportotek in the console: the counter (a loan's card and what staff do with it,
//! lending without a reservation), the catalogue editor (texts, sizes, copies, photo)
//! and the settings. The rules that are not view code live in `desk` and the drafts,
//! tested natively.

mod copies;
mod counter;
mod desk;
mod item_draft;
mod item_form;
mod loan;
mod loan_actions;
mod photo;
mod settings_draft;
mod walk_in;

pub use copies::CopyList;
pub use counter::{provide_counter, DoneNotice};
pub use desk::{item_name, LoanSearchDraft};
pub use item_draft::ItemDraft;
pub use item_form::ItemForm;
pub use loan::LoanList;
pub use photo::PhotoUpload;
pub use settings_draft::{SettingsDraft, LIMITS};
pub use walk_in::WalkInForm;

use leptos::prelude::*;
use leptos_router::components::A;
use model::sportotek::{Condition, EquipmentCategory, LoanState, SizeKind};
use ui::i18n::use_i18n;

/// A category's name, as a message id.
pub fn category_label(category: EquipmentCategory) -> String {
    format!("console-sportotek-category-{}", category.code())
}

pub fn kind_label(kind: SizeKind) -> String {
    format!("console-sportotek-kind-{}", kind.code())
}

pub fn condition_label(condition: Condition) -> String {
    format!("console-sportotek-condition-{}", condition.code())
}

/// Where a loan stands, as a chip.
#[component]
pub fn LoanStateChip(state: LoanState, late: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (class, id) = if late {
        ("chip loan-late".to_owned(), "console-sportotek-late".to_owned())
    } else {
        (format!("chip loan-{}", state.code()), format!("console-sportotek-state-{}", state.code()))
    };
    view! { <span class=class>{move || i18n.t(&id)}</span> }
}

/// A copy's condition, as a chip.
#[component]
pub fn ConditionChip(condition: Condition) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("chip condition-{}", condition.code())>{move || i18n.t(&condition_label(condition))}</span> }
}

/// The Sportotek's pages and their names, for the tabs and the start page.
pub const PAGES: [(&str, &str); 6] = [
    ("/staff/sportotek", "console-sportotek-today"),
    ("/staff/sportotek/desk", "console-sportotek-desk"),
    ("/staff/sportotek/late", "console-sportotek-late-title"),
    ("/staff/sportotek/items", "console-sportotek-catalogue"),
    ("/staff/sportotek/settings", "console-sportotek-settings"),
    ("/staff/sportotek/stats", "console-sportotek-stats"),
];

/// The Sportotek's pages, one tap away from each other at the counter.
#[component]
pub fn SportotekTabs() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="sportotek-tabs" aria-label=i18n.tr("console-nav-sportotek")>
            {PAGES.map(|(href, label)| view! { <A href=href exact=true>{i18n.tr(label)}</A> }).collect_view()}
        </nav>
    }
}
