//! Pay where the reader lives: the states a card can show pay in (their
//! codes and names are built in, from `data/pay-by-state.tsv`), where a card
//! gets the state figures from, and how far it has got.
//!
//! The figures themselves never ship in the core: a card fetches the file
//! ([`PAY_FILE`], beside `role-compare.js`) only once a state is chosen, or
//! is handed the table ([`PaySource::Table`], e.g. by the pre-render step).

use std::fmt;
use std::sync::Arc;

use crate::dataset::PayByState;

mod statics {
    include!(concat!(env!("OUT_DIR"), "/builtin_states.rs"));
}

/// The file of pay by state, beside `role-compare.js` in the hosted files.
pub const PAY_FILE: &str = "pay-by-state.tsv";

/// One of the places the release has state figures for (the states, the
/// District of Columbia, Guam, Puerto Rico and the Virgin Islands), parsed
/// once from its two-letter postal code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StateCode(usize);

/// Why a `state` value names no state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateError {
    /// Not two letters.
    Malformed,
    /// Two letters, but no state the figures cover.
    Unknown,
}

impl StateCode {
    /// Reads a postal code ("TX", any case, spaces around ignored).
    pub fn parse(value: &str) -> Result<StateCode, StateError> {
        let value = value.trim();
        if value.len() != 2 || !value.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(StateError::Malformed);
        }
        statics::STATES
            .iter()
            .position(|(code, _)| code.eq_ignore_ascii_case(value))
            .map(StateCode)
            .ok_or(StateError::Unknown)
    }

    /// Every state, in the release's order.
    pub fn all() -> impl Iterator<Item = StateCode> {
        (0..statics::STATES.len()).map(StateCode)
    }

    /// The postal code: "TX".
    pub fn code(self) -> &'static str {
        statics::STATES.get(self.0).map_or("", |(code, _)| code)
    }

    /// BLS's name: "Texas".
    pub fn name(self) -> &'static str {
        statics::STATES.get(self.0).map_or("", |(_, name)| name)
    }

    /// The name as a sentence says it: "Texas", but "the District of
    /// Columbia" and "the Virgin Islands".
    pub fn in_sentence(self) -> String {
        match self.code() {
            "DC" | "VI" => format!("the {}", self.name()),
            _ => self.name().to_owned(),
        }
    }
}

impl fmt::Display for StateCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Where a card gets its state figures.
#[derive(Clone, Debug)]
pub enum PaySource {
    /// The table, already read (natively: [`builtin_table`]).
    Table(Arc<PayByState>),
    /// The address of [`PAY_FILE`], fetched in the browser when a state is
    /// first chosen (rendered on a server, the card shows the national
    /// figures until the browser has them).
    Url(String),
}

/// The state figures a card shows, as they stand.
#[derive(Clone, Debug)]
pub enum PayStatus {
    /// No state chosen: the national figures.
    National,
    /// The state's figures are on their way; the national ones show.
    Loading(StateCode),
    /// The state's figures, with the national ones beside them.
    Ready(StateCode, Arc<PayByState>),
    /// The state's figures could not be had; the national ones show.
    Failed(StateCode),
}

impl PartialEq for PayStatus {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (PayStatus::National, PayStatus::National) => true,
            (PayStatus::Loading(a), PayStatus::Loading(b))
            | (PayStatus::Failed(a), PayStatus::Failed(b)) => a == b,
            (PayStatus::Ready(a, x), PayStatus::Ready(b, y)) => a == b && Arc::ptr_eq(x, y),
            _ => false,
        }
    }
}

impl PayStatus {
    /// What a card with `state` chosen shows, given the table if it has one
    /// and whether getting it failed.
    pub fn of(state: Option<StateCode>, table: Option<&Arc<PayByState>>, failed: bool) -> Self {
        match (state, table) {
            (None, _) => PayStatus::National,
            (Some(state), Some(table)) => PayStatus::Ready(state, table.clone()),
            (Some(state), None) if failed => PayStatus::Failed(state),
            (Some(state), None) => PayStatus::Loading(state),
        }
    }

    /// The state and its table, when the card shows state figures.
    pub fn ready(&self) -> Option<(StateCode, &PayByState)> {
        match self {
            PayStatus::Ready(state, table) => Some((*state, table)),
            _ => None,
        }
    }

    /// What the card says beside the pay picker (empty: nothing to say).
    pub fn message(&self) -> String {
        match self {
            PayStatus::Loading(state) => crate::words::pay_loading(&state.in_sentence()),
            PayStatus::Failed(state) => crate::words::pay_not_loaded(&state.in_sentence()),
            PayStatus::National | PayStatus::Ready(..) => String::new(),
        }
    }
}

/// The text of `data/pay-by-state.tsv` as the crate ships it: what a site
/// serves as [`PAY_FILE`] beside `role-compare.js`.
#[cfg(any(feature = "ssr", test))]
pub const TABLE_TEXT: &str = include_str!("../data/pay-by-state.tsv");

/// The table of pay by state, read natively from the file the crate ships
/// (`data/pay-by-state.tsv`; `build.rs` checked it): for rendering on a
/// server or at build time. In the browser, cards fetch the hosted copy.
#[cfg(any(feature = "ssr", test))]
#[allow(clippy::expect_used)] // build.rs refuses a file that does not parse
pub fn builtin_table() -> Arc<PayByState> {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Arc<PayByState>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            Arc::new(PayByState::parse(TABLE_TEXT).expect("build.rs checked data/pay-by-state.tsv"))
        })
        .clone()
}

thread_local! {
    /// The tables read in this page, by address: every card of a page shares one.
    static TABLES: std::cell::RefCell<Vec<(String, Arc<PayByState>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The table from `url`, if this page has read it already.
pub fn cached(url: &str) -> Option<Arc<PayByState>> {
    TABLES.with_borrow(|tables| {
        tables
            .iter()
            .find(|(at, _)| at == url)
            .map(|(_, table)| table.clone())
    })
}

/// Reads `text` as the table at `url` and keeps it for the page's cards
/// (the embed's loader fetches the file beside the core when a card asks
/// for a state from the start).
pub fn remember(url: &str, text: &str) -> Result<Arc<PayByState>, String> {
    if let Some(table) = cached(url) {
        return Ok(table);
    }
    let table = Arc::new(PayByState::parse(text)?);
    TABLES.with_borrow_mut(|tables| tables.push((url.to_owned(), table.clone())));
    Ok(table)
}

/// The table at `url`: the page's copy, or fetched and read (in the browser).
#[cfg(target_arch = "wasm32")]
pub async fn load(url: &str) -> Result<Arc<PayByState>, String> {
    if let Some(table) = cached(url) {
        return Ok(table);
    }
    let text = fetch(url).await?;
    remember(url, &text)
}

/// The text of the file at `url`.
#[cfg(target_arch = "wasm32")]
async fn fetch(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let failed = |what: &str| format!("{url}: {what}");
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| failed("the request failed"))?
        .dyn_into()
        .map_err(|_| failed("no response"))?;
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    Ok(
        JsFuture::from(response.text().map_err(|_| failed("no text"))?)
            .await
            .map_err(|_| failed("the text could not be read"))?
            .as_string()
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_in_any_case_and_names_come_from_the_release() {
        let texas = StateCode::parse(" tx ").unwrap();
        assert_eq!((texas.code(), texas.name()), ("TX", "Texas"));
        assert_eq!(StateCode::parse("PR").unwrap().name(), "Puerto Rico");
        assert_eq!(
            StateCode::parse("DC").unwrap().name(),
            "District of Columbia"
        );
        assert_eq!(StateCode::all().count(), 54);
    }

    #[test]
    fn malformed_and_unknown_codes_are_told_apart() {
        assert_eq!(StateCode::parse("ZZ"), Err(StateError::Unknown));
        for bad in ["", "T", "TEX", "T1", "<s>", "é1"] {
            assert_eq!(StateCode::parse(bad), Err(StateError::Malformed), "{bad}");
        }
    }

    #[test]
    fn the_status_follows_the_choice_and_the_table() {
        let texas = StateCode::parse("TX").unwrap();
        let table = builtin_table();
        assert_eq!(PayStatus::of(None, Some(&table), true), PayStatus::National);
        assert_eq!(
            PayStatus::of(Some(texas), None, false),
            PayStatus::Loading(texas)
        );
        assert_eq!(
            PayStatus::of(Some(texas), None, true),
            PayStatus::Failed(texas)
        );
        let ready = PayStatus::of(Some(texas), Some(&table), false);
        assert_eq!(ready.ready().map(|(s, _)| s), Some(texas));
        assert_eq!(ready.message(), "");
        assert_eq!(
            PayStatus::Failed(texas).message(),
            "The pay figures for Texas could not be loaded; the national figures are shown."
        );
    }

    #[test]
    fn the_builtin_table_covers_every_state_the_card_offers() {
        let table = builtin_table();
        let names: Vec<_> = table
            .states
            .iter()
            .map(|s| (s.code.as_str(), s.name.as_str()))
            .collect();
        let offered: Vec<_> = StateCode::all().map(|s| (s.code(), s.name())).collect();
        assert_eq!(names, offered);
    }
}
