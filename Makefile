# role-compare: `make demo` to try it, `make test` to check it.
# Both install what is missing first (scripts/install-tools.sh).

PORT ?= 8080
HOST ?= 127.0.0.1
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: tools build demo test test-lint test-native test-browser test-size test-e2e bench clean

tools:
	@scripts/install-tools.sh

## Release build of the demo page and the widget into dist/.
build: tools
	trunk build --release

## Build, then serve dist/ at http://$(HOST):$(PORT) (PORT=9000 make demo for another port).
demo: build
	@echo "role-compare demo: http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	python3 -m http.server $(PORT) --bind $(HOST) --directory dist

## The whole suite: lints, native tests, browser tests, end-to-end tests.
test: tools test-lint test-native test-browser build test-size test-e2e

test-lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test

test-browser:
	cargo test --target wasm32-unknown-unknown --test web

test-size:
	node scripts/check-size.mjs

test-e2e:
	npx playwright test

## Release build, then sizes and timings in headless Chromium (prints a table, writes bench/results.json).
bench: build
	node scripts/bench.mjs

clean:
	cargo clean
	rm -rf dist test-results playwright-report
