// Shipped sizes of dist/: raw, gzip -9 and brotli (quality 11) per file of
// the core, the stylesheet, and the dataset's share. Used by `make bench` and by the size check in `make test`.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The core: the files a page downloads to make a card live (the loader, the glue, the wasm). */
export const SHIPPED = ["role-compare.js", "role-compare-core.js", "role-compare-core_bg.wasm"];
/**
 * The card's stylesheet: a pre-rendered card links it (so the page has it
 * before any script), and the loader fetches it beside the core for the
 * shadow roots (from the cache where the page has it already).
 */
export const STYLESHEET = "role-compare.css";

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** Every text of data/roles.json (what the wasm embeds), joined, measured alone. */
export function datasetShare(root) {
  const texts = [];
  const walk = (value) => {
    if (typeof value === "string") texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(JSON.parse(readFileSync(`${root}/data/roles.json`, "utf8")));
  return measure(Buffer.from(texts.join("\0")));
}

export function shippedSizes(root, dist = `${root}/dist`) {
  const files = SHIPPED.map((name) => ({ name, ...measure(readFileSync(`${dist}/${name}`)) }));
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  const css = measure(readFileSync(`${dist}/${STYLESHEET}`));
  return { files, total, css, dataset: datasetShare(root) };
}
