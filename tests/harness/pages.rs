//! Page objects: what a person does in the app, in the words of the app.

use fantoccini::{
    elements::Element,
    error::{CmdError, ErrorStatus, WebDriver},
    Client, Locator,
};

use crate::{find_text, text_containing, wait_until};

/// The app's own page is in place (`ui::waiting::DRAWN` on `<html>`). While the app
/// draws, its page is beside the server's, unseen and without that id (`ui::mount`); on a
/// page the server wrote whole, the app waits until the reader follows a link.
pub const APP_IN_PLACE: &str = "document.documentElement.dataset.app === 'drawn'";

/// The app waits on the page the server wrote whole (`ui::waiting::WAITING`).
pub const APP_WAITING: &str = "document.documentElement.dataset.app === 'waiting'";

/// The app has started: its page is in place, or it waits on the server's
/// (`ui::waiting::WAITING`).
pub const APP_STARTED: &str = "['drawn', 'waiting'].includes(document.documentElement.dataset.app)";

/// `condition` holds once the app has started, whether its page is in place or it waits.
pub fn started(condition: &str) -> String {
    format!("{condition} && {APP_STARTED}")
}

/// `condition` holds on the app's page, in place.
pub fn in_place(condition: &str) -> String {
    format!("{condition} && {APP_IN_PLACE}")
}

pub struct App {
    pub client: Client,
    pub base: String,
}

impl App {
    pub async fn open(&self, path: &str) {
        self.client.goto(&format!("{}{path}", self.base)).await.expect("page opens");
        // The app has started on the page the server sent, with its bottom bar: it has
        // taken the page over, or waits on a page the server wrote whole.
        wait_until(&self.client, &format!("!!document.querySelector('#app .bottom-nav') && {APP_STARTED}")).await;
    }

    /// Marks the page as it is now: [`App::assert_same_page`] then tells a page the app
    /// drew in place from one the browser loaded anew.
    pub async fn mark_page(&self) {
        self.client.execute("window.valkommenMarked = true;", vec![]).await.expect("the page answers");
    }

    /// The page marked by [`App::mark_page`] is still the one shown: the taps since were
    /// drawn by the app, without loading anything.
    pub async fn assert_same_page(&self, what: &str) {
        let marked = self.client.execute("return window.valkommenMarked === true;", vec![]).await.unwrap();
        assert_eq!(
            marked,
            serde_json::Value::Bool(true),
            "{what} loaded the page anew: the app should draw it in place"
        );
    }

    pub async fn choose_language(&self, code: &str) {
        let select = self.client.find(Locator::Css(".language-picker select")).await.expect("a language picker");
        select.select_by_value(code).await.expect("the language is listed");
        wait_until(&self.client, &format!("document.documentElement.lang === '{code}'")).await;
    }

    /// The page's main heading, once it contains `expected`.
    pub async fn heading(&self, expected: &str) -> String {
        text_containing(&self.client, "main h1", expected).await
    }

    /// Scrolls `element` to the middle of the screen and taps it, as a thumb would,
    /// clear of the fixed bars.
    pub async fn tap(&self, element: &Element) {
        let arg = serde_json::to_value(element).unwrap();
        self.client.execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg]).await.unwrap();
        element.click().await.unwrap();
    }

    pub async fn open_topic(&self, name: &str) {
        self.tap(&find_text(&self.client, ".topic-list a", name).await).await;
        self.heading(name).await;
    }

    pub async fn open_article(&self, title: &str) {
        self.tap(&find_text(&self.client, ".card a", title).await).await;
        self.heading(title).await;
    }

    /// Searches from the search page, reached through the bottom navigation.
    pub async fn search(&self, words: &str) {
        self.tap(&self.client.find(Locator::Css(".bottom-nav a[href='/search']")).await.unwrap()).await;
        wait_until(&self.client, "location.pathname === '/search'").await;
        // A tap before the app ran loads the server's search page, which the app then
        // draws anew: type into the app's field, not into the one it replaces.
        wait_until(&self.client, APP_IN_PLACE).await;
        let input = self.client.wait().for_element(Locator::Css("#search-input")).await.unwrap();
        input.clear().await.unwrap();
        input.send_keys(words).await.unwrap();
        self.tap(&self.client.find(Locator::Css(".search-form button[type=submit]")).await.unwrap()).await;
        wait_until(&self.client, "location.pathname === '/search'").await;
        wait_until(&self.client, "document.querySelector('.result-count')").await;
    }

    pub async fn result_titles(&self) -> Vec<String> {
        self.texts_of(".card-title").await
    }

    /// Answers "Was this helpful?" with the first (yes) or second (no) button.
    pub async fn answer_helpful(&self, yes: bool) {
        // The question is the app's, drawn once the article's answer has arrived, or in
        // the server's page (unseen until then: `ui::waiting::APP_ONLY`).
        let answers = ".feedback:not(.app-only) button";
        self.client.wait().for_element(Locator::Css(answers)).await.unwrap();
        let buttons = self.client.find_all(Locator::Css(answers)).await.unwrap();
        self.tap(&buttons[usize::from(!yes)]).await;
        wait_until(&self.client, "!document.querySelector('.feedback button')").await;
    }

    /// Types `text` into the field matching `css`, replacing what was there.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.client.wait().for_element(Locator::Css(css)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Taps the element matching `css` once it exists, found again if the page drew it
    /// anew between finding and tapping.
    pub async fn press(&self, css: &str) {
        for _ in 0..5 {
            let element = self.client.wait().for_element(Locator::Css(css)).await.unwrap();
            let arg = serde_json::to_value(&element).unwrap();
            let tapped = match self.client.execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg]).await {
                Ok(_) => element.click().await,
                Err(failure) => Err(failure),
            };
            match tapped {
                Ok(()) => return,
                // Drawn anew: find it again.
                Err(CmdError::Standard(WebDriver { error: ErrorStatus::StaleElementReference, .. })) => {}
                Err(failure) => panic!("tapping `{css}`: {failure}"),
            }
        }
        panic!("`{css}` was drawn anew five times running");
    }

    /// Signs in to the staff console with a demo account.
    pub async fn sign_in_to_console(&self, email: &str) {
        self.client.goto(&format!("{}/staff", self.base)).await.unwrap();
        self.fill("#email", email).await;
        self.fill("#password", "valkommen-demo").await;
        self.press("form button[type=submit]").await;
        find_text(&self.client, ".console-nav", email).await;
    }

    /// The page is no wider than the phone: nothing to scroll sideways.
    pub async fn fits_the_phone(&self) {
        let script = "return [document.documentElement.scrollWidth, screen.width, location.pathname,
            [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > screen.width + 1 && !(e.parentElement.getBoundingClientRect().right > screen.width + 1))
                .slice(0, 6).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + getComputedStyle(e.parentElement).overflowX + ' ' + e.parentElement.className + ' ' + Math.round(e.parentElement.getBoundingClientRect().width))]";
        let value = self.client.execute(script, vec![]).await.unwrap();
        assert!(value[0].as_i64() <= value[1].as_i64(), "wider than the phone: {value:?}");
    }

    /// The attribute `name` of the first element matching `css`, once there is one, read
    /// in the page in one step: a page that draws the element anew cannot make it stale.
    pub async fn attribute(&self, css: &str, name: &str) -> String {
        let query = serde_json::to_string(css).unwrap();
        wait_until(&self.client, &format!("document.querySelector({query})")).await;
        let value = self
            .client
            .execute(&format!("return document.querySelector({query}).getAttribute(arguments[0]);"), vec![name.into()])
            .await
            .expect("the page answers");
        value.as_str().unwrap_or_else(|| panic!("`{css}` has no {name}")).to_owned()
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.client.find(Locator::Css(css)).await.unwrap().text().await.unwrap()
    }

    /// The text of every element `css` finds, in the page's order.
    pub async fn texts_of(&self, css: &str) -> Vec<String> {
        let mut texts = vec![];
        for element in self.client.find_all(Locator::Css(css)).await.unwrap() {
            texts.push(element.text().await.unwrap());
        }
        texts
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
