// Live refresh without a library: every element with data-poll="<url>" is replaced by that URL's HTML fragment
// every data-every milliseconds (default 2500), until the fragment says data-final="true".
(function () {
  'use strict';
  document.querySelectorAll('[data-poll]').forEach(function (box) {
    var url = box.dataset.poll;
    var every = parseInt(box.dataset.every, 10) || 2500;

    function finished() {
      var marker = box.querySelector('[data-final]');
      return marker && marker.dataset.final === 'true';
    }

    // someone is working in the box (typing, a field changed, listening): replacing it would lose that
    function busy() {
      if (box.contains(document.activeElement) && document.activeElement !== box) {
        return true;
      }
      var changed = Array.prototype.some.call(box.querySelectorAll('textarea, input'), function (f) {
        return f.type !== 'hidden' && f.value !== f.defaultValue;
      });
      return changed || Array.prototype.some.call(box.querySelectorAll('audio'), function (a) {
        return !a.paused;
      });
    }

    function tick() {
      if (finished() || document.hidden || busy()) {
        if (!finished()) {
          setTimeout(tick, every);
        }
        return;
      }
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).then(function (res) {
        if (res.redirected) {
          window.location.reload(); // the session ended: show the login page
          return null;
        }
        return res.ok ? res.text() : null;
      }).then(function (html) {
        if (html !== null && html !== undefined) {
          box.innerHTML = html; // server-rendered by Qute, every value escaped
        }
      }).catch(function () {
        // offline for a moment: try again at the next tick
      }).then(function () {
        setTimeout(tick, every);
      });
    }

    setTimeout(tick, every);
  });
})();
