// Shipped sizes of dist/: raw, gzip -9 and brotli (quality 11) per file, and
// the dataset's share. Used by `make bench` and by the size check in `make test`.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The files a page downloads to show a card. */
export const SHIPPED = ["role-compare.js", "role-compare-core.js", "role-compare-core_bg.wasm"];

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

/**
 * The card's stylesheet as the wasm embeds it: build.rs's minified copy from
 * the newest release build (the source file if there is none yet).
 */
function shippedCss(root) {
  const build = `${root}/target/wasm32-unknown-unknown/release/build`;
  const copies = existsSync(build)
    ? readdirSync(build)
        .filter((dir) => dir.startsWith("role-compare-"))
        .map((dir) => `${build}/${dir}/out/role-compare.min.css`)
        .filter((file) => existsSync(file))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  return readFileSync(copies[0] ?? `${root}/style/role-compare.css`);
}

export function shippedSizes(root, dist = `${root}/dist`) {
  const files = SHIPPED.map((name) => ({ name, ...measure(readFileSync(`${dist}/${name}`)) }));
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
  const css = measure(shippedCss(root));
  return { files, total, css, dataset: datasetShare(root) };
}
