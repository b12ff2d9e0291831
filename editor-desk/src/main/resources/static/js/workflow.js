// The workflow buttons: the writer submits; the editor publishes (or publishes the update of a live story),
// schedules in WIB, sends back with a note, unpublishes with a reason. Unsaved text is saved first.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function init(editor, say, base) {
    function post(path, json, label) {
      say(label + '…');
      return editor.flush().then(function (clean) {
        if (!clean) { say('Simpan dulu: ada perubahan yang belum tersimpan.'); return; }
        return window.desk.api('POST', base + path, { json: json, headers: { 'If-Match': editor.etag() } })
          .then(function (r) {
            if (!r.ok) { say(label + ' gagal: ' + ((r.data && r.data.detail) || r.status)); return r; }
            localStorage.removeItem(editor.backupKey);
            say(label + ' berhasil.');
            window.location.reload();
            return r;
          });
      });
    }
    function needsAlt() {
      var p = editor.payload();
      if (p.image && !p.image.alt) { say('Isi teks alternatif foto utama dulu.'); $('image-alt').focus(); return true; }
      return false;
    }
    function on(id, handler) { var b = $(id); if (b) { b.addEventListener('click', handler); } }

    on('submit-btn', function () {
      if (needsAlt()) { return; }
      var note = $('submit-note').value.trim();
      post('/submit', note ? { note: note } : {}, 'Kirim ke editor');
    });
    on('publish-btn', function () { if (!needsAlt()) { post('/publish', undefined, 'Terbitkan'); } });
    on('schedule-btn', function () {
      var v = $('schedule-at').value; // the datetime-local is read as WIB (UTC+7), whatever the browser's zone
      if (!v) { say('Isi tanggal dan jam terbit (WIB).'); return; }
      if (!needsAlt()) { post('/schedule', { at: new Date(v + ':00+07:00').toISOString() }, 'Jadwalkan'); }
    });
    on('return-btn', function () {
      var note = $('return-note').value.trim();
      if (!note) { say('Tulis catatan untuk penulis.'); $('return-note').focus(); return; }
      post('/return', { note: note }, 'Kembalikan');
    });
    on('unpublish-btn', function () {
      var reason = $('unpublish-reason').value.trim();
      if (!reason) { say('Tulis alasan menarik berita.'); $('unpublish-reason').focus(); return; }
      post('/unpublish', { reason: reason }, 'Tarik dari situs');
    });
    on('discard-btn', function () {
      if (!window.confirm('Buang salinan kerja? Situs tetap menampilkan versi terbit.')) { return; }
      window.desk.api('DELETE', base + '/working-copy', { headers: { 'If-Match': editor.etag() } }).then(function (r) {
        if (r.ok) { localStorage.removeItem(editor.backupKey); window.location.reload(); } else { say('Gagal: ' + r.status); }
      });
    });
    on('preview-btn', function () {
      var win = window.open('', '_blank'); // opened on the click, so no pop-up blocker stops it
      editor.flush().then(function () {
        return window.desk.api('POST', base + '/preview', { json: {} });
      }).then(function (r) {
        if (r && r.ok && r.data.url) { win.location = r.data.url; } else { win.close(); say('Pratinjau belum tersedia.'); }
      });
    });
  }

  window.deskWorkflow = { init: init };
})();
