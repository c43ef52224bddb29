// The projector follows the room: every few seconds it fetches its live part again (how many
// joined, the phase, the class's results) and swaps it in when it changed, without reloading the
// page. It asks less often (every 30 s at most) while the tab is hidden or the network fails, and
// stops when the page is left or the session is gone. Without this script, the page's "Refresh"
// link reloads it.
(function () {
  "use strict";
  var FIRST_MS = 5000;
  var SLOWEST_MS = 30000;
  var TIMEOUT_MS = 10000;
  var region = document.getElementById("projector-live");
  if (!region || !region.dataset.liveUrl || !window.fetch || !window.DOMParser) return;
  var url = region.dataset.liveUrl;
  var shown = region.outerHTML;
  var delay = FIRST_MS;
  var timer = null;
  var asking = false;
  var stopped = false;

  function schedule(ms) {
    window.clearTimeout(timer);
    timer = stopped ? null : window.setTimeout(ask, ms);
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("projector-live");
    if (!fresh || fresh.outerHTML === shown) return;
    shown = fresh.outerHTML;
    region.className = fresh.className;
    if (!fresh.dataset.liveUrl) delete region.dataset.liveUrl;
    region.replaceChildren.apply(region, Array.from(fresh.childNodes));
  }

  function ask() {
    if (stopped || asking) return;
    if (document.hidden) {
      schedule(SLOWEST_MS); // and sooner once the tab is shown again (below)
      return;
    }
    asking = true;
    var controller = window.AbortController ? new AbortController() : null;
    var cutoff = controller && window.setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    fetch(url, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "text/html" },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        if (response.status === 404 || response.status === 403) return null;
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        asking = false;
        window.clearTimeout(cutoff);
        if (html === null) {
          stopped = true; // the session is gone or no longer ours to show: the link still works
          return;
        }
        swap(html);
        if (!region.dataset.liveUrl) {
          stopped = true; // the session closed: nothing changes any more
          return;
        }
        delay = FIRST_MS;
        schedule(delay);
      })
      .catch(function () {
        asking = false;
        window.clearTimeout(cutoff);
        delay = Math.min(delay * 2, SLOWEST_MS); // offline for a moment, or the server is busy
        schedule(delay);
      });
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && !asking) schedule(1000);
  });
  window.addEventListener("pagehide", function () {
    stopped = true;
    window.clearTimeout(timer);
  });
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return; // back from the browser's page cache: start again
    stopped = false;
    delay = FIRST_MS;
    schedule(delay);
  });

  schedule(delay);
})();
