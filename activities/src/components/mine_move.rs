//! Moving a family's things to a new phone without an account: one QR code, or one
//! link, that carries the codes and nothing else. The codes ride in the link's fragment
//! (`#add=…`), which a browser never sends to a server; the new phone looks each up.

use leptos::prelude::*;
use model::mine::{move_fragment, MINE_PATH};
use ui::{i18n::use_i18n, qr::QrImage};

use crate::mine::Kept;

#[component]
pub fn MoveToPhone(kept: RwSignal<Kept>) -> impl IntoView {
    let i18n = use_i18n();
    let origin = window().location().origin().unwrap_or_default();
    let link = Memo::new(move |_| {
        let codes = kept.with(Kept::codes);
        (!codes.is_empty()).then(|| format!("{origin}{MINE_PATH}#{}", move_fragment(&codes)))
    });
    move || {
        link.get().map(|link| {
            view! {
                <section class="mine-move" id="mine-move" aria-labelledby="mine-move-heading">
                    <h2 id="mine-move-heading">{i18n.tr("mine-move-heading")}</h2>
                    <p>{i18n.tr("mine-move-intro")}</p>
                    <p class="notice" id="mine-move-privacy">{i18n.tr("mine-move-privacy")}</p>
                    <div class="mine-qr">
                        <QrImage text=link.clone() label=i18n.t("mine-move-qr") />
                    </div>
                    <p><a id="mine-move-link" href=link.clone() dir="ltr">{i18n.tr("mine-move-link")}</a></p>
                    <p class="hint">{i18n.tr("mine-move-hint")}</p>
                </section>
            }
        })
    }
}
