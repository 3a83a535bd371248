//! The console's start: sign in, then what this person's roles let them do.

use leptos::prelude::*;
use leptos_router::components::A;
use model::auth::Role;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AdminOnly, SignedIn},
    session::use_session,
};

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let admin_links = [
        ("/staff/articles", "console-nav-articles"),
        ("/staff/topics", "console-nav-topics"),
        ("/staff/associations", "console-nav-associations"),
        ("/staff/activities/own", "console-nav-own-activities"),
        ("/staff/vouchers", "console-nav-vouchers"),
        ("/staff/settlements", "console-nav-settlements"),
        ("/staff/vouchers/stats", "console-nav-voucher-stats"),
        ("/staff/sportotek", "console-nav-sportotek"),
        ("/staff/people", "console-nav-people"),
        ("/staff/settings", "console-nav-settings"),
        ("/staff/audit", "console-nav-audit"),
    ];
    view! {
        <SignedIn>
            {move || {
                if session.is_admin() {
                    view! {
                        <AdminOnly>
                            <h1>{move || session.municipality.get().unwrap_or_default()}</h1>
                            <ul class="topic-list">
                                {admin_links.map(|(href, label)| view! {
                                    <li><A href=href><span class="topic-name">{i18n.tr(label)}</span></A></li>
                                }).collect_view()}
                            </ul>
                        </AdminOnly>
                    }.into_any()
                } else if session.has(Role::Association) {
                    view! {
                        <ClubOffer />
                        <ul class="topic-list">
                            <li><A href="/staff/redeem">
                                <span class="topic-name">{i18n.tr("console-nav-redeem")}</span>
                            </A></li>
                            <li><A href="/staff/my-association">
                                <span class="topic-name">{i18n.tr("console-nav-my-association")}</span>
                            </A></li>
                        </ul>
                        <MyRedemptionLinks />
                        // One person may lend at the Sportotek and lead an association too.
                        {session.has(Role::Sportotek).then(|| view! { <SportotekLinks /> })}
                    }.into_any()
                } else if session.has(Role::Sportotek) {
                    view! { <SportotekLinks /> }.into_any()
                } else if !session.here(Role::Coordinator) && !session.here(Role::Guide) {
                    view! { <p class="notice">{i18n.tr("console-no-tasks")}</p> }.into_any()
                } else {
                    ().into_any()
                }
            }}
            // Whatever else the account does, its guide pages where it works with guides.
            <Show when=move || session.here(Role::Coordinator)>
                <GuideLinks id="coordinator-links" pages=&crate::guides::COORDINATOR_PAGES />
            </Show>
            <Show when=move || session.here(Role::Guide)>
                <GuideLinks id="guide-links" pages=&crate::guides::GUIDE_PAGES />
            </Show>
        </SignedIn>
    }
}

/// The Sportotek's pages, for its staff.
#[component]
fn SportotekLinks() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="topic-list" id="sportotek-links">
            {crate::sportotek::PAGES.map(|(href, label)| view! {
                <li><A href=href><span class="topic-name">{i18n.tr(label)}</span></A></li>
            }).collect_view()}
        </ul>
    }
}

/// A guide's or a coordinator's pages.
#[component]
fn GuideLinks(id: &'static str, pages: &'static [(&'static str, &'static str)]) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="topic-list" id=id>
            {pages.iter().map(|&(href, label)| view! {
                <li><A href=href><span class="topic-name">{i18n.tr(label)}</span></A></li>
            }).collect_view()}
        </ul>
    }
}

/// "Redemptions" for each association the account acts for: usually one.
#[component]
fn MyRedemptionLinks() -> impl IntoView {
    let i18n = use_i18n();
    let mine = LocalResource::new(api::my_associations);
    move || {
        let list = mine.get().and_then(Result::ok).unwrap_or_default();
        let several = list.len() > 1;
        (!list.is_empty()).then(|| {
            view! {
                <ul class="topic-list redemption-links">
                    {list.into_iter().map(|a| view! {
                        <li><A href=format!("/staff/associations/{}/vouchers", a.id)>
                            <span class="topic-name">{i18n.tr("console-association-redemptions")}</span>
                            {several.then(|| view! { <span class="topic-count">{a.name}</span> })}
                        </A></li>
                    }).collect_view()}
                </ul>
            }
        })
    }
}

/// An association's leader is offered their own light page (`/club/`): it loads faster
/// on a phone and takes the fritidscheck without signal.
#[component]
pub fn ClubOffer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="notice" id="club-offer" aria-labelledby="club-offer-title">
            <h2 id="club-offer-title">{i18n.tr("club-offer-title")}</h2>
            <p>{i18n.tr("club-offer-text")}</p>
            <p><a class="button" href="/club/" rel="external">{i18n.tr("club-offer-open")}</a></p>
        </section>
    }
}
