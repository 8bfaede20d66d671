// Compose page: live character count and estimated speaking time of the bulletin text.
// Speaking rate (words per minute) by language: Vietnamese about 130, English about 150.
(function () {
  'use strict';
  var WPM = { vi: 130, en: 150 };
  var text = document.getElementById('text');
  var count = document.getElementById('count');
  var duration = document.getElementById('duration');
  var language = document.getElementById('language');
  if (!text || !count || !duration) {
    return;
  }

  function words(s) {
    var t = s.trim();
    return t === '' ? 0 : t.split(/\s+/).length;
  }

  function minutesSeconds(totalSeconds) {
    var m = Math.floor(totalSeconds / 60);
    var s = totalSeconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function update() {
    var wpm = WPM[language ? language.value : 'vi'] || WPM.vi;
    count.textContent = String(text.value.length);
    duration.textContent = '≈ ' + minutesSeconds(Math.round(words(text.value) * 60 / wpm));
  }

  text.addEventListener('input', update);
  if (language) {
    language.addEventListener('change', update);
  }
  update();
})();
