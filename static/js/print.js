/* Print buttons: <button data-print> prints the page. Without JavaScript the button stays hidden
   (its wrapper has the class "needs-js", which keeps its space so nothing moves when it appears). */
(function () {
  "use strict";

  function enable() {
    if (typeof window.print !== "function") {
      return;
    }
    var buttons = document.querySelectorAll("[data-print]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        window.print();
      });
      button.disabled = false;
      for (var node = button; node && node.classList; node = node.parentNode) {
        if (node.classList.contains("needs-js")) {
          node.classList.remove("needs-js");
          break;
        }
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enable);
  } else {
    enable();
  }
})();
