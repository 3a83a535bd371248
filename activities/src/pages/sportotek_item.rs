//! One thing to borrow: its photo and description, each size with the next days it can
//! be picked up and for how long, the form to reserve it, and where the Sportotek is and
//! when it is open. Its texts are plain: the page is built anew when the language
//! changes, as its answer is.

use leptos::prelude::*;
use model::sportotek::{ItemPage, SizeAvailability};
use ui::location::use_params_map;
use ui::{
    components::{ErrorNotice, Loading, SavedCopy},
    fetch::Fetched,
    i18n::use_i18n,
};
use wasm_bindgen::JsCast as _;

use super::NotFound;
use crate::{
    api::{self, photo_sources},
    app::{use_last_catalogue, use_place},
    components::{hours, size_ages, Form, PlaceBlock, ReserveForm},
};

/// Pickup days shown per size; the form offers them all.
const DAYS_SHOWN: usize = 2;

#[component]
pub fn SportotekItemPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = use_place().municipality.slug;
    let last_catalogue = use_last_catalogue();
    let id = Memo::new(move |_| params.read().get("id").and_then(|id| id.parse::<i64>().ok()));
    let item = LocalResource::new(move || {
        let (slug, lang, id) = (slug.clone(), i18n.language(), id.get());
        async move {
            match id {
                Some(id) => api::sportotek_item(&slug, id, lang).await.map(Some),
                None => Ok(None),
            }
        }
    });
    view! {
        <a href=move || last_catalogue.get() class="back-link">{i18n.tr("sportotek-title")}</a>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match item.await {
                    Ok(Some(fetched)) => view! { <ItemView fetched /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(failure) if failure.is_not_found() => view! { <NotFound /> }.into_any(),
                    Err(failure) => view! { <ErrorNotice failure /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ItemView(fetched: Fetched<ItemPage>) -> impl IntoView {
    let i18n = use_i18n();
    let ItemPage { id, category, requested_lang, lang, name, description, photo, sizes, place, today, .. } =
        fetched.value;
    let reservable = sizes.iter().any(|s| !s.pickup_days.is_empty());
    let form = Form::new(sizes.clone());
    let picture = photo.map(|photo| {
        let (src, srcset) = photo_sources(&photo, 640);
        view! {
            <img class="item-photo" src=src srcset=srcset sizes="(min-width: 46rem) 44rem, calc(100vw - 2rem)"
                width="640" height="480" alt="" />
        }
    });
    let reserve_title = i18n.with("sportotek-reserve-title", "item", name.clone());
    view! {
        <article class="sportotek-item">
            <h1 lang=lang.code()>{name}</h1>
            <SavedCopy saved_at=fetched.saved_at />
            {(lang != requested_lang).then(|| view! { <p class="notice">{i18n.t("sportotek-in-swedish")}</p> })}
            {picture}
            <p class="chips"><span class="chip">{i18n.t(&format!("sportotek-category-{}", category.code()))}</span></p>
            {(!description.is_empty()).then(|| view! { <p class="description" lang=lang.code()>{description}</p> })}
            <h2>{i18n.t("sportotek-sizes-heading")}</h2>
            <ul class="card-list size-list">
                {sizes.into_iter().map(|size| view! { <SizeLine size form /> }).collect_view()}
            </ul>
            {reservable.then(|| view! {
                <section class="reserve" aria-labelledby="reserve-heading">
                    <h2 id="reserve-heading">{reserve_title}</h2>
                    <p class="intro">{i18n.t("sportotek-reserve-intro")}</p>
                    <ReserveForm item_id=id form />
                </section>
            })}
            <PlaceBlock place today />
        </article>
    }
}

/// Brings the form into view at its day field, once a size's button chose the size.
fn go_to_day_field() {
    if let Some(field) = document().get_element_by_id("reserve-day") {
        field.scroll_into_view();
        let _ = field.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// One size: its ages and copies, the next pickup days, and the button to reserve it.
#[component]
fn SizeLine(size: SizeAvailability, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let SizeAvailability { id, label, age_from, age_to, copies, pickup_days, .. } = size;
    let copies = i18n.count("sportotek-copies", copies as usize);
    let facts = size_ages(i18n, age_from, age_to).map_or(copies.clone(), |ages| format!("{ages} · {copies}"));
    let days: Vec<String> = pickup_days
        .iter()
        .take(DAYS_SHOWN)
        .map(|p| {
            let when = i18n
                .args("sportotek-pickup-day", &[("day", i18n.day(p.day)), ("hours", hours(i18n, p.opens, p.closes))]);
            format!("{when} · {}", i18n.count("sportotek-keep-days", usize::from(p.keep_days)))
        })
        .collect();
    let reserve = (!days.is_empty()).then(|| {
        let text = i18n.with("sportotek-reserve-size", "size", label.clone());
        view! {
            <button type="button" class="reserve-size" on:click=move |_| { form.choose_size(id); go_to_day_field(); }>{text}</button>
        }
    });
    view! {
        <li class="card size" id=format!("size-{id}")>
            <h3>{label}</h3>
            <p class="size-facts">{facts}</p>
            {days.is_empty().then(|| view! { <p><span class="chip warn">{i18n.t("sportotek-not-free")}</span></p> })}
            {(!days.is_empty()).then(|| view! { <p class="pickup-heading">{i18n.t("sportotek-next-days")}</p> })}
            <ul class="pickup-days">{days.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            {reserve}
        </li>
    }
}
