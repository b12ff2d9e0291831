// Restore a revision: a new save with that version's content (If-Match on the current ETag), then the editor.
(function () {
  'use strict';
  document.querySelectorAll('button.restore').forEach(function (b) {
    b.addEventListener('click', function () {
      var state = document.getElementById('restore-state');
      if (!window.confirm('Pulihkan versi ' + b.dataset.version + ' sebagai simpanan baru?')) { return; }
      var base = '/desk-api/articles/' + encodeURIComponent(b.dataset.id);
      window.desk.api('GET', base).then(function (current) {
        return window.desk.api('POST', base + '/revisions/' + b.dataset.version + '/restore',
          { headers: { 'If-Match': current.etag } });
      }).then(function (r) {
        if (r.ok) {
          localStorage.removeItem('desk.backup.' + b.dataset.id);
          window.location = '/cerita/' + encodeURIComponent(b.dataset.id);
        } else {
          state.textContent = 'Gagal memulihkan: ' + ((r.data && r.data.detail) || r.status);
        }
      });
    });
  });
})();
