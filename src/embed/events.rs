//! The events a card sends to its host page. Both bubble and cross the shadow
//! boundary (`composed`), so a listener anywhere above the element hears them.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::dataset::RoleId;
use crate::pay::StateCode;

fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// `role-compare:change` with `detail { roleA, roleB, state }` (`state`: the
/// postal code of the state whose pay shows, or `null`), after the reader
/// changes the pair or the state.
pub fn change(host: &Element, role_a: &RoleId, role_b: &RoleId, state: Option<StateCode>) {
    let detail = object(&[
        ("roleA", role_a.as_str().into()),
        ("roleB", role_b.as_str().into()),
        ("state", state.map_or(JsValue::NULL, |s| s.code().into())),
    ]);
    dispatch(host, "role-compare:change", &detail);
}

/// `role-compare:error` with `detail { messages }`, when the configuration has problems.
pub fn error(host: &Element, messages: &[String]) {
    let list: js_sys::Array = messages.iter().map(|m| JsValue::from_str(m)).collect();
    dispatch(
        host,
        "role-compare:error",
        &object(&[("messages", list.into())]),
    );
}
