//! The staff console: a bundle of its own under `/staff/`, so a newcomer's phone never
//! downloads it.
#![forbid(unsafe_code)]

mod api;
mod app;
mod components;
mod pages;
mod session;

fn main() {
    let root = leptos::prelude::document().get_element_by_id("app").expect("index.html has #app");
    root.set_inner_html("");
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    leptos::mount::mount_to(root, app::App).forget();
}
