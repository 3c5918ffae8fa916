// Fails when the core (loader, glue and wasm; brotli) grows past the ceiling kept in
// bench/size-ceiling.json. Sizes are stable from build to build, so this is
// exact; lower the ceiling as the size comes down.
import { readFileSync } from "node:fs";
import { shippedSizes } from "./sizes.mjs";

const root = new URL("..", import.meta.url).pathname;
const ceiling = JSON.parse(readFileSync(`${root}/bench/size-ceiling.json`, "utf8"));
const { total, css } = shippedSizes(root);
const verdict = total.brotli <= ceiling.total_brotli_bytes ? "ok" : "TOO BIG";
console.log(
  `size: core ${total.brotli} bytes brotli (${total.raw} raw, ${total.gzip} gzip); ceiling ${ceiling.total_brotli_bytes}: ${verdict}; ` +
    `role-compare.css ${css.brotli} bytes brotli`,
);
if (verdict !== "ok") {
  console.error("The widget grew past bench/size-ceiling.json. Shrink it, or raise the ceiling on purpose.");
  process.exit(1);
}
