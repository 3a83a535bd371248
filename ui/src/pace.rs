//! A page's first drawing in steps, each a task of its own, so that a slow phone answers
//! a tap or a scroll between them rather than after the whole page: the language's
//! texts, the content, the bars around it, the filters, the results (`bench/tasks.sh`
//! shows the tasks). The take-over ([`crate::mount`]) waits until every step is
//! [`settled`], so the reader never sees a page half drawn in place of the server's.

use std::{cell::Cell, time::Duration};

use leptos::prelude::*;

thread_local! {
    /// Steps ([`Later`]) still to draw.
    static UNSETTLED: Cell<u32> = const { Cell::new(0) };
    /// The first drawing of a filled page is under way: its steps are marked.
    static FIRST_DRAWING: Cell<bool> = const { Cell::new(true) };
}

/// The app has taken the page over (or had no filled page to take): its steps are no
/// longer marked, so a long visit does not pile up marks in the browser's timeline.
pub(crate) fn first_drawing_over() {
    FIRST_DRAWING.with(|first| first.set(false));
}

/// Marks a step of the first drawing, for `bench/tasks.sh`.
fn mark_step(name: &str) {
    if FIRST_DRAWING.with(Cell::get) {
        crate::mark(name);
    }
}

/// No step is left to draw.
pub fn settled() -> bool {
    UNSETTLED.with(Cell::get) == 0
}

/// Lets the browser run what waits (input, painting, other tasks) before going on: in
/// a page's first drawing, between the steps that each cost a slow phone tens of ms.
/// The future is `Send` (as `Suspend` asks) only in name: the browser's one thread polls it.
pub fn a_task() -> impl std::future::Future<Output = ()> + Send {
    send_wrapper::SendWrapper::new(async {
        crate::sleep(0).await;
        mark_step("v-a-task");
    })
}

/// Lets the browser run what waits (input, painting, other tasks) before `then`.
fn after_a_task(then: impl FnOnce() + 'static) {
    set_timeout(then, Duration::ZERO);
}

/// `children` drawn a task after the view around them: for a part of a page's first
/// drawing that does not need to come first (the bars around the content, the filters
/// above the results).
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    UNSETTLED.with(|n| n.set(n.get() + 1));
    after_a_task(move || {
        // A page left before its turn is dropped with its signal, and counts as settled.
        mark_step("v-later");
        let _ = ready.try_set(true);
        UNSETTLED.with(|n| n.set(n.get().saturating_sub(1)));
    });
    move || ready.get().then(|| children())
}
