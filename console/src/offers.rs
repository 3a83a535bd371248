//! Roles offered to this account (by another municipality's invitation, or by the
//! approval of an association naming its e-mail). Nothing is granted until the owner
//! says yes, so the offers wait at the top of every console page, from sign-in on.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use model::auth::RoleOffer;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{role_label, FailureNotice},
    session::use_session,
};

/// The owner's last answer, for the status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    Accepted,
    Refused,
}

#[component]
pub fn RoleOffers() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let offers = Memo::new(move |_| session.me.with(|me| me.as_ref().map(|me| me.offers.clone()).unwrap_or_default()));
    let answered = RwSignal::new(None::<Answer>);
    // The status line belongs to the page the answer was given on.
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        answered.set(None);
    });
    view! {
        <Show when=move || !offers.with(Vec::is_empty)>
            <section class="offers" aria-labelledby="offers-title">
                <h2 id="offers-title">{i18n.tr("console-offers-title")}</h2>
                <p class="hint">{i18n.tr("console-offers-hint")}</p>
                <ul class="card-list">
                    <For each=move || offers.get() key=|offer| offer.id let:offer>
                        <OfferCard offer answered />
                    </For>
                </ul>
            </section>
        </Show>
        {move || answered.get().map(|answer| {
            let id = match answer {
                Answer::Accepted => "console-offer-accepted",
                Answer::Refused => "console-offer-refused",
            };
            view! { <p class="notice" role="status">{i18n.tr(id)}</p> }
        })}
    }
}

/// "Bstad offers you the role Association for Kapningsklubben", with a yes and a no.
#[component]
fn OfferCard(offer: RoleOffer, answered: RwSignal<Option<Answer>>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = offer.id;
    let answer = Action::new_local(move |accept: &bool| {
        let accept = *accept;
        async move {
            let sent = if accept { api::accept_offer(id).await } else { api::refuse_offer(id).await };
            if sent.is_ok() {
                answered.set(Some(if accept { Answer::Accepted } else { Answer::Refused }));
            }
            // An acceptance adds a grant, so the navigation and the pages follow a fresh
            // "who am I"; an offer already answered elsewhere (404) leaves the list too.
            if sent.as_ref().map_or_else(|f| f.status == 404, |()| true) {
                if let Ok(me) = api::me().await {
                    session.refresh(me);
                }
            }
            sent
        }
    });
    let RoleOffer { role, municipality_name, association, .. } = offer;
    let text = move || {
        let mut args = vec![("municipality", municipality_name.clone()), ("role", i18n.t(role_label(role)))];
        match &association {
            Some(name) => {
                args.push(("association", name.clone()));
                i18n.args("console-offer-association", &args)
            }
            None => i18n.args("console-offer-role", &args),
        }
    };
    let busy = move || answer.pending().get();
    view! {
        <li class="card" data-offer=id>
            <p>{text}</p>
            <div class="button-row">
                <button type="button" disabled=busy on:click=move |_| { answer.dispatch(true); }>
                    {i18n.tr("console-offer-accept")}
                </button>
                <button type="button" class="secondary" disabled=busy on:click=move |_| { answer.dispatch(false); }>
                    {i18n.tr("console-offer-refuse")}
                </button>
            </div>
            {move || answer.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </li>
    }
}
