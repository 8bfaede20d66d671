// Recorder on the compose page: microphone (getUserMedia) -> Web Audio capture -> 16-bit PCM mono WAV Blob,
// played back before upload, then PUT with fetch to the URL in data-upload, with the CSRF token in X-CSRF-TOKEN.
// LoaWav.encode is separate and pure, so it can be checked on its own (see the browser test).
var LoaWav = (function () {
  'use strict';

  function writeAscii(view, offset, s) {
    for (var i = 0; i < s.length; i++) {
      view.setUint8(offset + i, s.charCodeAt(i));
    }
  }

  /** Float samples (-1..1, mono) at sampleRate Hz -> bytes of a canonical 44-byte-header PCM WAV file. */
  function encode(samples, sampleRate) {
    var dataBytes = samples.length * 2;
    var buffer = new ArrayBuffer(44 + dataBytes);
    var view = new DataView(buffer);
    writeAscii(view, 0, 'RIFF');
    view.setUint32(4, 36 + dataBytes, true);
    writeAscii(view, 8, 'WAVE');
    writeAscii(view, 12, 'fmt ');
    view.setUint32(16, 16, true);             // fmt chunk size
    view.setUint16(20, 1, true);              // PCM
    view.setUint16(22, 1, true);              // mono
    view.setUint32(24, sampleRate, true);
    view.setUint32(28, sampleRate * 2, true); // byte rate: rate * channels * 2 bytes
    view.setUint16(32, 2, true);              // block align
    view.setUint16(34, 16, true);             // bits per sample
    writeAscii(view, 36, 'data');
    view.setUint32(40, dataBytes, true);
    for (var i = 0; i < samples.length; i++) {
      var x = Math.max(-1, Math.min(1, samples[i]));
      view.setInt16(44 + i * 2, x < 0 ? Math.round(x * 0x8000) : Math.round(x * 0x7FFF), true);
    }
    return new Uint8Array(buffer);
  }

  function concat(chunks) {
    var length = 0;
    chunks.forEach(function (c) { length += c.length; });
    var all = new Float32Array(length);
    var at = 0;
    chunks.forEach(function (c) { all.set(c, at); at += c.length; });
    return all;
  }

  return { encode: encode, concat: concat };
})();

(function () {
  'use strict';
  var box = document.getElementById('recorder');
  var start = document.getElementById('rec-start');
  if (!box || !start || !box.dataset.upload) {
    return;
  }
  var stop = document.getElementById('rec-stop');
  var upload = document.getElementById('rec-upload');
  var player = document.getElementById('rec-play');
  var time = document.getElementById('rec-time');
  var status = document.getElementById('rec-status');
  var csrf = document.querySelector('input[name="csrf-token"]');
  var state = null;
  var wav = null;

  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.AudioContext) {
    start.disabled = true;
    status.textContent = status.dataset.unsupported;
    return;
  }

  function showTime(seconds) {
    var s = Math.floor(seconds);
    time.textContent = Math.floor(s / 60) + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
  }

  start.addEventListener('click', function () {
    navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1 } }).then(function (stream) {
      var context = new AudioContext();
      var source = context.createMediaStreamSource(stream);
      // ScriptProcessor: deprecated but needs no worklet module; 4096 frames is ~85 ms at 48 kHz
      var processor = context.createScriptProcessor(4096, 1, 1);
      var chunks = [];
      processor.onaudioprocess = function (e) {
        chunks.push(new Float32Array(e.inputBuffer.getChannelData(0)));
        showTime(chunks.length * 4096 / context.sampleRate);
      };
      source.connect(processor);
      processor.connect(context.destination);
      state = { stream: stream, context: context, processor: processor, chunks: chunks };
      start.disabled = true;
      stop.disabled = false;
      upload.disabled = true;
      status.textContent = '';
    }).catch(function (err) {
      status.textContent = String(err && err.message ? err.message : err);
    });
  });

  stop.addEventListener('click', function () {
    if (!state) {
      return;
    }
    state.processor.disconnect();
    state.stream.getTracks().forEach(function (t) { t.stop(); });
    var rate = state.context.sampleRate;
    state.context.close();
    wav = new Blob([LoaWav.encode(LoaWav.concat(state.chunks), rate)], { type: 'audio/wav' });
    state = null;
    player.src = URL.createObjectURL(wav);
    player.hidden = false;
    start.disabled = false;
    stop.disabled = true;
    upload.disabled = false;
  });

  upload.addEventListener('click', function () {
    if (!wav) {
      return;
    }
    upload.disabled = true;
    fetch(box.dataset.upload, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'audio/wav', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
      body: wav
    }).then(function (res) {
      status.textContent = res.ok ? '✓ ' + res.status : res.status + ' ' + res.statusText;
      upload.disabled = res.ok;
    }).catch(function (err) {
      status.textContent = String(err);
      upload.disabled = false;
    });
  });
})();
