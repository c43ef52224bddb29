// Answers are never lost on a weak connection (participation/views/offline.py says how the parts
// fit together). On a session's participant pages this script:
// - keeps every choice on the phone as it is made, under the form's answer key (the same key on
//   every load of the form, and another for every person), and puts it back after a reload, a
//   crash or a lost connection;
// - sends the form itself: when the answers cannot go, they wait in the phone's queue
//   (outbox.js), a message in the participant's language says so, and they are sent by
//   themselves when the connection is back (Background Sync in the service worker where the
//   browser has it; here on the `online` event, every few seconds, and on the next visit); the
//   page then says when they were sent;
// - registers the service worker that keeps the session's pages for offline use;
// - clears what the phone kept of a participant at the end, and when it is handed to the next
//   person (refused while some answers still wait to be sent).
// Without JavaScript, or without IndexedDB, the forms are sent as usual.
(function () {
  "use strict";
  var root = document.querySelector("[data-join-path]");
  if (!root) return;
  var path = root.dataset.joinPath;
  var DRAFT = "faro.answers.";
  var outbox = window.FaroOutbox;
  var canQueue = !!(outbox && window.indexedDB && window.fetch && window.Promise);
  var retryDelay = 5000;
  var retryTimer = null;

  function storage() {
    try {
      return window.localStorage;
    } catch (error) {
      return null; // storage refused (a private window on some phones): nothing is kept
    }
  }

  // --- Answers kept as they are chosen ------------------------------------------------------

  function answerFields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && field.type !== "hidden" && field.type !== "submit" && !field.disabled;
    });
  }

  function draftSave(form) {
    var store = storage();
    if (!store) return;
    var answers = {};
    answerFields(form).forEach(function (field) {
      if (field.type === "radio" || field.type === "checkbox") {
        if (!answers[field.name]) answers[field.name] = [];
        if (field.checked) answers[field.name].push(field.value);
      } else {
        answers[field.name] = field.value;
      }
    });
    try {
      store.setItem(DRAFT + form.elements.key.value, JSON.stringify({ path: path, answers: answers }));
    } catch (error) { /* storage full: the form still works */ }
  }

  function draftRestore(form) {
    var store = storage();
    var kept = store && store.getItem(DRAFT + form.elements.key.value);
    if (!kept) return;
    var answers;
    try {
      answers = JSON.parse(kept).answers || {};
    } catch (error) {
      return;
    }
    // The server's own values come first: a page that came back with errors shows what was sent.
    var bound = form.querySelector("[aria-invalid], .question--invalid");
    if (bound) return;
    answerFields(form).forEach(function (field) {
      var value = answers[field.name];
      if (value === undefined) return;
      if (field.type === "radio" || field.type === "checkbox") {
        field.checked = Array.isArray(value) && value.indexOf(field.value) >= 0;
      } else if (typeof value === "string") {
        field.value = value;
      }
    });
  }

  function draftsForget() {
    var store = storage();
    if (!store) return;
    for (var index = store.length - 1; index >= 0; index -= 1) {
      var name = store.key(index);
      if (name && name.indexOf(DRAFT) === 0) store.removeItem(name);
    }
  }

  // --- What the page says -------------------------------------------------------------------

  function show(form, state, outcome) {
    var status = form.querySelector("[data-answers-status]");
    if (!status) return;
    status.hidden = !state;
    Array.prototype.forEach.call(status.querySelectorAll("[data-state]"), function (line) {
      line.hidden = line.dataset.state !== state;
    });
    var button = form.querySelector("button[type=submit]");
    if (button) {
      button.disabled = state === "sending" || state === "sent";
      button.setAttribute("aria-busy", state === "sending" ? "true" : "false");
    }
    if (state === "sent" && outcome) {
      var time = status.querySelector("[data-sent-at]");
      var sent = new Date(outcome.sentAt);
      time.setAttribute("datetime", sent.toISOString());
      time.textContent = sent.toLocaleTimeString(document.documentElement.lang || undefined, {
        hour: "2-digit",
        minute: "2-digit",
      });
      status.querySelector("[data-continue]").setAttribute("href", outcome.next);
    }
  }

  function settled(form, outcome) {
    if (outcome.refused && outcome.next !== outcome.url) {
      window.location.assign(outcome.next); // the page that says why (they came too late)
    } else if (outcome.refused) {
      // The server did not take them as they are (an answer missing, the quiz changed): the
      // form goes as an ordinary one, and its page says why, with the answers kept.
      HTMLFormElement.prototype.submit.call(form);
    } else {
      show(form, "sent", outcome);
    }
  }

  // --- Sending ------------------------------------------------------------------------------

  function entryOf(form) {
    return {
      key: form.elements.key.value,
      path: path,
      url: form.getAttribute("action") || window.location.pathname,
      body: new URLSearchParams(new FormData(form)).toString(),
    };
  }

  function askForSync() {
    if (!navigator.serviceWorker || !window.SyncManager) return;
    navigator.serviceWorker.ready.then(function (registration) {
      return registration.sync.register("faro-answers");
    }).catch(function () { /* the page's own retries still run */ });
  }

  function retryLater() {
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(flush, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 60000);
  }

  function flush() {
    window.clearTimeout(retryTimer);
    return outbox.flush().then(function (outcomes) {
      outcomes.forEach(tellForm);
      return outbox.queued();
    }).then(function (left) {
      if (left.length) {
        retryLater();
      } else {
        retryDelay = 5000;
      }
    });
  }

  function formFor(key) {
    var form = document.querySelector("form[data-answers]");
    return form && form.elements.key && form.elements.key.value === key ? form : null;
  }

  function tellForm(outcome) {
    var form = formFor(outcome.key);
    if (form) {
      settled(form, outcome);
    } else if (outcome.refused && outcome.next !== outcome.url) {
      window.location.assign(outcome.next); // wherever the phone is: they were not counted
    }
  }

  function submit(event) {
    var form = event.target;
    event.preventDefault();
    draftSave(form);
    var entry = entryOf(form);
    show(form, "sending");
    outbox.send(entry).then(function (outcome) {
      if (outcome.refused) {
        settled(form, outcome);
      } else {
        window.location.assign(outcome.next);
      }
    }, function () {
      outbox.queue(entry).then(function () {
        show(form, "queued");
        askForSync();
        retryLater();
      }, function () {
        // The phone cannot keep the queue: send it as an ordinary form after all.
        HTMLFormElement.prototype.submit.call(form);
      });
    });
  }

  function formSetUp(form) {
    if (!form.elements.key) return;
    draftRestore(form);
    form.addEventListener("change", function () { draftSave(form); });
    form.addEventListener("input", function () { draftSave(form); });
    if (!canQueue) return;
    form.addEventListener("submit", submit);
    var key = form.elements.key.value;
    // Answers of this form already waiting, or already sent while the page was away.
    outbox.queued(path).then(function (entries) {
      if (entries.some(function (entry) { return entry.key === key; })) show(form, "queued");
    });
    outbox.outcomes(path).then(function (outcomes) {
      outcomes.forEach(function (outcome) {
        if (outcome.key === key && !outcome.refused) show(form, "sent", outcome);
      });
    });
  }

  // --- Handing the phone on, and the end ----------------------------------------------------

  function forgetAll(everything) {
    draftsForget();
    if (window.caches) window.caches.delete("faro-pages");
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: "faro-forget" });
    }
    return canQueue ? outbox.forget(null, everything) : Promise.resolve();
  }

  function handoverSetUp(form) {
    form.addEventListener("submit", function (event) {
      if (!canQueue) {
        draftsForget();
        return;
      }
      event.preventDefault();
      outbox.queued().then(function (waiting) {
        if (waiting.length) {
          var warning = form.querySelector("[data-unsent]");
          if (warning) warning.hidden = false;
          flush();
          return;
        }
        return forgetAll(true).then(function () {
          HTMLFormElement.prototype.submit.call(form);
        });
      }).catch(function () {
        HTMLFormElement.prototype.submit.call(form);
      });
    });
  }

  // --- Start --------------------------------------------------------------------------------

  if (navigator.serviceWorker && window.isSecureContext && root.dataset.serviceWorker) {
    navigator.serviceWorker.register(root.dataset.serviceWorker, { scope: path }).catch(function () {
      /* no offline pages on this phone; the queue still works */
    });
    navigator.serviceWorker.addEventListener("message", function (event) {
      var message = event.data || {};
      if (message.type === "faro-sent") message.outcomes.forEach(tellForm);
    });
  }
  var answers = document.querySelector("form[data-answers]");
  if (answers) formSetUp(answers);
  var handover = document.querySelector("form[data-handover]");
  if (handover) handoverSetUp(handover);
  if (document.querySelector("[data-flow-end]")) {
    // The end: everything was sent (the server showed this page), so nothing needs keeping.
    if (canQueue) {
      outbox.queued().then(function (waiting) { if (!waiting.length) forgetAll(false); });
    } else {
      draftsForget();
    }
  }
  if (canQueue) {
    window.addEventListener("online", function () { retryDelay = 5000; flush(); });
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) flush();
    });
    flush();
  }
})();
