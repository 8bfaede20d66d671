// Compose page: live character count and estimated speaking time of the bulletin text, and the voice list filtered
// to the chosen language (the server checks the voice again; this only spares the author a refusal).
// Speaking rate (words per minute): the rate field if filled in, otherwise by language: Vietnamese about 130,
// English about 150.
(function () {
  'use strict';
  var WPM = { vi: 130, en: 150 };
  var text = document.getElementById('text');
  var count = document.getElementById('count');
  var duration = document.getElementById('duration');
  var language = document.getElementById('language');
  var voice = document.getElementById('voice');
  var rate = document.getElementById('rate');
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

  function typedRate() {
    var r = rate ? parseInt(rate.value, 10) : NaN;
    return r >= parseInt(rate.min, 10) && r <= parseInt(rate.max, 10) ? r : NaN;
  }

  function update() {
    var wpm = typedRate() || WPM[language ? language.value : 'vi'] || WPM.vi;
    count.textContent = String(text.value.length);
    duration.textContent = '≈ ' + minutesSeconds(Math.round(words(text.value) * 60 / wpm));
  }

  // Only the chosen language's voices (and "default") can be picked; a voice of another language is cleared.
  function filterVoices() {
    if (!voice || !language) {
      return;
    }
    for (var i = 0; i < voice.options.length; i++) {
      var option = voice.options[i];
      var lang = option.getAttribute('data-language');
      var fits = !lang || lang === language.value;
      option.hidden = !fits;
      option.disabled = !fits;
      if (!fits && option.selected) {
        voice.value = '';
      }
    }
  }

  text.addEventListener('input', update);
  if (language) {
    language.addEventListener('change', function () {
      filterVoices();
      update();
    });
  }
  if (rate) {
    rate.addEventListener('input', update);
  }
  filterVoices();
  update();
})();
