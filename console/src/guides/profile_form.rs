//! A guide's profile: first name, languages, topics, meetings a week, and a few words
//! about themself in each language they write in.

use std::collections::BTreeMap;

use leptos::prelude::*;
use model::{activities::SPOKEN_LANGUAGES, guides::ProfileEdit, FieldError, Language};
use ui::i18n::use_i18n;

use super::{LanguageChecks, TopicChecks};
use crate::{
    api,
    components::FailureNotice,
    forms::{focus_first_problem, ProblemSummary, Problems, TextField},
    session::use_session,
};

/// The profile as typed: languages in the list's order, texts left empty dropped, or
/// every problem under its field.
pub fn read_profile(
    first_name: &str,
    languages: &[String],
    mut profile: ProfileEdit,
    about: Vec<(Language, String)>,
    per_week: &str,
) -> Result<ProfileEdit, Vec<FieldError>> {
    first_name.trim().clone_into(&mut profile.first_name);
    profile.languages =
        SPOKEN_LANGUAGES.iter().filter(|c| languages.iter().any(|l| l == *c)).map(|c| (*c).to_owned()).collect();
    profile.topics.sort();
    profile.about = about
        .into_iter()
        .map(|(lang, text)| (lang, text.trim().to_owned()))
        .filter(|(_, text)| !text.is_empty())
        .collect::<BTreeMap<_, _>>();
    let mut problems = Vec::new();
    match per_week.trim().parse::<u8>() {
        Ok(n) => profile.per_week = n,
        Err(_) => problems.push(FieldError::new("per_week", "error-guide-per-week")),
    }
    let rules: Vec<FieldError> =
        profile.problems().into_iter().filter(|p| !problems.iter().any(|q| q.field == p.field)).collect();
    problems.extend(rules);
    if problems.is_empty() {
        Ok(profile)
    } else {
        Err(problems)
    }
}

#[component]
pub fn ProfileForm(profile: Option<ProfileEdit>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let first = profile.is_none();
    let profile = profile.unwrap_or(ProfileEdit {
        first_name: String::new(),
        languages: vec![],
        topics: vec![],
        about: BTreeMap::new(),
        per_week: 2,
    });
    let first_name = RwSignal::new(profile.first_name.clone());
    let languages = RwSignal::new(profile.languages.clone());
    let topics = RwSignal::new(profile.topics.clone());
    let per_week = RwSignal::new(profile.per_week.to_string());
    let about: Vec<(Language, RwSignal<String>)> =
        Language::all().map(|l| (l, RwSignal::new(profile.about.get(&l).cloned().unwrap_or_default()))).collect();
    let about = StoredValue::new(about);
    let problems: Problems = RwSignal::new(Vec::new());
    let saved = RwSignal::new(false);
    let save = Action::new_local(move |edit: &ProfileEdit| {
        let (edit, municipality) = (edit.clone(), session.working_on());
        async move {
            let result = async { api::save_guide_profile(&municipality?, &edit).await }.await;
            saved.set(result.is_ok());
            if let Err(failure) = &result {
                problems.set(failure.fields.clone());
                focus_first_problem();
            }
            result
        }
    });
    let submit = move || {
        saved.set(false);
        let texts = about.with_value(|all| all.iter().map(|(l, text)| (*l, text.get_untracked())).collect());
        let typed = ProfileEdit { topics: topics.get_untracked(), ..profile.clone() };
        match read_profile(
            &first_name.get_untracked(),
            &languages.get_untracked(),
            typed,
            texts,
            &per_week.get_untracked(),
        ) {
            Ok(edit) => {
                problems.set(Vec::new());
                save.dispatch(edit);
            }
            Err(found) => {
                problems.set(found);
                focus_first_problem();
            }
        }
    };
    view! {
        {first.then(|| view! { <p class="intro">{i18n.tr("console-guide-profile-intro")}</p> })}
        <form class="stack guide-profile" id="guide-profile" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <ProblemSummary problems />
            <TextField id="first-name" label="console-guide-first-name" value=first_name problems field="first_name"
                autocomplete="given-name" hint="console-guide-first-name-hint" required=true />
            <LanguageChecks languages problems />
            <TopicChecks topics problems />
            <TextField id="per-week" label="console-guide-per-week" value=per_week problems field="per_week"
                kind="number" inputmode="numeric" hint="console-guide-per-week-hint" required=true />
            <fieldset class="choices texts" id="about">
                <legend>{i18n.tr("console-guide-about")}</legend>
                <p class="hint">{i18n.tr("console-guide-about-hint")}</p>
                {about.get_value().into_iter().map(|(language, value)| {
                    view! {
                        <AboutField id=format!("about-{}", language.code()) language value problems />
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" id="guide-profile-save" disabled=move || save.pending().get()>{i18n.tr("console-save")}</button>
            <Show when=move || saved.get()><p class="notice" role="status">{i18n.tr("console-saved")}</p></Show>
            {move || save.value().get().and_then(Result::err).filter(|f| f.fields.is_empty()).map(|failure| view! { <FailureNotice failure /> })}
        </form>
    }
}

/// The text in one language, labelled with the language's own name, written in its direction.
#[component]
fn AboutField(id: String, language: Language, value: RwSignal<String>, problems: Problems) -> impl IntoView {
    let field = format!("about.{}", language.code());
    let dir = language.direction().as_str();
    view! {
        <label for=id.clone() lang=language.code() dir=dir>{language.native_name()}</label>
        <textarea id=id rows="3" maxlength="1000" lang=language.code() dir=dir bind:value=value
            aria-invalid=crate::forms::invalid(problems, field.clone())
            aria-describedby=crate::forms::described(problems, field.clone(), None)></textarea>
        <crate::forms::FieldNote problems field />
    }
}

#[cfg(test)]
mod tests {
    use model::guides::Topic;

    use super::*;

    fn blank() -> ProfileEdit {
        ProfileEdit {
            first_name: String::new(),
            languages: vec![],
            topics: vec![Topic::ShowTheTown, Topic::PractiseSwedish],
            about: BTreeMap::new(),
            per_week: 1,
        }
    }

    #[test]
    fn a_typed_profile_keeps_the_lists_order_and_drops_empty_texts() {
        let languages = ["prs".to_owned(), "sv".to_owned()];
        let about = vec![(Language::Sv, " Jag gillar promenader. ".to_owned()), (Language::Ar, "  ".to_owned())];
        let read = read_profile(" Farid ", &languages, blank(), about, "3").unwrap();
        assert_eq!(read.first_name, "Farid");
        assert_eq!(read.languages, ["sv", "prs"]);
        assert_eq!(read.topics, [Topic::PractiseSwedish, Topic::ShowTheTown]);
        assert_eq!(read.about, BTreeMap::from([(Language::Sv, "Jag gillar promenader.".to_owned())]));
        assert_eq!(read.per_week, 3);
    }

    #[test]
    fn meetings_a_week_that_are_no_number_or_too_many_are_named_once() {
        for typed in ["", "två", "300", "0", "21"] {
            let problems = read_profile("Farid", &["sv".to_owned()], blank(), vec![], typed).unwrap_err();
            let found: Vec<(&str, &str)> = problems.iter().map(|p| (p.field.as_str(), p.message_id.as_str())).collect();
            assert_eq!(found, [("per_week", "error-guide-per-week")], "{typed:?}");
        }
    }
}
