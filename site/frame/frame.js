// The frame page of a pair (embed/<a>-vs-<b>.html): sets the card's theme from
// ?theme=light|dark, and tells the page that frames it the page's height
// whenever it changes, in the forms hosts understand:
// - WordPress (wp-embed): {secret, message: "height", value}, with the secret
//   the host put in the address (#?secret=…), again when it sends {message: "ready"};
//   a link followed in the card goes through the host ({secret, message: "link", value});
// - Flourish, Infogram, Embedly: the JSON string {"context": "iframe.resize", "height": …};
// - AMP's amp-iframe resizable: {sentinel: "amp", type: "embed-size", height};
// - role-compare-frame.js on any page: {type: "role-compare:height", height}
//   (again when it sends {type: "role-compare:ready"}).
(() => {
  const card = document.querySelector("role-compare");
  const theme = new URLSearchParams(location.search).get("theme");
  if (card && (theme === "light" || theme === "dark")) {
    // Before the card is live: its element and its pre-rendered card.
    card.setAttribute("theme", theme);
    card.shadowRoot?.querySelector(".rc-card")?.setAttribute("data-theme", theme);
  }
  if (window.parent === window) return;
  const secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  let last = 0;
  const report = () => {
    last = height();
    const to = (message) => window.parent.postMessage(message, "*");
    if (secret) to({ secret, message: "height", value: last });
    to(JSON.stringify({ sender: "role-compare", context: "iframe.resize", height: last, src: location.href }));
    to({ sentinel: "amp", type: "embed-size", height: last });
    to({ type: "role-compare:height", height: last });
  };
  new ResizeObserver(() => height() !== last && report()).observe(document.documentElement);
  addEventListener("message", (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data) return;
    if ((data.message === "ready" && data.secret === secret) || data.type === "role-compare:ready") report();
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
