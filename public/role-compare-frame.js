// role-compare-frame.js: add it to a page that frames role-compare's frame pages
// (embed/<a>-vs-<b>.html) and each frame takes the height of its card, as it changes.
addEventListener("message", (e) => {
  const d = e.data;
  if (!d || d.type !== "role-compare:height" || !(d.height > 0)) return;
  for (const f of document.getElementsByTagName("iframe"))
    if (f.contentWindow === e.source) f.style.height = Math.min(Math.ceil(d.height), 20000) + "px";
});
// Frames that reported before this script ran report again.
for (const f of document.getElementsByTagName("iframe")) f.contentWindow?.postMessage({ type: "role-compare:ready" }, "*");
