//! A printed voucher card: the code in groups of four, a QR code that opens the
//! balance page with the code, the amount and when it is valid, the child's first name,
//! and a few words on what it is in each of the five languages, whatever language the
//! console is in.

use std::{cell::RefCell, collections::HashMap, rc::Rc};

use leptos::prelude::*;
use model::{i18n::Localizer, vouchers::StaffVoucher, Language};

use ui::qr::QrImage;

use super::CodeText;
use crate::intl;

thread_local! {
    static LOCALIZERS: RefCell<HashMap<Language, Rc<Localizer>>> = RefCell::new(HashMap::new());
}

/// The console's texts in `language`, built once per language.
fn localizer(language: Language) -> Rc<Localizer> {
    LOCALIZERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(language)
            .or_insert_with(|| Rc::new(Localizer::with_files(language, &["console"])))
            .clone()
    })
}

fn say(language: Language, id: &str, args: &[(&'static str, String)]) -> String {
    localizer(language).format_texts(id, args)
}

/// What the QR code holds: the balance page with the code in the fragment, which the
/// browser never sends to the server.
pub fn card_link(origin: &str, code: &str) -> String {
    let bare: String = code.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("{origin}/activities/voucher#{bare}")
}

#[component]
pub fn VoucherCard(voucher: StaffVoucher, origin: String) -> impl IntoView {
    let sv = Language::SOURCE;
    let until = voucher.valid_until.to_string();
    let link = card_link(&origin, &voucher.code);
    let amount = intl::money(voucher.amount_ore, sv);
    view! {
        <article class="voucher-card" lang=sv.code() dir="ltr" data-voucher=voucher.id>
            <div class="card-top">
                <div class="card-facts">
                    <p class="card-kind">{say(sv, "console-card-title", &[("year", voucher.year.to_string())])}</p>
                    <p class="card-name">{voucher.first_name}</p>
                    <p class="card-amount">{amount}</p>
                    <p class="card-valid">
                        {say(sv, "console-voucher-validity", &[("from", voucher.valid_from.to_string()), ("until", until.clone())])}
                    </p>
                    <p class="card-code"><CodeText code=voucher.code /></p>
                </div>
                <QrImage text=link label=say(sv, "console-card-qr", &[]) />
            </div>
            <ul class="card-explanations">
                {Language::all().map(|language| {
                    let text = say(language, "console-card-explanation", &[
                        ("amount", intl::money(voucher.amount_ore, language)),
                        ("until", until.clone()),
                    ]);
                    view! { <li lang=language.code() dir=language.direction().as_str()>{text}</li> }
                }).collect_view()}
            </ul>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cards_link_holds_the_code_without_dashes_after_the_hash() {
        assert_eq!(
            card_link("https://granviken.example", "7KQ2-M9XD-4TRF-HJ"),
            "https://granviken.example/activities/voucher#7KQ2M9XD4TRFHJ"
        );
    }

    #[test]
    fn the_explanation_is_written_in_every_language() {
        let texts: Vec<String> = Language::all()
            .map(|l| say(l, "console-card-explanation", &[("amount", "500 kr".into()), ("until", "2026-12-31".into())]))
            .collect();
        for (language, text) in Language::all().zip(&texts) {
            assert!(!text.contains("console-card-explanation"), "{language} lacks the explanation");
            assert!(text.contains("500 kr") && text.contains("2026-12-31"), "{language}: {text}");
        }
        let distinct: std::collections::HashSet<_> = texts.iter().collect();
        assert_eq!(distinct.len(), texts.len(), "each language its own words");
    }
}
