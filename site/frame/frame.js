// The frame page of a pair (embed/<a>-vs-<b>.html): sets the card's theme from
// ?theme=light|dark and its state from ?state=TX, and tells the page that frames it the page's height, in
// the forms hosts understand:
// - WordPress (wp-embed): {secret, message: "height", value}, with the secret
//   the host put in the address (#?secret=…), again when it sends {message: "ready"};
//   a link followed in the card goes through the host ({secret, message: "link", value});
// - Flourish, Infogram, Embedly: the JSON string {"context": "iframe.resize", "height": …};
// - AMP's amp-iframe resizable: {sentinel: "amp", type: "embed-size", height};
// - role-compare-frame.js on any page: {type: "role-compare:height", height}
//   (again when it sends {type: "role-compare:ready"}).
//
// A host may keep the frame hidden until the first report (WordPress clips it
// out of sight), and a browser runs no rendering steps for a hidden frame from
// another origin: no ResizeObserver callback, no animation frame. So the page
// does not wait for one: it reports when this script runs (the card is
// pre-rendered above it, so its height is known), at `load`, when the card's
// stylesheet has loaded, on every `ready`, and then on every change of size
// (the live card taking over, a pick, a disclosure). A height of 0 (nothing laid out yet) is never sent.
(() => {
  const card = document.querySelector("role-compare");
  const query = new URLSearchParams(location.search);
  const theme = query.get("theme");
  if (card && (theme === "light" || theme === "dark")) {
    // Before the card is live: its element and its pre-rendered card.
    card.setAttribute("theme", theme);
    card.shadowRoot?.querySelector(".rc-card")?.setAttribute("data-theme", theme);
  }
  // Pay in a state (?state=TX): the card is rendered with the national figures,
  // so the live card takes it over at once (an unknown code gets its notice there).
  const state = query.get("state");
  if (card && state) card.setAttribute("state", state.slice(0, 40));
  if (window.parent === window) return;
  const secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  let last = 0;
  /** Sends the height if it is known; `always`: even when it has not changed. */
  const report = (always) => {
    const now = height();
    if (now <= 0 || (now === last && !always)) return;
    last = now;
    const to = (message) => window.parent.postMessage(message, "*");
    if (secret) to({ secret, message: "height", value: now });
    to(JSON.stringify({ sender: "role-compare", context: "iframe.resize", height: now, src: location.href }));
    to({ sentinel: "amp", type: "embed-size", height: now });
    to({ type: "role-compare:height", height: now });
  };
  const changed = () => report(false);
  report(true);
  addEventListener("load", () => report(true));
  addEventListener("resize", changed);
  // The card's own stylesheet, linked in its shadow root, changes its height when it arrives.
  card?.shadowRoot?.querySelector("link[rel=stylesheet]")?.addEventListener("load", changed);
  // Once the host shows the frame: the live card replacing the pre-rendered one, a pick,
  // a disclosure opened or closed.
  new ResizeObserver(changed).observe(document.documentElement);
  addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data) return;
    if ((data.message === "ready" && data.secret === secret) || data.type === "role-compare:ready") report(true);
  });
  if (secret) {
    // Links open in the host's window (WordPress checks them), not inside the frame.
    document.addEventListener("click", (event) => {
      const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.href);
      if (!link || event.defaultPrevented) return;
      event.preventDefault();
      window.parent.postMessage({ secret, message: "link", value: link.href }, "*");
    });
  }
})();
