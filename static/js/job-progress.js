// Follows a background job's progress (the donor PDF) on its own page: every two seconds it reads
// the page again and puts its fresh #job-progress in place, until the fresh one no longer asks to
// be followed (the job is done and the download link is there). This replaces a
// <meta http-equiv="refresh">, which reloads the whole page under the reader (WCAG 2.2.1); the
// region is a live one (role="status"), so a screen reader says each step. Without this script, reloading
// the page shows the progress too.
(function () {
  "use strict";
  var INTERVAL_MS = 2000;
  var region = document.getElementById("job-progress");
  if (!region || !region.dataset.follow || !window.fetch) return;
  var url = window.location.href;

  function follow() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var fresh = html && new DOMParser().parseFromString(html, "text/html")
          .getElementById("job-progress");
        if (fresh) {
          region.replaceChildren.apply(region, Array.from(fresh.childNodes));
          if (!fresh.dataset.follow) return; // done: stop here
        }
        window.setTimeout(follow, INTERVAL_MS);
      })
      .catch(function () { window.setTimeout(follow, INTERVAL_MS); });
  }

  window.setTimeout(follow, INTERVAL_MS);
})();
