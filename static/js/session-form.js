/* Session form: show only the modules of the chosen campaign. Without this script every module
   is listed and the server says which ones do not belong to the campaign. */
(function () {
  "use strict";
  var campaign = document.getElementById("id_campaign");
  if (!campaign) { return; }
  var options = document.querySelectorAll("input[name='modules'][data-campaign]");

  function showCampaignModules() {
    options.forEach(function (input) {
      var row = input.closest(".form-check") || input.parentNode;
      var belongs = input.getAttribute("data-campaign") === campaign.value;
      row.hidden = !belongs;
      if (!belongs) { input.checked = false; }
    });
  }

  campaign.addEventListener("change", showCampaignModules);
  showCampaignModules();
})();
