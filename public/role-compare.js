/*
 * role-compare.js: the one file a page loads to embed the comparison card.
 *
 *   <script type="module" src="https://HOST/PATH/role-compare.js"></script>
 *   <role-compare role-a="operations-manager" role-b="procurement-manager" theme="auto">
 *     <a href="...">Operations vs Procurement Manager</a>
 *   </role-compare>
 *
 * It defines <role-compare> unless the page already has it, and upgrades
 * <div data-role-compare> for editors that strip unknown tags. The card
 * itself is the WebAssembly core beside this file (so it works from any path
 * or origin):
 * - an element whose card is pre-rendered in its HTML (declarative shadow
 *   DOM) keeps it, and a reader who only reads it loads nothing more; the
 *   core loads when a pointer enters the card or the focus reaches it (or,
 *   with loading="near", when it comes within a viewport of being seen), and
 *   then takes the card over without a visible change, keeping the reader's
 *   picks;
 * - an element without one loads the core at once; its own children (the
 *   fallback) stay until the card is ready, and for good if it cannot load.
 */

const TAG = "role-compare";
// Timing marks for `make bench` (visible in any performance profile).
performance.mark("role-compare:start");
const DIV_SELECTOR = "div[data-role-compare]";
const ATTRIBUTES = ["role-a", "role-b", "theme", "dimensions", "state"];
const DIV_ATTRIBUTES = ATTRIBUTES.map((name) => `data-${name}`);
/** The card's setter for each attribute: a change updates the card in place. */
const SETTERS = {
  "role-a": "set_role_a",
  "role-b": "set_role_b",
  theme: "set_theme",
  dimensions: "set_dimensions",
  state: "set_state",
};
/** The hosted pages sit beside this file: each card links to its pair's page there. */
const PAGES = new URL("./", import.meta.url).href;
/** How near the viewport a pre-rendered card with loading="near" must come before the core loads. */
const NEAR = "100% 0px";

/** The linear memory of each core loaded. */
const memories = [];
let paintMarkPending = false;
/** Marks are kept for the first cards only, so a page that remounts forever does not fill the timeline. */
let marksLeft = 100;
/**
 * The cores, each loaded on first need: the lean one, and the one that also
 * reads a host page's own roles (with serde), for elements that have them.
 */
const cores = new Map();
const core = (host) => {
  const name = hostRoles(host) ? "role-compare-core-host-roles" : "role-compare-core";
  if (!cores.has(name)) cores.set(name, loadCore(name));
  return cores.get(name);
};
const hostRoles = (host) => [...host.children].some((child) => child.matches('script[type="application/json"]'));
/**
 * The card's stylesheet, role-compare.css beside this file, as one sheet the
 * shadow roots of cards drawn from scratch adopt (a pre-rendered card links
 * it already, and keeps that link), fetched beside the core on first need.
 */
let sheet = null;
const loadSheet = () =>
  (sheet ??= fetch(new URL("role-compare.css", import.meta.url)).then(async (response) => {
    if (!response.ok) throw new Error(`role-compare.css: HTTP ${response.status}`);
    const made = new CSSStyleSheet();
    made.replaceSync(await response.text());
    return made;
  }));
/**
 * Pay by state, pay-by-state.tsv beside this file, fetched once, beside the
 * core, for a card that shows a state from the start (its text, or null if it
 * could not load: the card then says so). Other cards fetch it themselves
 * when the reader first picks a state.
 */
let pay = null;
const loadPay = () =>
  (pay ??= fetch(new URL("pay-by-state.tsv", import.meta.url))
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null));
/** The state a card starts with: its attribute, or what the reader picked in its pre-rendered picker. */
const startState = (host) => {
  const picker = host.shadowRoot?.querySelector(".rc-pay select");
  const picked = picker && !picker.selectedOptions[0]?.defaultSelected ? picker.value : null;
  return picked ?? host.getAttribute(host.localName === TAG ? "state" : "data-state");
};
/** The core and, for a card without the linked stylesheet, the sheet: `[wasm, sheet or null, pay text or null]`. */
const coreAndSheet = (host) => {
  const linked = [...(host.shadowRoot?.children ?? [])].some((child) => child.matches('link[rel="stylesheet"]'));
  const styles = linked ? null : loadSheet();
  styles?.catch((error) => console.warn(`role-compare: the card's stylesheet could not load (${error?.message ?? error}).`));
  return Promise.all([core(host), styles, startState(host)?.trim() ? loadPay() : null]);
};
/** The state a pre-rendered card was rendered for ("" for the national figures). */
const renderedState = (host) =>
  host.shadowRoot?.querySelector(".rc-pay option[selected]")?.getAttribute("value") ?? "";

if (!customElements.get(TAG)) {
  /** Mounted cards of upgraded <div>s. */
  const divs = new WeakMap();

  class RoleCompareElement extends HTMLElement {
    static observedAttributes = ATTRIBUTES;

    /** Bytes of WebAssembly memory in use by all cards (diagnostics; `make bench` reads it). */
    static get wasmMemoryBytes() {
      return memories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0);
    }

    /** True once a core has been asked for. */
    static get coreRequested() {
      return cores.size > 0;
    }

    #card = null;
    #pending = false;
    /** True while a pre-rendered card waits to be taken over. */
    #waiting = false;
    /** Set while the waiting card listens for the reader's intent: stops listening. */
    #stopListening = null;

    connectedCallback() {
      if (this.#card || this.#waiting) return;
      // A card rendered for another state than the element now asks for (a frame's
      // ?state=) is not what the reader should read: it is taken over at once.
      const rendered = prerendered(this) && (this.getAttribute("state") ?? "").trim().toUpperCase() === renderedState(this);
      if (rendered) this.#waitForReader();
      else this.#render();
    }

    disconnectedCallback() {
      // A move (remove then insert in one task) keeps the card.
      queueMicrotask(() => {
        if (!this.isConnected) {
          this.#stopListening?.();
          this.#waiting = false;
          this.#unmount();
        }
      });
    }

    attributeChangedCallback(name, before, after) {
      if (before === after) return;
      // A live card follows in place; a waiting one is taken over now (the core reads the attributes then).
      if (this.#card) this.#card[SETTERS[name]](after);
      else if (this.#waiting) this.#render();
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
    get state() {
      return this.getAttribute("state");
    }
    set state(value) {
      if (value === null || value === undefined) this.removeAttribute("state");
      else this.setAttribute("state", value);
    }
    get dimensions() {
      return this.getAttribute("dimensions");
    }
    set dimensions(value) {
      if (value === null || value === undefined) this.removeAttribute("dimensions");
      else this.setAttribute("dimensions", Array.isArray(value) ? value.join(",") : value);
    }

    /**
     * A pre-rendered card stays as it is, its pickers usable (they list every
     * role), while it is only read. The reader's intent (a pointer entering
     * the card, the focus reaching it) fetches and compiles the core; with
     * `loading="near"`, coming within a viewport of it does. Once the core is
     * there, it takes the card over, keeping what the reader did meanwhile
     * (a pick, an opened disclosure, the focus); while a picker has the focus
     * (its list may be open) it waits for the pick or for the focus to leave.
     */
    #waitForReader() {
      this.#waiting = true;
      const root = this.shadowRoot;
      const pickers = [...root.querySelectorAll("select:disabled")];
      for (const picker of pickers) picker.disabled = false;
      const want = () => {
        this.#stopListening?.();
        core(this).then(
          () => this.#takeOverWhenFree(),
          () => {
            // Without the core, nothing may pretend to work: the pickers go back to waiting.
            for (const picker of pickers) picker.disabled = true;
          },
        );
      };
      const intents = ["pointerenter", "pointerdown", "focusin"];
      for (const type of intents) this.addEventListener(type, want);
      // A picker whose value changed without the pointer or the focus (a script, an
      // extension filling forms) is reached for too: the card must follow it.
      const changes = ["change", "input"];
      for (const type of changes) root.addEventListener(type, want);
      const near =
        this.getAttribute("loading") === "near"
          ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), { rootMargin: NEAR })
          : null;
      near?.observe(this);
      this.#stopListening = () => {
        this.#stopListening = null;
        near?.disconnect();
        for (const type of intents) this.removeEventListener(type, want);
        for (const type of changes) root.removeEventListener(type, want);
      };
    }

    /**
     * Takes the card over now, unless a picker has the focus and still shows
     * the role it was rendered with (its list may be open): then at the pick,
     * or when the focus leaves it.
     */
    #takeOverWhenFree() {
      if (!this.#waiting || !this.isConnected) return;
      const root = this.shadowRoot;
      const focused = root.activeElement;
      if (!(focused instanceof HTMLSelectElement) || !focused.selectedOptions[0]?.defaultSelected) return this.#render();
      const done = () => {
        root.removeEventListener("change", done);
        root.removeEventListener("focusout", done);
        if (this.#waiting) this.#render();
      };
      root.addEventListener("change", done);
      root.addEventListener("focusout", done);
    }

    /** Mounts (or re-mounts) the card once the core is ready; changes in one task render once. */
    #render() {
      this.#stopListening?.();
      this.#waiting = false;
      if (this.#pending) return;
      this.#pending = true;
      const mount = (loaded) =>
        inOwnTask(() => {
          this.#pending = false;
          if (!this.isConnected) return;
          this.#unmount();
          this.#card = mountSafely(loaded, this);
        });
      coreAndSheet(this).then(mount, () => {
        this.#pending = false;
      });
    }

    #unmount() {
      this.#card?.free();
      this.#card = null;
    }
  }

  customElements.define(TAG, RoleCompareElement);

  // <div data-role-compare data-role-a=… data-role-b=…>: mounted, updated and unmounted like the element.
  const renderDiv = (div) => {
    // Known from now on, so it is not queued twice.
    divs.set(div, null);
    coreAndSheet(div).then(
      (loaded) => inOwnTask(() => divs.set(div, div.isConnected ? mountSafely(loaded, div) : null)),
      () => {},
    );
  };
  const upgradeWithin = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(DIV_SELECTOR) && !divs.has(node)) renderDiv(node);
    for (const div of node.querySelectorAll(DIV_SELECTOR)) if (!divs.has(div)) renderDiv(div);
  };
  const removeWithin = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || node.isConnected) return;
    for (const div of [node, ...node.querySelectorAll(DIV_SELECTOR)]) {
      divs.get(div)?.free();
      divs.delete(div);
    }
  };
  // The <div> form is never pre-rendered: its card mounts as soon as it is on the page.
  const watchDivs = () => {
    upgradeWithin(document.documentElement);
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") {
          // A mounted card follows in place; one still loading reads its attributes when it mounts.
          const name = record.attributeName;
          divs.get(record.target)?.[SETTERS[name.slice("data-".length)]](record.target.getAttribute(name));
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
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watchDivs, { once: true });
  else watchDivs();
}

/** True when the element arrived with its card pre-rendered in its shadow root. */
function prerendered(element) {
  return [...(element.shadowRoot?.children ?? [])].some((child) => child.hasAttribute("data-rc-mount"));
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

/** Loads and starts a WebAssembly core (`name`.js and `name`_bg.wasm) that sits beside this file. */
async function loadCore(name) {
  try {
    if (typeof WebAssembly !== "object") throw new Error("this browser has no WebAssembly");
    // Fetch the wasm while the core's JS loads, instead of after it.
    const response = fetch(new URL(`${name}_bg.wasm`, import.meta.url));
    response.catch(() => {}); // reported below, through the core's start-up, if it fails
    const wasm = await import(new URL(`${name}.js`, import.meta.url).href);
    const exports = await wasm.default({ module_or_path: response });
    memories.push(exports.memory);
    return wasm;
  } catch (error) {
    console.warn(`role-compare: the card could not load (${error?.message ?? error}); the fallback content stays.`);
    throw error;
  }
}

/** Mounts one card; a failure leaves the fallback in place and is logged, never thrown at the page. */
function mountSafely([wasm, sheet, pay], host) {
  try {
    const card = wasm.mount(host, PAGES, sheet, pay);
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
