// The queue of answers kept on this phone until they are sent, shared by the participant pages
// (answers.js) and the service worker (sw.js, which sends it with Background Sync when no page is
// open). It lives in IndexedDB, the one store both can read. Each entry is a form submission,
// keyed by its answer key: queuing the same answers twice keeps one entry, and the server counts a
// resend of the same key once, so whoever sends an entry first, page or worker, sends it for both.
// When the server has answered, the entry leaves the queue and an outcome stays: where to go next
// and when it was sent, for the page to show.
(function (scope) {
  "use strict";
  var DB_NAME = "faro-answers";
  var QUEUE = "queue";
  var OUTCOMES = "outcomes";
  var TIMEOUT_MS = 20000;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = scope.indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(QUEUE, { keyPath: "key" });
        request.result.createObjectStore(OUTCOMES, { keyPath: "key" });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(store, mode, action) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(store, mode);
        var request = action(transaction.objectStore(store));
        transaction.oncomplete = function () {
          db.close();
          resolve(request ? request.result : undefined);
        };
        transaction.onerror = transaction.onabort = function () {
          db.close();
          reject(transaction.error);
        };
      });
    });
  }

  function within(entries, path) {
    return entries.filter(function (entry) { return !path || entry.path === path; });
  }

  // Send one entry. Resolves with its outcome once the server has answered it, rejects while it
  // cannot (no connection, a timeout, a busy or failing server): the entry is then sent later.
  function send(entry) {
    var controller = scope.AbortController ? new AbortController() : null;
    var cutoff = controller && setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    return fetch(entry.url, {
      method: "POST",
      body: entry.body,
      credentials: "same-origin",
      cache: "no-store",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      signal: controller ? controller.signal : undefined,
    }).then(function (response) {
      clearTimeout(cutoff);
      if (response.status >= 500 || response.status === 429 || response.status === 408) {
        throw new Error("busy: " + response.status);
      }
      var outcome = {
        key: entry.key,
        path: entry.path,
        url: entry.url,
        sentAt: Date.now(),
        status: response.status,
      };
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (response.ok && json) {
        return response.json().then(function (answer) {
          var next = answer && answer.next;
          outcome.next = typeof next === "string" && next.charAt(0) === "/" && next.charAt(1) !== "/"
            ? next : entry.url;
          // Refused with a page that says why (they came too late): not sent.
          outcome.refused = !!(answer && answer.refused);
          return outcome;
        });
      }
      // Answered, but not taken as sent (a page of errors, a conflict): the page of the form
      // shows why when the phone opens it again, with the answers it kept.
      outcome.refused = true;
      outcome.next = entry.url;
      return outcome;
    }, function (error) {
      clearTimeout(cutoff);
      throw error;
    });
  }

  var outbox = {
    queue: function (entry) {
      entry.queuedAt = Date.now();
      return run(QUEUE, "readwrite", function (store) { return store.put(entry); });
    },
    queued: function (path) {
      return run(QUEUE, "readonly", function (store) { return store.getAll(); })
        .then(function (entries) { return within(entries || [], path); });
    },
    outcomes: function (path) {
      return run(OUTCOMES, "readonly", function (store) { return store.getAll(); })
        .then(function (entries) { return within(entries || [], path); });
    },
    send: send,
    // Record what the server answered, and take the entry off the queue.
    settle: function (outcome) {
      return run(OUTCOMES, "readwrite", function (store) { return store.put(outcome); })
        .then(function () {
          return run(QUEUE, "readwrite", function (store) { return store.delete(outcome.key); });
        })
        .then(function () { return outcome; });
    },
    // Send every queued entry, oldest first; stop at the first that cannot go yet.
    flush: function () {
      return outbox.queued().then(function (entries) {
        entries.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
        var settled = [];
        return entries.reduce(function (previous, entry) {
          return previous.then(function () {
            return send(entry).then(outbox.settle).then(function (outcome) {
              settled.push(outcome);
            });
          });
        }, Promise.resolve()).then(
          function () { return settled; },
          function () { return settled; }
        );
      });
    },
    // Forget what this phone kept of a session's answers (the next person, or the end), all
    // sessions when no path is given; entries still waiting for the connection are kept unless
    // `everything`.
    forget: function (path, everything) {
      var stores = everything ? [QUEUE, OUTCOMES] : [OUTCOMES];
      return stores.reduce(function (previous, name) {
        return previous.then(function () {
          return run(name, "readwrite", function (store) {
            if (!path) return store.clear();
            var request = store.openCursor();
            request.onsuccess = function () {
              var cursor = request.result;
              if (!cursor) return;
              if (cursor.value.path === path) cursor.delete();
              cursor.continue();
            };
            return null;
          });
        });
      }, Promise.resolve());
    },
  };

  scope.FaroOutbox = outbox;
})(self);
