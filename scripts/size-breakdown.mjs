// `make size-breakdown`: where the bytes of the embed core's wasm go. Takes the
// core as cargo built it for `make build` (target/wasm32-unknown-unknown/release),
// runs the same wasm-bindgen and wasm-opt steps as trunk but keeps the function
// names, and reads it with twiggy (installed with cargo). Prints the top
// functions and data, and the total per origin (our code, Leptos and tachys,
// reactive_graph, serde, core::fmt, alloc, ...), each also as its share of the
// shipped (brotli) size.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const ROOT = new URL("..", import.meta.url).pathname;
const TOP = Number(process.env.TOP ?? 30);
const wasmIn = join(ROOT, "target/wasm32-unknown-unknown/release/role-compare-core.wasm");
const work = mkdtempSync(join(tmpdir(), "rc-size-"));
const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20 });

run("wasm-bindgen", ["--target", "web", "--keep-debug", "--out-dir", work, wasmIn]);
const named = join(work, "named.wasm");
run("wasm-opt", ["-Oz", "-g", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", join(work, "role-compare-core_bg.wasm"), "-o", named]);
const csv = run("twiggy", ["top", "-n", "100000", "--format", "csv", named]);

const crateOf = (path) => path.match(/^[&_a-zA-Z0-9]+/)?.[0].replace(/^&/, "") ?? "";

/** The crate whose code an item is: a trait method's trait crate (`<X as tachys::Render>::build`
 * is tachys's code, compiled for one of our views) unless the trait is the standard library's
 * (`<CardModel as PartialEq>::eq` is ours), otherwise the first crate of its path. */
function ownerCrate(name) {
  if (!name.startsWith("<")) return crateOf(name);
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "<") depth++;
    else if (c === ">") depth--;
    else if (depth === 1 && name.startsWith(" as ", i)) {
      const [self, trait] = [crateOf(name.slice(1)), crateOf(name.slice(i + 4))];
      return ["core", "alloc", "std"].includes(trait) && self && self !== "_" ? self : trait;
    }
  }
  return crateOf(name.slice(1));
}

/** Where an item comes from: data, or the crate group whose code it is. */
const GROUPS = [
  ["our code", /^(role_compare|role_compare_site)$/],
  ["serde, serde_json", /^serde/],
  ["Leptos, tachys", /^(leptos|leptos_dom|leptos_macro|tachys|throw_error|oco_ref|either_of|next_tuple)$/],
  ["reactive_graph", /^(reactive_graph|any_spawner|or_poisoned|slotmap)$/],
  ["wasm-bindgen, js-sys, web-sys", /^(wasm_bindgen|wasm_bindgen_futures|js_sys|web_sys)$/],
  ["alloc, allocator, collections", /^(alloc|dlmalloc|hashbrown|indexmap|__rustc|__rust_alloc|__rdl)/],
  ["core (other), std", /^(core|std)$/],
];
function origin(name) {
  if (/^"function names" subsection|^custom section/.test(name)) return "names (debug only, not shipped)";
  if (/^data segment|^data\[/.test(name)) return "data (dataset text, CSS, strings)";
  if (/externref shim|multivalue shim/.test(name)) return "our code (mount, inlined into its export shim)";
  const crate = ownerCrate(name);
  if (crate === "core" && /fmt::|Formatter|pad_integral|::fmt$/.test(name)) return "core::fmt";
  return GROUPS.find(([, re]) => re.test(crate))?.[0] ?? "other (tables, types, glue)";
}

const rows = csv
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const parts = line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g).map((p) => p.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
    return { name: parts[0], bytes: Number(parts[1]) };
  })
  .filter((r) => Number.isFinite(r.bytes));

const shipped = rows.filter((r) => !origin(r.name).startsWith("names"));
const short = (name) => name.replace(/\[[0-9a-f]{16}\]/g, "");
const raw = shipped.reduce((s, r) => s + r.bytes, 0);
const wasm = readFileSync(join(ROOT, "dist/role-compare-core_bg.wasm"));
const brotli = brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

console.log(`\nembed core wasm: ${wasm.length} bytes raw, ${brotli} brotli (dist/); items below add up to ${raw} raw\n`);
console.log(`| # | item | origin | bytes |`);
console.log(`|---|---|---|---|`);
shipped
  .sort((a, b) => b.bytes - a.bytes)
  .slice(0, TOP)
  .forEach((r, i) => console.log(`| ${i + 1} | \`${short(r.name).replace(/\|/g, "\\|").replace(/`/g, "'").slice(0, 120)}\` | ${origin(r.name)} | ${r.bytes} |`));

const groups = new Map();
for (const r of shipped) groups.set(origin(r.name), (groups.get(origin(r.name)) ?? 0) + r.bytes);
console.log(`\n| origin | bytes raw | share | about, of the brotli size |`);
console.log(`|---|---|---|---|`);
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${name} | ${bytes} | ${((100 * bytes) / raw).toFixed(1)}% | ${Math.round((brotli * bytes) / raw)} |`);
}
