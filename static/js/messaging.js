/* M4D Hub messaging: polls for new private messages, the unread count and the notification bell.
   Without JavaScript everything still works: the inbox, conversations and notifications are
   plain pages. */
(function () {
  "use strict";
  // Django's JavaScript catalogue (/jsi18n/) defines these; without it the English text stays.
  var ngettext = window.ngettext || function (singular, plural, n) { return n === 1 ? singular : plural; };
  var interpolate = window.interpolate || function (fmt, obj, named) {
    return fmt.replace(/%\((\w+)\)s/g, function (match, name) { return String(obj[name]); });
  };
  var inbox = document.querySelector("[data-unread-url]");
  if (!inbox || !window.fetch) { return; }
  var badge = inbox.querySelector("[data-unread-count]");
  var bell = document.querySelector("[data-notification-count]");
  var chat = document.getElementById("chat");
  var seconds = Math.max(2, parseInt(inbox.getAttribute("data-poll-seconds"), 10) || 5);
  var busy = false;

  function showUnread(count) {
    if (!badge || typeof count !== "number") { return; }
    badge.textContent = interpolate(ngettext("%(count)s unread", "%(count)s unread", count), { count: count }, true);
    badge.hidden = count === 0;
  }

  function showNotifications(count) {
    if (!bell || typeof count !== "number") { return; }
    bell.textContent = interpolate(ngettext("%(count)s new", "%(count)s new", count), { count: count }, true);
    bell.hidden = count === 0;
  }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  function poll() {
    if (busy || document.hidden) { return; }
    busy = true;
    var request;
    if (chat) {
      var url = chat.getAttribute("data-updates-url") + "?after=" + encodeURIComponent(chat.getAttribute("data-last-id") || "0");
      request = getJSON(url).then(function (data) {
        if (!data) { return; }
        if (data.html && data.html.trim()) {
          // The server escaped and autolinked the bodies; insert its markup as a fragment.
          var template = document.createElement("template");
          template.innerHTML = data.html;
          template.content.querySelectorAll("[data-id]").forEach(function (item) {
            if (!document.getElementById(item.id)) { chat.appendChild(item); }
          });
        }
        chat.setAttribute("data-last-id", String(data.last_id));
        showUnread(data.unread);
        showNotifications(data.notifications);
      });
    } else {
      request = getJSON(inbox.getAttribute("data-unread-url")).then(function (data) {
        if (data) { showUnread(data.unread); showNotifications(data.notifications); }
      });
    }
    request.catch(function () {}).then(function () { busy = false; });
  }

  window.setInterval(poll, seconds * 1000);
  document.addEventListener("visibilitychange", poll);
})();
