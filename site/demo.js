// The demo page's own code (the address, the embed generator), built from
// site/src/bin/demo.rs. The cards themselves come from role-compare.js.
import init from "./role-compare-demo.js";

await init({ module_or_path: new URL("role-compare-demo_bg.wasm", import.meta.url) });
