//! The console's shell: language, session, navigation and routes, all under `/staff/`.

use leptos::{prelude::*, task::spawn_local};
use leptos_router::{
    components::{Route, Router, Routes, A},
    path,
};
use model::auth::Role;
use ui::{
    i18n::{provide_i18n, use_i18n},
    LanguagePicker,
};

use crate::{
    api,
    offers::RoleOffers,
    pages::{
        Apply, Articles, Association, AssociationVoucherAccount, Associations, Audit, EditActivity, Editor,
        GuideApplications, GuideApply, GuideBookings, GuideCalendar, GuideProfile, GuideTimes, Guides, GuidesDemand,
        GuidesStatistics, GuidesWeek, Home, Invitation, MyAssociation, NewAssociationActivity, NewOwnActivity,
        OwnActivities, People, Redeem, RegionFiguresPage, Settings, Settlements, SportotekCatalogue, SportotekDesk,
        SportotekItem, SportotekLate, SportotekSettings, SportotekStats, SportotekToday, Topics, VoucherCards,
        VoucherStatistics, Vouchers,
    },
    session::{provide_session, use_session, workplaces},
};

#[component]
pub fn App() -> impl IntoView {
    // The finder's names (categories, weekdays, statuses) serve the activity editor too.
    let i18n = provide_i18n();
    provide_session();
    view! {
        <Router>
            <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
            <header class="top-bar">
                <A href="/staff" attr:class="brand"><span>{i18n.tr("console-title")}</span></A>
                <LanguagePicker />
            </header>
            <ConsoleNav />
            <main id="main" tabindex="-1" class="console">
                <RoleOffers />
                <Routes fallback=|| view! { <p>"404"</p> }>
                    <Route path=path!("/staff") view=Home />
                    <Route path=path!("/staff/articles") view=Articles />
                    <Route path=path!("/staff/articles/:slug/:lang") view=Editor />
                    <Route path=path!("/staff/topics") view=Topics />
                    <Route path=path!("/staff/people") view=People />
                    <Route path=path!("/staff/settings") view=Settings />
                    <Route path=path!("/staff/audit") view=Audit />
                    <Route path=path!("/staff/region/figures") view=RegionFiguresPage />
                    // The link's token travels after `#` (see `pages::invitation`).
                    <Route path=path!("/staff/invitation") view=Invitation />
                    <Route path=path!("/staff/apply") view=Apply />
                    <Route path=path!("/staff/associations") view=Associations />
                    <Route path=path!("/staff/associations/:id") view=Association />
                    <Route path=path!("/staff/associations/:id/activities/new") view=NewAssociationActivity />
                    <Route path=path!("/staff/associations/:id/vouchers") view=AssociationVoucherAccount />
                    <Route path=path!("/staff/my-association") view=MyAssociation />
                    <Route path=path!("/staff/vouchers") view=Vouchers />
                    <Route path=path!("/staff/vouchers/cards") view=VoucherCards />
                    <Route path=path!("/staff/vouchers/stats") view=VoucherStatistics />
                    <Route path=path!("/staff/settlements") view=Settlements />
                    <Route path=path!("/staff/redeem") view=Redeem />
                    // The fixed paths before `:id`: the first route that matches wins.
                    <Route path=path!("/staff/activities/own") view=OwnActivities />
                    <Route path=path!("/staff/activities/own/new") view=NewOwnActivity />
                    <Route path=path!("/staff/activities/:id") view=EditActivity />
                    <Route path=path!("/staff/sportotek") view=SportotekToday />
                    <Route path=path!("/staff/sportotek/desk") view=SportotekDesk />
                    <Route path=path!("/staff/sportotek/late") view=SportotekLate />
                    <Route path=path!("/staff/sportotek/items") view=SportotekCatalogue />
                    <Route path=path!("/staff/sportotek/items/:id") view=SportotekItem />
                    <Route path=path!("/staff/sportotek/settings") view=SportotekSettings />
                    <Route path=path!("/staff/sportotek/stats") view=SportotekStats />
                    <Route path=path!("/staff/guide") view=GuideBookings />
                    <Route path=path!("/staff/guide/times") view=GuideTimes />
                    <Route path=path!("/staff/guide/profile") view=GuideProfile />
                    <Route path=path!("/staff/guide/calendar") view=GuideCalendar />
                    <Route path=path!("/staff/guides") view=Guides />
                    <Route path=path!("/staff/guides/week") view=GuidesWeek />
                    <Route path=path!("/staff/guides/applications") view=GuideApplications />
                    <Route path=path!("/staff/guides/demand") view=GuidesDemand />
                    <Route path=path!("/staff/guides/stats") view=GuidesStatistics />
                    // A volunteer applies without an account.
                    <Route path=path!("/staff/guides/apply") view=GuideApply />
                </Routes>
            </main>
        </Router>
    }
}

/// A region-wide admin, or staff of more than one municipality, chooses which
/// municipality to work on; a region-wide admin also the region's shared content.
#[component]
fn MunicipalityPicker() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let places = move || session.me.with(|me| me.as_ref().and_then(|me| workplaces(&me.grants)));
    let region = move || session.me.with(Option::is_some) && places().is_none();
    let list = LocalResource::new(move || {
        let (region, own) = (region(), places().unwrap_or_default());
        async move {
            if !region && own.len() < 2 {
                return vec![];
            }
            let all = api::municipalities().await.unwrap_or_default();
            let mut places: Vec<(String, String)> =
                all.into_iter().filter(|m| region || own.contains(&m.slug)).map(|m| (m.slug, m.name)).collect();
            if region {
                if let Ok(shared) = api::region().await {
                    session.region.set(Some(shared.slug.clone()));
                    places.push((shared.slug, i18n.with("console-region-content", "region", shared.name)));
                }
            }
            places
        }
    });
    move || {
        let options = list.get().unwrap_or_default();
        (options.len() > 1).then(|| {
            view! {
                <label class="municipality-picker">
                    <span>{i18n.tr("console-municipality")}</span>
                    <select prop:value=move || session.municipality.get().unwrap_or_default()
                        on:change=move |ev| session.municipality.set(Some(event_target_value(&ev)))>
                        {options.into_iter().map(|(slug, name)| view! { <option value=slug>{name}</option> }).collect_view()}
                    </select>
                </label>
            }
        })
    }
}

#[component]
fn ConsoleNav() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api::sign_out().await;
            session.sign_out();
        });
    };
    view! {
        <Show when=move || session.me.with(Option::is_some)>
            <nav class="console-nav" aria-label=i18n.tr("console-title")>
                // The region's shared content has articles and topics, and nothing else.
                <Show when=move || session.on_shared_content()>
                    <A href="/staff/articles">{i18n.tr("console-nav-articles")}</A>
                    <A href="/staff/topics">{i18n.tr("console-nav-topics")}</A>
                    <A href="/staff/audit">{i18n.tr("console-nav-audit")}</A>
                </Show>
                <Show when=move || session.is_admin() && !session.on_shared_content()>
                    <A href="/staff/articles">{i18n.tr("console-nav-articles")}</A>
                    <A href="/staff/associations">{i18n.tr("console-nav-associations")}</A>
                    <A href="/staff/activities/own">{i18n.tr("console-nav-own-activities")}</A>
                    <A href="/staff/vouchers">{i18n.tr("console-nav-vouchers")}</A>
                    <A href="/staff/settlements">{i18n.tr("console-nav-settlements")}</A>
                    <A href="/staff/topics">{i18n.tr("console-nav-topics")}</A>
                    <A href="/staff/people">{i18n.tr("console-nav-people")}</A>
                    <A href="/staff/settings">{i18n.tr("console-nav-settings")}</A>
                    <A href="/staff/audit">{i18n.tr("console-nav-audit")}</A>
                </Show>
                // The county's numbers, for a region-wide admin wherever they work.
                <Show when=move || session.is_region_admin()>
                    <A href="/staff/region/figures">{i18n.tr("console-nav-figures")}</A>
                </Show>
                <Show when=move || session.has(Role::Association)>
                    <A href="/staff/my-association">{i18n.tr("console-nav-my-association")}</A>
                    <A href="/staff/redeem">{i18n.tr("console-nav-redeem")}</A>
                </Show>
                <Show when=move || session.lends()>
                    <A href="/staff/sportotek">{i18n.tr("console-nav-sportotek")}</A>
                </Show>
                // Per municipality: a guide or coordinator elsewhere has nothing to do here.
                <Show when=move || session.here(Role::Coordinator)>
                    <A href="/staff/guides">{i18n.tr("console-nav-guides")}</A>
                </Show>
                <Show when=move || session.here(Role::Guide)>
                    <A href="/staff/guide">{i18n.tr("console-nav-guide")}</A>
                </Show>
                <MunicipalityPicker />
                <span class="signed-in">
                    {move || session.me.with(|me| me.as_ref().map(|me| i18n.with("console-signed-in-as", "email", me.email.clone())))}
                </span>
                <button type="button" class="secondary" on:click=sign_out>{i18n.tr("console-sign-out")}</button>
            </nav>
        </Show>
    }
}
