//! Reads the article aloud with the browser's speech synthesis, when the phone has a
//! voice for the language; otherwise the button is not there at all.

use leptos::prelude::*;
use model::Language;
use wasm_bindgen::JsCast as _;

use ui::i18n::use_i18n;

/// A voice of this phone for `language`.
pub fn voice_for(language: Language) -> Option<web_sys::SpeechSynthesisVoice> {
    let synth = window().speech_synthesis().ok()?;
    let wanted: &[&str] = match language {
        Language::Prs => &["prs", "fa"],
        other => &[other.code()],
    };
    synth.get_voices().iter().filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok()).find(|voice| {
        let tag = voice.lang().to_ascii_lowercase();
        wanted.iter().any(|w| tag == *w || tag.starts_with(&format!("{w}-")))
    })
}

#[component]
pub fn ReadAloud(lang: Language, text: String) -> impl IntoView {
    let i18n = use_i18n();
    let available = RwSignal::new(voice_for(lang).is_some());
    let speaking = RwSignal::new(false);
    // Voices arrive late on some browsers: look again when the list changes.
    if let Ok(synth) = window().speech_synthesis() {
        let handler = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || available.set(voice_for(lang).is_some()));
        synth.set_onvoiceschanged(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
    }
    on_cleanup(|| {
        if let Ok(synth) = window().speech_synthesis() {
            synth.cancel();
        }
    });
    let toggle = move |_| {
        let Ok(synth) = window().speech_synthesis() else { return };
        if speaking.get_untracked() {
            synth.cancel();
            speaking.set(false);
        } else if let (Some(voice), Ok(utterance)) =
            (voice_for(lang), web_sys::SpeechSynthesisUtterance::new_with_text(&text))
        {
            utterance.set_voice(Some(&voice));
            utterance.set_lang(&voice.lang());
            let done = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || speaking.set(false));
            utterance.set_onend(Some(done.as_ref().unchecked_ref()));
            done.forget();
            synth.speak(&utterance);
            speaking.set(true);
        }
    };
    view! {
        <Show when=move || available.get()>
            <button type="button" class="secondary" aria-pressed=move || speaking.get().to_string() on:click=toggle.clone()>
                {move || i18n.t(if speaking.get() { "article-stop-reading" } else { "article-read-aloud" })}
            </button>
        </Show>
    }
}
