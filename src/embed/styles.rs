//! One constructable stylesheet, shared by every card's shadow root, so a host
//! policy without `'unsafe-inline'` styles still styles the card.

use std::cell::OnceCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

thread_local! {
    static SHEET: OnceCell<Result<CssStyleSheet, JsValue>> = const { OnceCell::new() };
}

fn build() -> Result<CssStyleSheet, JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(crate::stylesheet::STYLESHEET)?;
    Ok(sheet)
}

/// Adopts the shared sheet into `root` (creating it on first use).
pub fn adopt(root: &ShadowRoot) -> Result<(), JsValue> {
    SHEET.with(|cell| {
        let sheet = cell.get_or_init(build).clone()?;
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        Ok(())
    })
}
