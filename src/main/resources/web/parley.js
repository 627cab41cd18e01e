// Parley's only script. Pages work without it; with it they refresh their live part when the
// negotiation changes, and send the CSRF token with htmx requests.
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) {
      event.detail.headers["X-CSRF-Token"] = meta.content;
    }
  });

  var source = null;

  // Listens to the negotiation's event stream and asks htmx to refresh the live part on each change.
  // The browser reconnects by itself after a dropped connection; when the server refused or went
  // away, this tries again after a pause and refreshes, since changes may have been missed.
  function connect(live) {
    source = new EventSource(live.getAttribute("data-events"));
    source.addEventListener("open", function () {
      live.setAttribute("data-live", "open");
    });
    source.addEventListener("change", function () {
      htmx.trigger(live, "parley:change");
    });
    source.addEventListener("error", function () {
      live.setAttribute("data-live", "reconnecting");
      if (source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(function () {
          connect(live);
          htmx.trigger(live, "parley:change");
        }, 3000);
      }
    });
  }

  function start() {
    var live = document.getElementById("live");
    if (live && window.EventSource && window.htmx && source === null) {
      connect(live);
    }
  }

  window.addEventListener("pagehide", function () {
    if (source !== null) {
      source.close();
      source = null;
    }
  });
  window.addEventListener("pageshow", function (event) {
    var live = document.getElementById("live");
    if (event.persisted && live) {
      start();
      htmx.trigger(live, "parley:change");
    }
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
