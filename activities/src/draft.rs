//! What the Sportotek's reserve form and the guides' booking form hold for one request:
//! the typed values, the attempt's key and the problems shown, and how the request is
//! sent, once at a time with the key kept for a retry, so a lost answer never books twice.

use std::{future::Future, rc::Rc};

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use model::FieldError;
use ui::fetch::Failure;

use crate::components::Entry;

/// A form's field, as a problem from the model or the server names it.
pub trait FormField: Copy + PartialEq + Send + Sync + 'static {
    fn of(problem: &FieldError) -> Self;
    /// The message id to show for `problem`, in the form's own words.
    fn message(problem: &FieldError) -> String;
}

/// A form's typed values `T`, whose problems name fields `F`.
pub struct Draft<T: Send + Sync + 'static, F> {
    pub typed: RwSignal<T>,
    /// Made once per attempt: kept for a retry, dropped when the reader changes anything.
    key: RwSignal<Option<String>>,
    pub problems: RwSignal<Vec<FieldError>>,
    field: std::marker::PhantomData<F>,
}

impl<T: Send + Sync + 'static, F> Clone for Draft<T, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static, F> Copy for Draft<T, F> {}

impl<T: Send + Sync + 'static, F: FormField> Draft<T, F> {
    pub fn new(typed: T) -> Self {
        Draft {
            typed: RwSignal::new(typed),
            key: RwSignal::new(None),
            problems: RwSignal::new(vec![]),
            field: std::marker::PhantomData,
        }
    }

    pub fn edit(self, change: impl FnOnce(&mut T)) {
        self.typed.update(change);
        self.key.set(None);
    }

    pub fn problem(self, field: F) -> Signal<Option<String>> {
        let problems = self.problems;
        Signal::derive(move || problems.with(|p| p.iter().find(|p| F::of(p) == field).map(F::message)))
    }

    pub fn invalid(self, field: F) -> impl Fn() -> String + Copy + Send + Sync {
        let problem = self.problem(field);
        move || problem.with(Option::is_some).to_string()
    }

    /// A text field, for `ContactFields`.
    pub fn entry(
        self,
        field: F,
        read: fn(&T) -> &String,
        write: fn(&mut T) -> &mut String,
    ) -> Entry<impl Fn() -> String + Copy + Send + Sync, impl Fn(String) + Copy, impl Fn() -> String + Copy + Send + Sync>
    {
        let typed = self.typed;
        Entry {
            value: move || typed.with(|t| read(t).clone()),
            set: move |v| self.edit(|t| *write(t) = v),
            problem: self.problem(field),
            invalid: self.invalid(field),
        }
    }

    /// The form's submit handler. `build` makes the request with the attempt's key, or
    /// finds the problems the phone can see; `send` sends it and `answered` takes the answer.
    pub fn submit<R, A, Fut>(
        self,
        pending: RwSignal<bool>,
        build: impl Fn(&T, &str) -> Result<R, Vec<FieldError>> + 'static,
        send: impl Fn(R) -> Fut + 'static,
        answered: impl Fn(A) + 'static,
    ) -> impl Fn(SubmitEvent) + 'static
    where
        Fut: Future<Output = A> + 'static,
    {
        let answered = Rc::new(answered);
        move |event: SubmitEvent| {
            event.prevent_default();
            if pending.get_untracked() {
                return;
            }
            let attempt = self.key.get_untracked().unwrap_or_else(fresh_key);
            self.key.set(Some(attempt.clone()));
            match self.typed.with_untracked(|t| build(t, &attempt)) {
                Ok(request) => {
                    self.problems.set(vec![]);
                    pending.set(true);
                    let (answer, answered) = (send(request), answered.clone());
                    spawn_local(async move {
                        let answer = answer.await;
                        pending.set(false);
                        answered(answer);
                    });
                }
                Err(found) => self.problems.set(found),
            }
        }
    }

    /// The problems to show for a request that failed: the server's, each on its field,
    /// or one for the whole form (`offline` when no answer came at all). A key the server
    /// has seen with another request is dropped, so the next attempt makes a new one.
    pub fn refused(self, failure: &Failure, offline: &'static str) -> Vec<FieldError> {
        if failure.message_id() == "error-idempotency-key-reused" {
            self.key.set(None);
        }
        let mut found = failure.fields.clone();
        if found.is_empty() {
            // No answer at all: the key stays, so pressing again cannot book twice.
            let id = if failure.is_offline() { offline } else { failure.message_id() };
            found.push(FieldError::new("", id));
        }
        found
    }
}

fn fresh_key() -> String {
    new_key(js_sys::Date::now(), [js_sys::Math::random(), js_sys::Math::random()])
}

/// A fresh idempotency key from the time and two random draws: unique enough that two
/// attempts never share one, and made again only for a new attempt.
fn new_key(millis: f64, random: [f64; 2]) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // both are within u64
    let [a, b] = random.map(|r| (r * 9_007_199_254_740_992.0) as u64);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let millis = millis as u64;
    format!("r-{millis:011x}-{a:013x}-{b:013x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_what_the_server_accepts_and_differs_between_attempts() {
        let one = new_key(1_764_000_000_000.0, [0.123_456_789, 0.987_654_321]);
        let two = new_key(1_764_000_000_000.0, [0.123_456_788, 0.987_654_321]);
        for key in [&one, &two, &new_key(0.0, [0.0, 0.0]), &new_key(f64::MAX, [0.999_999_999_999, 1.0])] {
            assert!(
                (8..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{key}"
            );
        }
        assert_ne!(one, two);
    }
}
