// Photos of the editor: the lead photo (upload or pick from media-service's library, alt text required, caption,
// credit, focal point by a click on the photo) and photos placed in the body as figures.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function variant(media, name) {
    var v = media.variants || {};
    return (v[name] || v.w960 || v.w640 || v.w320 || {}).jpg || '';
  }

  function init(changed, insertFigure) {
    var state = $('photo-state'), preview = $('photo-preview'), dialog = $('library'), items = $('library-items');
    var cursor = null, forBody = false;

    function say(text) { state.textContent = text; }

    function useLead(media) {
      $('image-media').value = media.id;
      $('image-url').value = '';
      if (!$('image-alt').value && media.alt) { $('image-alt').value = media.alt; }
      if (!$('image-caption').value && media.caption) { $('image-caption').value = media.caption; }
      if (!$('image-credit').value && media.credit) { $('image-credit').value = media.credit; }
      preview.innerHTML = '';
      var img = document.createElement('img');
      img.src = variant(media, 'w640');
      img.alt = $('image-alt').value;
      preview.appendChild(img);
      say($('image-alt').value ? 'Foto dipasang.' : 'Foto dipasang. Isi teks alternatif.');
      changed();
    }

    function pick(media) {
      if (dialog.open) { dialog.close(); }
      if (!forBody) { useLead(media); return; }
      var alt = media.alt || window.prompt('Teks alternatif foto (wajib):', '') || '';
      if (!alt.trim()) { say('Foto tidak disisipkan: teks alternatif wajib.'); return; }
      insertFigure(variant(media, 'w960'), alt.trim(), [media.caption, media.credit].filter(Boolean).join(' — '));
    }

    function loadLibrary(more) {
      if (!more) { items.innerHTML = ''; cursor = null; }
      window.desk.api('GET', '/desk-api/media?limit=24' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''))
        .then(function (r) {
          if (!r.ok) { items.textContent = 'Pustaka tidak dapat dimuat (' + r.status + ').'; return; }
          cursor = r.data.nextCursor;
          $('library-more').hidden = !cursor;
          r.data.items.forEach(function (media) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'pick';
            var img = document.createElement('img');
            img.src = variant(media, 'thumb');
            img.alt = media.alt || media.caption || 'Foto tanpa keterangan';
            img.width = 120;
            img.height = 120;
            b.appendChild(img);
            b.addEventListener('click', function () { pick(media); });
            items.appendChild(b);
          });
        });
    }

    function openLibrary(body) {
      forBody = body;
      loadLibrary(false);
      dialog.showModal();
    }

    $('image-file').addEventListener('change', function (e) {
      var file = e.target.files[0];
      if (!file) { return; }
      var form = new FormData();
      form.append('file', file);
      ['alt', 'caption', 'credit'].forEach(function (k) {
        var v = $('image-' + k).value.trim();
        if (v) { form.append(k, v); }
      });
      say('Mengunggah…');
      window.desk.api('POST', '/desk-api/media', { body: form }).then(function (r) {
        if (r.ok) { forBody = false; pick(r.data); } else { say('Unggahan ditolak: ' + ((r.data && r.data.detail) || r.status)); }
      }, function () { say('Unggahan gagal: periksa jaringan.'); });
    });
    $('library-btn').addEventListener('click', function () { openLibrary(false); });
    $('photo-btn').addEventListener('click', function () { openLibrary(true); });
    $('library-more').addEventListener('click', function () { loadLibrary(true); });
    $('library-close').addEventListener('click', function () { dialog.close(); });
    ['image-alt', 'image-caption', 'image-credit'].forEach(function (id) { $(id).addEventListener('input', changed); });

    // Focal point: where the crops (1:1, 16:9, share image) centre; a new media revision with new URLs.
    preview.addEventListener('click', function (e) {
      var img = preview.querySelector('img'), id = $('image-media').value;
      if (!img || !id) { return; }
      var box = img.getBoundingClientRect();
      var x = Math.round((e.clientX - box.left) / box.width * 100) / 100;
      var y = Math.round((e.clientY - box.top) / box.height * 100) / 100;
      window.desk.api('PATCH', '/desk-api/media/' + encodeURIComponent(id), { json: { focalPoint: { x: x, y: y } } })
        .then(function (r) { say(r.ok ? 'Titik fokus disimpan (' + x + ', ' + y + ').' : 'Titik fokus ditolak.'); });
    });
  }

  window.deskPhotos = { init: init };
})();
