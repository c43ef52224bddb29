// Faro's service worker for one session's participant pages (participation/views/offline.py).
// Scope: the session's join path, never the rest of the site. It keeps the pages a phone has seen
// there, and the static files they need, and serves them when the connection drops; it never
// answers a form: the page's script queues answers that cannot go (answers.js) and this worker
// sends the queue when the connection is back (Background Sync), even with no page open.
// Version {{ version }}.
"use strict";
importScripts("{{ outbox|escapejs }}");

var FILES = [{% for file in files %}"{{ file|escapejs }}"{% if not forloop.last %}, {% endif %}{% endfor %}];
var STATIC = "faro-static";
var PAGES = "faro-pages";
var OFFLINE_PAGES = "faro-offline";
var OFFLINE = new URL("offline/", self.registration.scope).pathname;

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(STATIC).then(function (cache) {
      return cache.keys().then(function (old) {
        // Files of an earlier release (other names) go; this release's are fetched once.
        var current = FILES.map(function (file) { return new URL(file, self.location).href; });
        return Promise.all(old.filter(function (request) {
          return current.indexOf(request.url) < 0;
        }).map(function (request) { return cache.delete(request); }));
      }).then(function () { return cache.addAll(FILES); }).then(keepOfflinePage);
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

// The page shown offline for a page never kept: in the participant's language, fetched again
// when they change it. It names no one, so it stays when a phone is handed on.
function keepOfflinePage() {
  return caches.open(OFFLINE_PAGES).then(function (cache) {
    return cache.add(new Request(OFFLINE, { credentials: "same-origin" }));
  }).catch(function () {});
}

function offlinePageIn(language) {
  return caches.open(OFFLINE_PAGES).then(function (cache) {
    return cache.match(OFFLINE);
  }).then(function (kept) {
    if (!kept || (language && kept.headers.get("Content-Language") !== language)) {
      return keepOfflinePage();
    }
  });
}

function isStatic(url) {
  return FILES.some(function (file) { return new URL(file, self.location).href === url.href; });
}

// The network first, always (fresh pages, and the HTTP cache for static files); what was kept
// only when it fails.
function networkFirst(request, store) {
  return fetch(request).then(function (response) {
    if (response.ok && response.type === "basic" && !response.redirected) {
      var copy = response.clone();
      caches.open(store).then(function (cache) { return cache.put(request, copy); });
      if (store === PAGES) offlinePageIn(response.headers.get("Content-Language"));
    }
    return response;
  }, function (error) {
    return caches.open(store).then(function (cache) {
      return cache.match(request, { ignoreSearch: store === PAGES }).then(function (kept) {
        if (kept) return kept;
        if (request.mode === "navigate") return caches.match(OFFLINE);
        throw error;
      });
    }).then(function (kept) {
      if (!kept) throw error;
      return kept;
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return; // answers go to the network, or to the page's queue
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isStatic(url)) {
    event.respondWith(networkFirst(request, STATIC));
  } else if (request.mode === "navigate" && url.pathname.indexOf(new URL(self.registration.scope).pathname) === 0) {
    event.respondWith(networkFirst(request, PAGES));
    event.waitUntil(flushAndTell());
  }
});

// Send the queue, and tell the open pages what was sent.
function flushAndTell() {
  return self.FaroOutbox.flush().then(function (settled) {
    if (!settled.length) return;
    return self.clients.matchAll({ type: "window" }).then(function (pages) {
      pages.forEach(function (page) { page.postMessage({ type: "faro-sent", outcomes: settled }); });
    });
  });
}

self.addEventListener("sync", function (event) {
  if (event.tag === "faro-answers") event.waitUntil(flushAndTell());
});

self.addEventListener("message", function (event) {
  var message = event.data || {};
  if (message.type === "faro-forget") {
    // The next person, or the end: nothing of this participant's pages stays on the phone.
    event.waitUntil(caches.delete(PAGES));
  }
});
