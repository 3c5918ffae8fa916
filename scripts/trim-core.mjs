// Drops from a module wasm-bindgen wrote what a client-only card never calls:
// the classes that leptos's server functions export through wasm-streams
// (IntoUnderlyingSource, …Sink, …ByteSource; leptos enables that on every
// wasm build), then everything only they used: functions and data in the
// wasm (binaryen's remove-unused-module-elements) and the imports the glue
// provides for them. `make build` runs it on each core, before terser.
//
//   node scripts/trim-core.mjs dist/role-compare-core
//
// Fails, changing nothing, when the module does not look as expected.
import binaryen from "binaryen";
import { readFileSync, writeFileSync } from "node:fs";

/** Exports a card never calls: wasm-streams' classes (constructors, methods and `free`). */
const UNUSED = /intounderlying/i;

function trim(stem) {
  const wasmFile = `${stem}_bg.wasm`;
  const glueFile = `${stem}.js`;
  const module = binaryen.readBinary(readFileSync(wasmFile));
  // What rustc emits for wasm32 by default (the module's own list was stripped by wasm-opt).
  const F = binaryen.Features;
  module.setFeatures(
    F.MutableGlobals | F.NontrappingFPToInt | F.SignExt | F.BulkMemory | F.BulkMemoryOpt | F.ReferenceTypes | F.Multivalue | F.CallIndirectOverlong,
  );
  const exports = [];
  for (let i = 0; i < module.getNumExports(); i++) exports.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
  const dropped = exports.filter((name) => UNUSED.test(name));
  for (const name of dropped) module.removeExport(name);
  module.runPasses(["remove-unused-module-elements"]);
  if (!module.validate()) throw new Error(`${wasmFile}: invalid after trimming`);
  const bytes = module.emitBinary();
  module.dispose();

  const imported = new Set(WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.name));
  let glue = readFileSync(glueFile, "utf8");
  // The classes: `export class X { … }`, its dispose line and its finalization registry.
  const classes = [...glue.matchAll(/^export class (IntoUnderlying\w*) \{$/gm)].map((m) => m[1]);
  for (const name of classes) {
    const block = new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n(?:if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n)?`, "m");
    const registry = new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, "m");
    if (!block.test(glue) || !registry.test(glue)) throw new Error(`${glueFile}: class ${name} is not written as expected`);
    glue = glue.replace(block, "").replace(registry, "");
  }
  // The imports the wasm no longer has: `        name: function(…) {` … `        },`
  let imports = 0;
  glue = glue.replace(/^ {8}(__wbg_\w+): function\([^)]*\) \{\n[\s\S]*?^ {8}\},\n/gm, (entry, name) => {
    if (imported.has(name)) return entry;
    imports++;
    return "";
  });
  if (/IntoUnderlying/.test(glue)) throw new Error(`${glueFile}: still names IntoUnderlying after trimming`);
  for (const name of imported) {
    if (name.startsWith("__wbg_") && !glue.includes(`${name}:`)) throw new Error(`${glueFile}: lacks the import ${name}`);
  }
  writeFileSync(wasmFile, bytes);
  writeFileSync(glueFile, glue);
  console.log(`trim-core: ${stem}: ${dropped.length} exports, ${classes.length} classes and ${imports} imports dropped`);
}

const stems = process.argv.slice(2);
if (!stems.length) {
  console.error("usage: node scripts/trim-core.mjs <dist/name> …");
  process.exit(2);
}
for (const stem of stems) trim(stem);
