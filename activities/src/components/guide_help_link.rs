//! On an activity's page: a refugee guide in the reader's language can help sign up.

use leptos::prelude::*;
use model::{guides::Topic, Language};
use ui::i18n::use_i18n;

/// The guide list for leisure in `reader`'s language; a Swedish reader needs no filter,
/// any guide speaks Swedish.
pub fn guide_help_href(reader: Language) -> String {
    let leisure = Topic::Leisure.code();
    if reader == Language::SOURCE {
        format!("/activities/guides?topic={leisure}")
    } else {
        format!("/activities/guides?topic={leisure}&language={reader}")
    }
}

#[component]
pub fn GuideHelpLink() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="guide-help" aria-labelledby="guide-help-heading">
            <h2 id="guide-help-heading">{i18n.tr("activity-guide-help-heading")}</h2>
            <p>
                <a class="guide-help-link" rel="external" href=move || guide_help_href(i18n.language())>
                    {i18n.tr("activity-guide-help-link")}
                </a>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::addresses::GuideQuery;

    #[test]
    fn the_link_asks_the_guide_list_for_leisure_in_the_readers_language() {
        for reader in Language::all() {
            let href = guide_help_href(reader);
            let query = href.strip_prefix("/activities/guides?").expect("the guide list with a query");
            let value = |key: &str| query.split('&').find_map(|pair| pair.strip_prefix(&format!("{key}=")));
            let read = GuideQuery::from_query(value("language"), value("topic"), value("meeting"));
            assert_eq!(read.topic, Some(Topic::Leisure), "{href}");
            assert_eq!(read.language_or(reader), reader.code(), "{href}");
            assert_eq!(read.language.is_none(), reader == Language::SOURCE, "only Swedish omits it: {href}");
        }
    }
}
