/*
 * role-compare.js: the one file a page loads to embed the comparison card.
 *
 *   <script type="module" src="https://HOST/PATH/role-compare.js"></script>
 *   <role-compare role-a="operations-manager" role-b="procurement-manager" theme="auto">
 *     <a href="...">Operations vs Procurement Manager</a>
 *   </role-compare>
 *
 * It loads the WebAssembly core from beside itself (so it works from any path
 * or origin), defines <role-compare> unless the page already has it, and
 * upgrades <div data-role-compare> for editors that strip unknown tags. Until
 * the core is ready, and for good if it cannot load, the element's own
 * children (the fallback) stay on the page.
 */

const TAG = "role-compare";
// Timing marks for `make bench` (visible in any performance profile).
performance.mark("role-compare:start");
const DIV_SELECTOR = "div[data-role-compare]";
const DIV_ATTRIBUTES = ["data-role-a", "data-role-b", "data-theme"];

/** The core's linear memory, once loaded. */
let coreMemory = null;
let paintMarkPending = false;
/** Marks are kept for the first cards only, so a page that remounts forever does not fill the timeline. */
let marksLeft = 100;

if (!customElements.get(TAG)) {
  const core = loadCore();

  /** Mounted cards of upgraded <div>s. */
  const divs = new WeakMap();

  class RoleCompareElement extends HTMLElement {
    static observedAttributes = ["role-a", "role-b", "theme"];

    /** Bytes of WebAssembly memory in use by all cards (diagnostics; `make bench` reads it). */
    static get wasmMemoryBytes() {
      return coreMemory?.buffer.byteLength ?? 0;
    }

    #card = null;
    #pending = false;

    connectedCallback() {
      this.#render();
    }

    disconnectedCallback() {
      // A move (remove then insert in one task) keeps the card.
      queueMicrotask(() => {
        if (!this.isConnected) this.#unmount();
      });
    }

    attributeChangedCallback(_name, before, after) {
      if (before !== after && this.#card) this.#render();
    }

    get roleA() {
      return this.getAttribute("role-a");
    }
    set roleA(value) {
      this.setAttribute("role-a", value);
    }
    get roleB() {
      return this.getAttribute("role-b");
    }
    set roleB(value) {
      this.setAttribute("role-b", value);
    }
    get theme() {
      return this.getAttribute("theme") ?? "auto";
    }
    set theme(value) {
      this.setAttribute("theme", value);
    }

    /** Mounts (or re-mounts) the card once the core is ready; changes in one task render once. */
    #render() {
      if (this.#pending) return;
      this.#pending = true;
      core.then(
        (wasm) =>
          inOwnTask(() => {
            this.#pending = false;
            if (!this.isConnected) return;
            this.#unmount();
            this.#card = mountSafely(wasm, this);
          }),
        () => {
          this.#pending = false;
        },
      );
    }

    #unmount() {
      this.#card?.free();
      this.#card = null;
    }
  }

  customElements.define(TAG, RoleCompareElement);

  // <div data-role-compare data-role-a=… data-role-b=…>: mounted, re-rendered and unmounted like the element.
  const renderDiv = (wasm, div) => {
    // Known from now on (so it is not queued twice), keeping any card it has until the job replaces it.
    if (!divs.has(div)) divs.set(div, null);
    inOwnTask(() => {
      divs.get(div)?.free();
      divs.set(div, div.isConnected ? mountSafely(wasm, div) : null);
    });
  };
  core.then((wasm) => {
    const upgradeWithin = (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.matches(DIV_SELECTOR) && !divs.has(node)) renderDiv(wasm, node);
      for (const div of node.querySelectorAll(DIV_SELECTOR)) if (!divs.has(div)) renderDiv(wasm, div);
    };
    const removeWithin = (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE || node.isConnected) return;
      for (const div of [node, ...node.querySelectorAll(DIV_SELECTOR)]) {
        divs.get(div)?.free();
        divs.delete(div);
      }
    };
    upgradeWithin(document.documentElement);
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") {
          if (divs.has(record.target)) renderDiv(wasm, record.target);
          continue;
        }
        record.removedNodes.forEach(removeWithin);
        record.addedNodes.forEach(upgradeWithin);
      }
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: DIV_ATTRIBUTES,
    });
  }, () => {});
}

/** Cards waiting to mount, one per task, so a page with many cards never blocks for long. */
const jobs = [];
const taskChannel = new MessageChannel();
taskChannel.port1.onmessage = () => {
  jobs.shift()?.();
  if (jobs.length) taskChannel.port2.postMessage(null);
};

function inOwnTask(job) {
  jobs.push(job);
  if (jobs.length === 1) taskChannel.port2.postMessage(null);
}

/** Loads and starts the WebAssembly core that sits beside this file. */
async function loadCore() {
  try {
    if (typeof WebAssembly !== "object") throw new Error("this browser has no WebAssembly");
    // Fetch the wasm while the core's JS loads, instead of after it.
    const response = fetch(new URL("role-compare-core_bg.wasm", import.meta.url));
    response.catch(() => {}); // reported below, through the core's start-up, if it fails
    const wasm = await import("./role-compare-core.js");
    const exports = await wasm.default({ module_or_path: response });
    coreMemory = exports.memory;
    return wasm;
  } catch (error) {
    console.warn(`role-compare: the card could not load (${error?.message ?? error}); the fallback content stays.`);
    throw error;
  }
}

/** Mounts one card; a failure leaves the fallback in place and is logged, never thrown at the page. */
function mountSafely(wasm, host) {
  try {
    const card = wasm.mount(host);
    if (marksLeft > 0) markMount();
    return card;
  } catch (error) {
    console.warn(`role-compare: could not show the card (${error?.message ?? error}).`);
    return null;
  }
}

/** Marks a mount, and (once per frame) the paint that follows it. */
function markMount() {
  marksLeft--;
  performance.mark("role-compare:mount");
  if (!paintMarkPending) {
      paintMarkPending = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          paintMarkPending = false;
          performance.mark("role-compare:painted");
        }),
      );
  }
}
