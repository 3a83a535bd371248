//! What every newcomer page stands in: the skip link, the top bar, the offline notice,
//! the municipality loaded once, and the bottom navigation.

use leptos::prelude::*;
use model::orientation::Municipality;

use super::{BottomNav, ErrorNotice, Loading, OfflineBanner, Section, TopBar};
use crate::{fetch, i18n::use_i18n, pace::Later};

/// Every municipality the installation serves, for the start page's choice between them.
#[derive(Clone)]
pub struct Places(pub Vec<Municipality>);

/// Where the reader's choice of municipality is kept, on the phone and (as a cookie) for
/// the server's first paint.
const CHOICE: &str = "municipality";

/// The reader's municipality: the one the address names (`?municipality=`, the start
/// page's choice, which is then kept), else the one kept, else the installation's first.
fn chosen(list: &[Municipality]) -> Option<Municipality> {
    let known = |slug: &str| list.iter().find(|m| m.slug == slug).cloned();
    if let Some(found) = asked().as_deref().and_then(known) {
        keep_choice(&found.slug);
        return Some(found);
    }
    crate::storage::get(CHOICE).and_then(|slug| known(&slug)).or_else(|| list.first().cloned())
}

/// The municipality the address asks for (`?municipality=`), known or not.
pub(crate) fn asked() -> Option<String> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("municipality=")).map(str::to_owned)
}

/// Keeps `slug`, a municipality the installation serves, as the reader's choice: on the
/// phone, and in a cookie for the server's next page.
pub(crate) fn keep_choice(slug: &str) {
    crate::storage::set(CHOICE, slug);
    let cookie = format!("{CHOICE}={slug}; Path=/; Max-Age=31536000; SameSite=Lax");
    let _ = js_sys::Reflect::set(&document(), &"cookie".into(), &cookie.into());
}

/// Shows `content` for the reader's municipality ([`chosen`]), or `missing` when the
/// installation has none.
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
        <Later><TopBar section /></Later>
        <OfflineBanner />
        <main id="main" tabindex="-1">
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    let list = municipalities.await;
                    // The page below is drawn in a task of its own, after the bars'.
                    crate::pace::a_task().await;
                    match list {
                        Ok(list) => match chosen(&list.value) {
                            Some(municipality) => {
                                provide_context(Places(list.value));
                                content(municipality).into_any()
                            }
                            None => missing().into_any(),
                        },
                        Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                    }
                })}
            </Transition>
        </main>
        <Later><BottomNav section /></Later>
    }
}
