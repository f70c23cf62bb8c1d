/* Search enhancements. Everything works without this file: it adds title suggestions to search
   boxes that carry data-autocomplete-url (an ARIA combobox), and applies facet checkboxes as
   soon as they change. No dependencies. */
(function () {
  "use strict";
  // Django's JavaScript catalogue (/jsi18n/) defines gettext; without it the English text stays.
  var gettext = window.gettext || function (text) { return text; };
  var DELAY_MS = 150;
  var MIN_CHARS = 2;
  var counter = 0;

  function enhance(input) {
    if (input.dataset.autocompleteReady) return;
    input.dataset.autocompleteReady = "1";
    var form = input.form;
    var listId = "autocomplete-" + (++counter);
    var wrapper = document.createElement("div");
    wrapper.className = "autocomplete";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "autocomplete__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", gettext("Suggestions"));
    list.hidden = true;
    wrapper.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var timer = null;
    var active = -1;
    var latest = 0;

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(option) {
      input.value = option.dataset.title;
      close();
      if (form) form.submit();
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) return;
      active = (index + options.length) % options.length;
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    function show(results) {
      list.innerHTML = "";
      active = -1;
      if (!results.length) { close(); return; }
      results.forEach(function (result, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.className = "autocomplete__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.title = result.title;
        option.textContent = result.title;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(option);
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < MIN_CHARS) { close(); return; }
      var url = new URL(input.dataset.autocompleteUrl, window.location.href);
      url.searchParams.set("q", value);
      var ticket = ++latest;
      fetch(url.toString(), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (ticket === latest) show(data.results || []); })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(list.querySelectorAll("[role=option]")[active]);
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  function init() {
    document.documentElement.classList.add("has-js");
    document.querySelectorAll("input[data-autocomplete-url]").forEach(enhance);
    document.querySelectorAll("form[data-faceted-search]").forEach(function (form) {
      form.addEventListener("change", function (event) {
        var target = event.target;
        if (target.type === "checkbox" || target.type === "radio" || target.name === "sort") form.submit();
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
