/* Searchable checkbox lists (hub.core.widgets.SearchableCheckboxes). Without this file the list
   works as it is; with it, a filter box above the list hides the options that do not match. */
(function () {
  "use strict";
  var gettext = window.gettext || function (text) { return text; };
  var counter = 0;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function enhance(box) {
    var list = box.querySelector(".checklist__options");
    if (!list || box.dataset.checklistReady) return;
    box.dataset.checklistReady = "1";
    var id = "checklist-filter-" + (++counter);
    var label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = id;
    label.textContent = gettext("Filter the list");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.className = "checklist__filter";
    input.placeholder = gettext("Type to filter");
    input.autocomplete = "off";
    if (list.id) input.setAttribute("aria-controls", list.id);
    var none = document.createElement("p");
    none.className = "checklist__none";
    none.setAttribute("role", "status");
    box.insertBefore(label, list);
    box.insertBefore(input, list);
    box.insertBefore(none, list.nextSibling);
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));
    input.addEventListener("input", function () {
      var query = fold(input.value);
      var shown = 0;
      items.forEach(function (item) {
        var checkbox = item.querySelector("input");
        var match = !query || fold(item.textContent).indexOf(query) !== -1 || (checkbox && checkbox.checked);
        item.hidden = !match;
        if (match) shown += 1;
      });
      none.textContent = shown ? "" : gettext("No option matches.");
    });
    // Enter in the filter box must not submit the form.
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
    box.addEventListener("change", function () {
      var count = list.querySelectorAll("input:checked").length;
      var counter = box.querySelector(".checklist__count");
      if (counter) counter.textContent = interpolate(ngettext("%s selected", "%s selected", count), [count]);
    });
  }

  var ngettext = window.ngettext || function (s, p, n) { return n === 1 ? s : p; };
  var interpolate = window.interpolate || function (fmt, args) { return fmt.replace("%s", args[0]); };
  document.querySelectorAll("[data-checklist]").forEach(enhance);
})();
