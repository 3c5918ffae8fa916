//! The card's stylesheet in a shadow root: the one constructable sheet the
//! loader made from `role-compare.css` (fetched beside the core, so the core
//! carries no copy of the CSS), adopted by every card's shadow root, so a
//! host policy without `'unsafe-inline'` styles still styles the card.

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// Adopts `sheet` into `root`, beside the sheets it has adopted already.
pub fn adopt(root: &ShadowRoot, sheet: &CssStyleSheet) -> Result<(), JsValue> {
    let adopted = root.adopted_style_sheets();
    if !adopted.includes(sheet, 0) {
        adopted.push(sheet);
        root.set_adopted_style_sheets(&adopted);
    }
    Ok(())
}
