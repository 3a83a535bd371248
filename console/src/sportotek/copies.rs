//! An item's copies, size by size: inventory number, condition and note, whether one is
//! out, "Repaired" for a damaged one, changing one, and adding one.

use leptos::prelude::*;
use model::sportotek::{Condition, CopyEdit, StaffCopy, StaffItem};
use ui::i18n::use_i18n;

use super::{condition_label, kind_label, ConditionChip};
use crate::{
    api::{self, Failure},
    components::FailureNotice,
    forms::{FieldNote, Problems},
    session::use_session,
};

/// A change to one copy (`Some` id) or a new one, as the form typed it.
type CopySave = (Option<i64>, CopyEdit);

/// Saves or adds a copy, then reads the item again.
fn copy_action(item: RwSignal<StaffItem>, problems: Problems) -> Action<CopySave, Result<(), Failure>> {
    let session = use_session();
    Action::new_local(move |(copy, edit): &CopySave| {
        let (copy, edit, municipality, id) = (*copy, edit.clone(), session.working_on(), item.get_untracked().id);
        async move {
            let result = async {
                let municipality = municipality?;
                match copy {
                    Some(copy) => api::save_copy(&municipality, copy, &edit).await?,
                    None => {
                        api::add_copy(&municipality, id, &edit).await?;
                    }
                }
                item.set(api::sportotek_item(&municipality, id).await?);
                Ok(())
            }
            .await;
            problems.set(result.as_ref().err().map(|f: &Failure| f.fields.clone()).unwrap_or_default());
            result
        }
    })
}

#[component]
pub fn CopyList(item: RwSignal<StaffItem>) -> impl IntoView {
    let i18n = use_i18n();
    let problems: Problems = RwSignal::new(Vec::new());
    let save = copy_action(item, problems);
    let editing = RwSignal::new(None::<i64>);
    Effect::new(move |_| {
        if save.value().with(|v| matches!(v, Some(Ok(())))) {
            editing.set(None);
        }
    });
    view! {
        <section class="copies" aria-labelledby="copies-heading">
            <h2 id="copies-heading">{i18n.tr("console-sportotek-copies")}</h2>
            {move || item.get().sizes.into_iter().map(|size| view! {
                <h3>{size.label.clone()}" · "<span class="hint">{move || i18n.t(&kind_label(size.kind))}</span></h3>
                {if size.copies.is_empty() {
                    view! { <p class="hint">{i18n.tr("console-sportotek-no-copies")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list copy-list" data-size=size.id>
                            {size.copies.into_iter().map(|copy| view! { <CopyRow copy save editing problems /> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }).collect_view()}
            <AddCopy item save problems />
            {move || save.value().get().and_then(Result::err).filter(|f| f.fields.is_empty()).map(|failure| view! { <FailureNotice failure /> })}
        </section>
    }
}

#[component]
fn CopyRow(
    copy: StaffCopy,
    save: Action<CopySave, Result<(), Failure>>,
    editing: RwSignal<Option<i64>>,
    problems: Problems,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = copy.id;
    let repaired = CopyEdit {
        size_id: copy.size_id,
        inventory_number: copy.inventory_number.clone(),
        condition: Condition::Fine,
        note: String::new(),
    };
    let damaged = copy.condition == Condition::Damaged;
    let stored = StoredValue::new(copy.clone());
    view! {
        <li class="copy-row" data-copy=id data-number=copy.inventory_number.clone()>
            <div class="row-head">
                <bdi dir="ltr" class="copy-number">{copy.inventory_number.clone()}</bdi>
                <ConditionChip condition=copy.condition />
                {copy.lent_in.map(|_| view! { <span class="chip loan-lent">{i18n.tr("console-sportotek-state-lent")}</span> })}
                {(!copy.note.is_empty()).then(|| view! { <span class="copy-note">{copy.note.clone()}</span> })}
            </div>
            <div class="button-row">
                {damaged.then(|| view! {
                    <button type="button" class="copy-repaired" disabled=move || save.pending().get()
                        on:click=move |_| { save.dispatch((Some(id), repaired.clone())); }>{i18n.tr("console-sportotek-repaired")}</button>
                })}
                <button type="button" class="secondary copy-edit" aria-expanded=move || (editing.get() == Some(id)).to_string()
                    on:click=move |_| editing.update(|e| *e = if *e == Some(id) { None } else { Some(id) })>
                    {i18n.tr("console-sportotek-copy-change")}
                </button>
            </div>
            {move || (editing.get() == Some(id)).then(|| view! {
                <CopyFields prefix="copy-edit" copy=Some(stored.get_value()) sizes=None save problems />
            })}
        </li>
    }
}

/// "Add a copy": which size, its inventory number, condition and note.
#[component]
fn AddCopy(
    item: RwSignal<StaffItem>,
    save: Action<CopySave, Result<(), Failure>>,
    problems: Problems,
) -> impl IntoView {
    let i18n = use_i18n();
    let sizes =
        Signal::derive(move || item.with(|i| i.sizes.iter().map(|s| (s.id, s.label.clone())).collect::<Vec<_>>()));
    let has_sizes = Memo::new(move |_| sizes.with(|s| !s.is_empty()));
    view! {
        <h3>{i18n.tr("console-sportotek-copy-add")}</h3>
        // Drawn again only when the item gains its first size, so the size chosen stays
        // chosen from one copy to the next.
        {move || has_sizes.get().then(|| view! { <CopyFields prefix="copy" copy=None sizes=Some(sizes) save problems /> })}
    }
}

/// The fields of a copy, with ids `<prefix>-size` (new copies only), `-number`,
/// `-condition`, `-note` and the button `-save`.
#[component]
fn CopyFields(
    prefix: &'static str,
    copy: Option<StaffCopy>,
    sizes: Option<Signal<Vec<(i64, String)>>>,
    save: Action<CopySave, Result<(), Failure>>,
    problems: Problems,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = copy.as_ref().map(|c| c.id);
    let first_size = sizes.and_then(|s| s.get_untracked().first().map(|(id, _)| *id));
    let size = RwSignal::new(copy.as_ref().map(|c| c.size_id).or(first_size).unwrap_or_default().to_string());
    let number = RwSignal::new(copy.as_ref().map(|c| c.inventory_number.clone()).unwrap_or_default());
    let condition = RwSignal::new(copy.as_ref().map_or(Condition::Fine, |c| c.condition));
    let note = RwSignal::new(copy.as_ref().map(|c| c.note.clone()).unwrap_or_default());
    let field_id = move |name: &str| format!("{prefix}-{name}");
    let submit = move || {
        let edit = CopyEdit {
            size_id: size.get_untracked().parse().unwrap_or_default(),
            inventory_number: number.get_untracked().trim().to_owned(),
            condition: condition.get_untracked(),
            note: note.get_untracked().trim().to_owned(),
        };
        let found = edit.problems();
        problems.set(found.clone());
        if found.is_empty() {
            save.dispatch((id, edit));
            if id.is_none() {
                number.set(String::new());
                note.set(String::new());
            }
        }
    };
    view! {
        <form class="stack copy-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            {sizes.map(|sizes| view! {
                <label for=field_id("size")>{i18n.tr("console-sportotek-size")}</label>
                <select id=field_id("size") bind:value=size>
                    {move || sizes.get().into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                </select>
            })}
            <label for=field_id("number")>{i18n.tr("console-sportotek-inventory-number")}</label>
            <input id=field_id("number") bind:value=number maxlength="30" dir="ltr" autocomplete="off" required />
            <FieldNote problems field="inventory_number" />
            <label for=field_id("condition")>{i18n.tr("console-sportotek-condition")}</label>
            <select id=field_id("condition") on:change=move |ev| if let Some(c) = Condition::from_code(&event_target_value(&ev)) { condition.set(c) }>
                {Condition::ALL.iter().map(|&c| view! {
                    <option value=c.code() selected=move || condition.get() == c>{move || i18n.t(&condition_label(c))}</option>
                }).collect_view()}
            </select>
            <label for=field_id("note")>{i18n.tr("console-sportotek-note")}</label>
            <input id=field_id("note") bind:value=note maxlength="300" />
            <FieldNote problems field="note" />
            <button type="submit" id=field_id("save") disabled=move || save.pending().get()>
                {i18n.tr(if id.is_some() { "console-save" } else { "console-sportotek-copy-add" })}
            </button>
        </form>
    }
}
