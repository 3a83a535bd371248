//! The associations an account acts for: usually one, each leading to its editor.

use leptos::prelude::*;
use leptos_router::components::A;
use ui::i18n::use_i18n;

use crate::{
    api,
    components::{AssociationStateChip, FailureNotice, SignedIn},
};

#[component]
pub fn MyAssociation() -> impl IntoView {
    view! { <SignedIn><MyAssociationList /></SignedIn> }
}

#[component]
fn MyAssociationList() -> impl IntoView {
    let i18n = use_i18n();
    let mine = LocalResource::new(api::my_associations);
    view! {
        <h1>{i18n.tr("console-nav-my-association")}</h1>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match mine.await {
                    Ok(list) if list.is_empty() => view! {
                        <p class="notice">{i18n.tr("console-my-association-none")}</p>
                    }.into_any(),
                    Ok(list) => view! {
                        <ul class="topic-list">
                            {list.into_iter().map(|a| view! {
                                <li>
                                    <A href=format!("/staff/associations/{}", a.id)>
                                        <span class="topic-name">{a.name}</span>
                                        <AssociationStateChip state=a.state />
                                    </A>
                                </li>
                                <li>
                                    <A href=format!("/staff/associations/{}/vouchers", a.id)>
                                        <span class="topic-name">{i18n.tr("console-association-redemptions")}</span>
                                    </A>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(failure) => view! { <FailureNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}
