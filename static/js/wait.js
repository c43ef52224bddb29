// The wait page moves on by itself: it asks the server every few seconds whether the participant's
// next step is still the wait, and goes to the page it names as soon as it is not (the trainer
// opened the post-test, or closed the session). This replaces a <meta http-equiv="refresh">, which
// reloads the page under the reader (WCAG 2.2.1). It asks less often (every 30 s at most) while the
// tab is hidden or the network fails, and stops when the page is left. Without this script, the
// page's button asks the same question.
(function () {
  "use strict";
  var FIRST_MS = 5000;
  var SLOWEST_MS = 30000;
  var TIMEOUT_MS = 10000;
  var region = document.getElementById("wait-progress");
  if (!region || !region.dataset.progressUrl || !window.fetch) return;
  var url = region.dataset.progressUrl;
  var delay = FIRST_MS;
  var timer = null;
  var asking = false;
  var stopped = false;

  function schedule(ms) {
    window.clearTimeout(timer);
    timer = stopped ? null : window.setTimeout(ask, ms);
  }

  function slower() {
    delay = Math.min(delay * 2, SLOWEST_MS);
    schedule(delay);
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
      headers: { Accept: "application/json" },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        if (response.status === 404 || response.status === 403) return { gone: true };
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (answer) {
        asking = false;
        window.clearTimeout(cutoff);
        if (answer.gone) {
          stopped = true; // not recognised any more: the button still leads somewhere
          return;
        }
        var next = answer.next;
        if (typeof next === "string" && next.charAt(0) === "/" && next.charAt(1) !== "/") {
          stopped = true;
          window.location.assign(next);
          return;
        }
        var suggested = Number(answer.retry_after) * 1000;
        delay = suggested > 0 ? Math.min(Math.max(suggested, FIRST_MS), SLOWEST_MS) : FIRST_MS;
        schedule(delay);
      })
      .catch(function () {
        asking = false;
        window.clearTimeout(cutoff);
        slower(); // offline for a moment, or the server is busy
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

  region.hidden = false;
  schedule(delay);
})();
