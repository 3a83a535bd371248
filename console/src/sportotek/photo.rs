//! An item's or a guide's photo: what newcomers see now, and choosing a new file. The file goes to
//! the server as it is; the server's refusal (not an image, too many pixels, broken)
//! comes back translated. A file over the server's limit is refused here, unsent.

use leptos::prelude::*;
use model::sportotek::{Photo, PHOTO_WIDTHS};
use ui::i18n::use_i18n;
use wasm_bindgen::JsCast;

use crate::api::{self, Failure};

/// The server's limit on an upload (`PHOTO_BODY_BYTES`).
const MAX_BYTES: f64 = 12.0 * 1024.0 * 1024.0;

/// Why a file of `bytes` is not sent, as a message id; 413 from the server says the same.
pub fn size_problem(bytes: f64) -> Option<&'static str> {
    if bytes <= 0.0 {
        Some("error-photo-not-image")
    } else if bytes > MAX_BYTES {
        Some("console-sportotek-photo-too-large")
    } else {
        None
    }
}

/// The server's refusal, with "too large" in words about photos rather than requests.
fn explained(failure: Failure) -> Failure {
    if failure.status == 413 {
        Failure { message_id: "console-sportotek-photo-too-large".into(), ..failure }
    } else {
        failure
    }
}

/// `srcset` for a stored photo: every width it is served in.
pub fn srcset(photo: &Photo) -> String {
    let widths = if photo.widths.is_empty() { PHOTO_WIDTHS.to_vec() } else { photo.widths.clone() };
    widths.iter().map(|w| format!("{} {w}w", api::photo_url(photo, *w))).collect::<Vec<_>>().join(", ")
}

#[component]
/// `path` is where the file goes (`api::item_photo_path`, `api::guide_photo_path`);
/// `shown` names, for a screen reader, the photo as newcomers see it.
pub fn PhotoUpload(path: String, photo: Option<Photo>, shown: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let photo = RwSignal::new(photo);
    let upload = Action::new_local(move |file: &web_sys::File| {
        let (file, path) = (file.clone(), path.clone());
        async move {
            if let Some(id) = size_problem(file.size()) {
                return Err(Failure { status: 422, code: "invalid".into(), message_id: id.into(), fields: vec![] });
            }
            let stored = api::upload_photo(&path, &file).await.map_err(explained)?;
            photo.set(Some(stored));
            Ok(())
        }
    });
    let chosen = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(web_sys::HtmlInputElement::files).and_then(|files| files.get(0)) {
            upload.dispatch(file);
        }
        // The same file again is a new choice.
        if let Some(input) = input {
            input.set_value("");
        }
    };
    view! {
        <section class="item-photo" aria-labelledby="photo-heading">
            <h2 id="photo-heading">{i18n.tr("console-sportotek-photo")}</h2>
            {move || match photo.get() {
                Some(p) => view! {
                    <img id="item-photo-current" src=api::photo_url(&p, PHOTO_WIDTHS[1]) srcset=srcset(&p) sizes="(min-width: 40rem) 20rem, 60vw"
                        alt=i18n.t(shown) loading="lazy" />
                }.into_any(),
                None => view! { <p class="hint">{i18n.tr("console-sportotek-no-photo")}</p> }.into_any(),
            }}
            <label for="item-photo">{i18n.tr("console-sportotek-photo-choose")}</label>
            <input id="item-photo" type="file" accept="image/jpeg,image/png,image/webp"
                aria-describedby="item-photo-hint" on:change=chosen />
            <p class="hint" id="item-photo-hint">{i18n.tr("console-sportotek-photo-hint")}</p>
            <Show when=move || upload.pending().get()><p class="loading" role="status">{i18n.tr("console-sportotek-photo-sending")}</p></Show>
            {move || upload.value().get().map(|result| match result {
                Ok(()) => view! { <p class="notice" role="status" id="photo-saved">{i18n.tr("console-sportotek-photo-saved")}</p> }.into_any(),
                Err(failure) => {
                    // The refusal names the photo as its one field: its message is the whole story.
                    let id = failure.fields.first().map_or(failure.message_id, |f| f.message_id.clone());
                    view! { <p class="notice error" role="alert" id="photo-error">{move || i18n.t(&id)}</p> }.into_any()
                }
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_twelve_megabytes_or_an_empty_one_is_not_sent() {
        assert_eq!(size_problem(0.0), Some("error-photo-not-image"));
        assert_eq!(size_problem(3.5 * 1024.0 * 1024.0), None);
        assert_eq!(size_problem(MAX_BYTES), None);
        assert_eq!(size_problem(20.0 * 1024.0 * 1024.0), Some("console-sportotek-photo-too-large"));
    }

    #[test]
    fn the_servers_too_large_speaks_of_the_photo_and_other_refusals_stay_as_they_are() {
        let refused =
            |status: u16, id: &str| Failure { status, code: "x".into(), message_id: id.into(), fields: vec![] };
        assert_eq!(explained(refused(413, "error-body-too-large")).message_id, "console-sportotek-photo-too-large");
        assert_eq!(explained(refused(422, "error-invalid")).message_id, "error-invalid");
    }

    #[test]
    fn a_photo_is_offered_in_every_width_it_is_stored_in() {
        let photo = Photo { id: "0123456789abcdef".into(), widths: vec![160, 320] };
        assert_eq!(
            srcset(&photo),
            "/api/sportotek/photos/0123456789abcdef/160 160w, /api/sportotek/photos/0123456789abcdef/320 320w"
        );
    }
}
