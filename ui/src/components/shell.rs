//! What every newcomer page stands in: the skip link, the top bar, the offline notice,
//! the municipality loaded once, and the bottom navigation.

use leptos::prelude::*;
use model::orientation::Municipality;

use super::{BottomNav, ErrorNotice, Loading, OfflineBanner, Section, TopBar};
use crate::{fetch, i18n::use_i18n};

/// Shows `content` for the installation's (first) municipality, or `missing` when it
/// has none.
#[component]
pub fn Shell<C, V, M, W>(section: Section, content: C, missing: M) -> impl IntoView
where
    C: Fn(Municipality) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
    M: Fn() -> W + Copy + Send + Sync + 'static,
    W: IntoView + 'static,
{
    let i18n = use_i18n();
    let municipalities = LocalResource::new(|| fetch::get::<Vec<Municipality>>("/api/municipalities"));
    view! {
        <a class="skip-link" href="#main">{i18n.tr("skip-to-content")}</a>
        <TopBar section />
        <OfflineBanner />
        <main id="main" tabindex="-1">
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match municipalities.await {
                        Ok(list) => match list.value.into_iter().next() {
                            Some(municipality) => content(municipality).into_any(),
                            None => missing().into_any(),
                        },
                        Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                    }
                })}
            </Transition>
        </main>
        <BottomNav section />
    }
}
