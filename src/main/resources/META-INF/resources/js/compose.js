// Compose page: live character count, the estimated on-air time (chime, repeats and pauses included) and the voice
// list filtered to the chosen language (the server checks the voice again; this only spares the author a refusal).
// The figure is the server's (POST data-estimate, the CSRF token in X-CSRF-TOKEN): it speaks the text and lays it out
// as the MP3 will be, so it is asked only after a pause in typing (700 ms); a busy server answers with an estimate.
(function () {
  'use strict';
  var DELAY_MS = 700;
  var text = document.getElementById('text');
  var count = document.getElementById('count');
  var duration = document.getElementById('duration');
  var language = document.getElementById('language');
  var voice = document.getElementById('voice');
  var rate = document.getElementById('rate');
  var priority = document.getElementById('priority');
  var csrf = document.querySelector('input[name="csrf-token"]');
  var timer = null;
  var asked = 0;
  if (!text || !count || !duration) {
    return;
  }

  function value(field) {
    return field ? field.value : '';
  }

  function estimate() {
    var mine = ++asked;
    var body = new URLSearchParams();
    body.set('text', text.value);
    body.set('language', value(language));
    body.set('priority', value(priority));
    body.set('voice', value(voice));
    body.set('rateWpm', value(rate));
    if (csrf) {
      body.set(csrf.name, csrf.value);
    }
    fetch(duration.getAttribute('data-estimate'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: body
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (mine === asked) {
        duration.textContent = answer ? answer.text : '–';
      }
    }).catch(function () {
      if (mine === asked) {
        duration.textContent = '–';
      }
    });
  }

  function update() {
    count.textContent = String(text.value.length);
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(estimate, DELAY_MS);
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
  if (priority) {
    priority.addEventListener('change', update);
  }
  if (voice) {
    voice.addEventListener('change', update);
  }
  filterVoices();
  update();
})();
