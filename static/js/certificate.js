/* A participant's certificate: the name typed in its field is written into the certificate on
   this page, as it is typed, and nowhere else. The field has no name and belongs to no form, so
   the browser has no way to send it; nothing here sends anything either. */
(function () {
  "use strict";

  function enable() {
    var input = document.getElementById("certificate-name");
    var lines = document.querySelectorAll("[data-certificate-name]");
    if (!input || !lines.length) {
      return;
    }
    function copy() {
      Array.prototype.forEach.call(lines, function (line) {
        line.textContent = input.value.trim();
      });
    }
    input.addEventListener("input", copy);
    copy(); // a name the browser kept in the field after a reload
    var field = input.closest("[data-certificate-name-field]");
    if (field) {
      field.classList.remove("needs-js");
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enable);
  } else {
    enable();
  }
})();
