//! Sends the redemptions the phone keeps: at once, every few seconds while any wait,
//! when the browser says the signal is back, and after the leader signs in again. What
//! is kept lives in `localStorage`, so a reload or a closed tab loses nothing; another tab
//! of the club sees each change.

use leptos::{prelude::*, task::spawn_local};
use model::vouchers::RedeemRequest;
use ui::storage;

use super::queue::{verdict, Kept, Outcome, Pending, Verdict};
use crate::{api, session::Session};

const STORE: &str = "club:redemptions";
/// How often the phone tries again while something waits.
const RETRY_MS: i32 = 8_000;

/// The kept redemptions as app-wide state.
#[derive(Clone, Copy)]
pub struct Queue {
    kept: RwSignal<Kept>,
    sending: RwSignal<bool>,
    /// The server asked for a signed-in leader before it takes what waits.
    pub sign_in_needed: RwSignal<bool>,
    session: Session,
}

impl Queue {
    pub fn pending(self) -> Vec<Pending> {
        self.kept.with(|k| k.pending.clone())
    }

    pub fn outcomes(self) -> Vec<Outcome> {
        self.kept.with(|k| k.outcomes.clone())
    }

    pub fn sending(self) -> bool {
        self.sending.get()
    }

    /// Keeps a confirmed redemption on the phone, then tries to send it.
    pub fn keep(self, association_id: i64, request: RedeemRequest) {
        let pending = Pending { association_id, request, typed_at: js_sys::Date::now() };
        self.change(|kept| kept.add(pending));
        self.send();
    }

    /// The leader has seen an answer.
    pub fn dismiss(self, key: &str) {
        self.change(|kept| kept.dismiss(key));
    }

    /// Every change starts from what is stored (another tab may have changed it) and is
    /// stored before it shows. Without a store (a private window that refuses one) the
    /// page's own copy is all there is.
    fn change(self, change: impl FnOnce(&mut Kept)) {
        let mut kept = match storage::get(STORE) {
            Some(stored) => Kept::parse(Some(&stored)),
            None => self.kept.get_untracked(),
        };
        change(&mut kept);
        storage::set(STORE, &kept.to_json());
        self.kept.set(kept);
    }

    /// Sends what waits, one at a time in the order typed, unless a sending is under way.
    pub fn send(self) {
        if self.sending.get_untracked() || self.kept.with_untracked(|k| k.pending.is_empty()) {
            return;
        }
        self.sending.set(true);
        spawn_local(async move {
            self.flush().await;
            self.sending.set(false);
        });
    }

    async fn flush(self) {
        // After a reload without signal nobody is signed in yet on this page, and a
        // change needs the session's CSRF token: ask who this is first.
        if self.session.me.with_untracked(Option::is_none) {
            match api::me().await {
                Ok(me) => self.session.sign_in(me),
                Err(failure) => {
                    self.sign_in_needed.set(verdict(failure.status, &failure.code) == Verdict::SignIn);
                    return;
                }
            }
        }
        self.sign_in_needed.set(false);
        while let Some(next) = self.kept.with_untracked(|k| k.pending.first().cloned()) {
            let key = next.key().to_owned();
            match api::redeem(next.association_id, &next.request).await {
                // A 201, or the 200 with the first receipt when the key was sent before.
                Ok(receipt) => self.change(|kept| kept.settle(Outcome::Paid { key, receipt })),
                Err(failure) => match verdict(failure.status, &failure.code) {
                    Verdict::Answered => self.change(|kept| {
                        kept.settle(Outcome::Refused {
                            key,
                            code: next.request.code.clone(),
                            amount_ore: next.request.amount_ore,
                            message_id: refusal_message(&failure),
                        });
                    }),
                    Verdict::TryLater => return,
                    Verdict::SignIn => {
                        self.sign_in_needed.set(true);
                        self.session.sign_out();
                        return;
                    }
                },
            }
        }
    }
}

/// The reason to show: the field's own when the server named one (a code that is no
/// card), else the answer's.
fn refusal_message(failure: &api::Failure) -> String {
    failure.fields.first().map_or_else(|| failure.message_id.clone(), |field| field.message_id.clone())
}

/// Starts the queue for the whole club: what the phone kept is read back and sent as soon
/// as it can be.
pub fn provide_queue(session: Session) -> Queue {
    let queue = Queue {
        kept: RwSignal::new(Kept::parse(storage::get(STORE).as_deref())),
        sending: RwSignal::new(false),
        sign_in_needed: RwSignal::new(false),
        session,
    };
    provide_context(queue);
    // The app lives as long as the page: the listeners and the timer are never removed.
    std::mem::forget(window_event_listener(leptos::ev::online, move |_| queue.send()));
    std::mem::forget(window_event_listener(leptos::ev::storage, move |_| {
        queue.kept.set(Kept::parse(storage::get(STORE).as_deref()));
    }));
    let retry = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || queue.send());
    let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
        wasm_bindgen::JsCast::unchecked_ref(retry.as_ref()),
        RETRY_MS,
    );
    retry.forget();
    // Signed in (again): what waited for it goes now.
    Effect::new(move |_| {
        if session.me.with(Option::is_some) {
            queue.send();
        }
    });
    queue
}

pub fn use_queue() -> Queue {
    expect_context::<Queue>()
}
