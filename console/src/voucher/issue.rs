//! Issuing vouchers: one child at a time at the desk, or a whole register as a CSV file.

use leptos::{prelude::*, task::spawn_local};
use model::{
    vouchers::{ImportReport, ImportRequest, IssueRequest, VoucherYear},
    FieldError,
};
use ui::i18n::use_i18n;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::CodeText;
use crate::{
    api,
    components::FailureNotice,
    forms::{focus_first_problem, ProblemSummary, TextField},
    session::use_session,
};

/// One child's voucher: first name, birth year and a way to reach the family.
#[component]
pub fn IssueForm(
    year: i32,
    #[prop(into)] terms: Signal<Option<VoucherYear>>,
    on_issued: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let first_name = RwSignal::new(String::new());
    let birth_year = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::new());
    let issue = Action::new_local(move |request: &IssueRequest| {
        let request = request.clone();
        let municipality = session.working_on();
        async move {
            let result = async { api::issue_voucher(&municipality?, &request).await }.await;
            match &result {
                Ok(_) => {
                    first_name.set(String::new());
                    birth_year.set(String::new());
                    contact.set(String::new());
                    on_issued.run(());
                }
                Err(failure) => problems.set(failure.fields.clone()),
            }
            result
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(born) = birth_year.get_untracked().trim().parse::<i32>() else {
            problems.set(vec![FieldError::new("birth_year", "console-error-whole-number")]);
            return focus_first_problem();
        };
        let request = IssueRequest {
            year,
            first_name: first_name.get_untracked().trim().to_owned(),
            birth_year: born,
            guardian_contact: contact.get_untracked().trim().to_owned(),
        };
        let found = terms.get_untracked().map(|t| request.problems(&t)).unwrap_or_default();
        problems.set(found.clone());
        if found.is_empty() {
            issue.dispatch(request);
        } else {
            focus_first_problem();
        }
    };
    view! {
        <section aria-labelledby="issue-heading">
            <h2 id="issue-heading">{i18n.tr("console-issue-title")}</h2>
            <form class="stack" novalidate on:submit=submit>
                <ProblemSummary problems />
                <TextField id="issue-first-name" label="console-issue-first-name" value=first_name problems field="first_name"
                    autocomplete="off" required=true />
                <TextField id="issue-birth-year" label="console-issue-birth-year" value=birth_year problems field="birth_year"
                    inputmode="numeric" required=true />
                <TextField id="issue-contact" label="console-issue-contact" value=contact problems field="guardian_contact"
                    hint="console-issue-contact-hint" autocomplete="off" />
                <button type="submit" id="issue-submit" disabled=move || issue.pending().get()>{i18n.tr("console-issue-submit")}</button>
            </form>
            {move || issue.value().get().map(|result| match result {
                Ok(voucher) => view! {
                    <p class="notice issued" role="status" id="issued-code">
                        {i18n.with("console-issued", "name", voucher.first_name.clone())}" "
                        <CodeText code=voucher.code />
                    </p>
                }.into_any(),
                Err(failure) => view! { <FailureNotice failure /> }.into_any(),
            })}
        </section>
    }
}

/// The text of the file chosen in `input`, read in the browser: nothing is uploaded
/// until the person sends it.
async fn file_text(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Many vouchers at once from a CSV file (or pasted text), with every turned-down row.
#[component]
pub fn ImportForm(year: i32, on_imported: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let csv = RwSignal::new(String::new());
    let skip = RwSignal::new(false);
    let import = Action::new_local(move |request: &ImportRequest| {
        let request = request.clone();
        let municipality = session.working_on();
        async move {
            let result = async { api::import_vouchers(&municipality?, &request).await }.await;
            if matches!(&result, Ok(report) if report.imported > 0) {
                on_imported.run(());
            }
            result
        }
    });
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        spawn_local(async move {
            if let Some(text) = file_text(&input).await {
                csv.set(text);
            }
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        import.dispatch(ImportRequest { year, csv: csv.get_untracked(), skip_invalid: skip.get_untracked() });
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{i18n.tr("console-import-title")}</h2>
            <form class="stack" on:submit=submit>
                <p class="hint" id="import-hint">{i18n.tr("console-import-hint")}</p>
                <label for="import-file">{i18n.tr("console-import-file")}</label>
                <input id="import-file" type="file" accept=".csv,text/csv,text/plain" on:change=chosen aria-describedby="import-hint" />
                <label for="import-text">{i18n.tr("console-import-text")}</label>
                <textarea id="import-text" rows="6" dir="auto" bind:value=csv spellcheck="false"></textarea>
                <label class="check">
                    <input type="checkbox" id="import-skip" bind:checked=skip />
                    {i18n.tr("console-import-skip")}
                </label>
                <button type="submit" id="import-submit" disabled=move || import.pending().get() || csv.with(String::is_empty)>
                    {i18n.tr("console-import-submit")}
                </button>
            </form>
            {move || import.value().get().map(|result| match result {
                Ok(report) => view! { <ImportReportView report /> }.into_any(),
                Err(failure) => view! { <FailureNotice failure /> }.into_any(),
            })}
        </section>
    }
}

/// How many were imported, and each turned-down row with its line, column and reason.
#[component]
fn ImportReportView(report: ImportReport) -> impl IntoView {
    let i18n = use_i18n();
    let ImportReport { imported, rejected, .. } = report;
    // Without "skip rejected rows", one bad row keeps the whole file out.
    let turned_down = rejected.len();
    let summary = move || {
        if turned_down == 0 || imported > 0 {
            i18n.count("console-import-imported", imported)
        } else {
            i18n.count("console-import-nothing", turned_down)
        }
    };
    view! {
        <div id="import-report" class=if turned_down == 0 { "notice" } else { "notice warning" } role="status">
            <p>{summary}</p>
            {(turned_down > 0).then(|| view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=i18n.tr("console-import-title")>
                    <table>
                        <thead><tr>
                            <th>{i18n.tr("console-import-line")}</th>
                            <th>{i18n.tr("console-import-column")}</th>
                            <th>{i18n.tr("console-import-problem")}</th>
                        </tr></thead>
                        <tbody>
                            {rejected.into_iter().map(|row| view! {
                                <tr class="rejected-row">
                                    <td>{row.line}</td>
                                    <td><code>{row.field}</code></td>
                                    <td>{move || i18n.t(&row.message_id)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </div>
    }
}
