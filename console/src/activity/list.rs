//! An organiser's activities, each with its status and the buttons to change it.

use leptos::prelude::*;
use model::activities::{ActivityStatus, StaffActivity};
use ui::i18n::use_i18n;

use super::StatusButtons;
use crate::{api, components::FailureNotice};

/// With `external`, each title links to the console's editor from outside it (the
/// association leaders' bundle, whose router has no editor).
#[component]
pub fn ActivityList(
    activities: Vec<StaffActivity>,
    refetch: impl Fn() + Copy + Send + Sync + 'static,
    #[prop(optional)] external: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if activities.is_empty() {
        return view! { <p class="notice">{i18n.tr("console-activities-none")}</p> }.into_any();
    }
    view! {
        <ul class="card-list activity-rows">
            {activities.into_iter().map(|activity| view! { <ActivityRow activity refetch external /> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn ActivityRow(
    activity: StaffActivity,
    refetch: impl Fn() + Copy + Send + Sync + 'static,
    external: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = activity.id;
    let status = RwSignal::new(activity.edit.status);
    let edit = StoredValue::new(activity.edit);
    let change = Action::new_local(move |to: &ActivityStatus| {
        let to = *to;
        async move {
            let result = api::set_activity_status(id, to).await;
            if result.is_ok() {
                status.set(to);
                refetch();
            }
            result
        }
    });
    let title = move || {
        let code = i18n.language().code();
        edit.with_value(|e| {
            e.texts.get(code).filter(|t| !t.title.is_empty()).or_else(|| e.texts.get("sv")).map(|t| t.title.clone())
        })
    };
    let category = edit.with_value(|e| e.category.code());
    view! {
        <li class="card" data-activity=id>
            <div class="row-head">
                {if external {
                    view! { <a href=format!("/staff/activities/{id}") rel="external"><span class="card-title">{title}</span></a> }.into_any()
                } else {
                    view! { <a href=format!("/staff/activities/{id}")><span class="card-title">{title}</span></a> }.into_any()
                }}
                <span class="card-summary">{move || i18n.t(&format!("category-{category}"))}</span>
            </div>
            <StatusButtons status set=move |to| { change.dispatch(to); } busy=change.pending() />
            {move || change.value().get().and_then(Result::err).map(|failure| view! { <FailureNotice failure /> })}
        </li>
    }
}
