// Refreshes the trainer's live panel every few seconds while the page is visible. Without this
// script the panel still works: its "Refresh" link reloads the page.
(function () {
  "use strict";
  var INTERVAL_MS = 5000;
  var panel = document.getElementById("live-panel");
  if (!panel || !panel.dataset.liveUrl || !window.fetch) return;
  var url = panel.dataset.liveUrl;

  function refresh() {
    if (document.hidden) return;
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("live-panel");
        if (fresh) panel.replaceChildren.apply(panel, Array.from(fresh.childNodes));
      })
      .catch(function () { /* offline for a moment: try again at the next tick */ });
  }

  window.setInterval(refresh, INTERVAL_MS);
})();
