//! Where a meeting is: the way of meeting, the place as the guide wrote it, and for a
//! place one goes to, a link that opens it in the phone's map app.

use leptos::prelude::*;
use model::guides::MeetingKind;
use ui::i18n::use_i18n;

use super::meeting_id;
use crate::guide_times::map_href;

#[component]
pub fn MeetingPlace(kind: MeetingKind, place: String) -> impl IntoView {
    let i18n = use_i18n();
    let map = map_href(kind, &place);
    view! {
        <div class="meeting-place">
            <p><span class="meeting-kind">{i18n.t(&meeting_id(kind))}</span>
                {(!place.is_empty()).then(|| view! { " · "<bdi class="place-text">{place}</bdi> })}</p>
            {map.map(|href| view! { <a class="button secondary map-link" href=href>{i18n.t("guides-map")}</a> })}
        </div>
    }
}
