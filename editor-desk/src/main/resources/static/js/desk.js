// The desk's shared script (every page): calls to the APIs through the desk with the CSRF token, and the banner
// when the session has ended. Kept tiny: the list page ships only this.
(function () {
  'use strict';
  var meta = function (name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : '';
  };

  /** fetch through the desk; resolves {ok, status, etag, data} (data: parsed JSON or null); rejects offline. */
  function api(method, path, options) {
    options = options || {};
    var headers = Object.assign({ Accept: 'application/json, application/problem+json' }, options.headers || {});
    headers[meta('csrf-header') || 'X-CSRF-TOKEN'] = meta('csrf-token');
    var body = options.body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    return fetch(path, { method: method, headers: headers, body: body, credentials: 'same-origin',
      keepalive: !!options.keepalive }).then(function (r) {
      if (r.status === 401) {
        sessionExpired();
      }
      return r.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        return { ok: r.ok, status: r.status, etag: r.headers.get('ETag'), data: data };
      });
    });
  }

  /** The session ended: the text stays in this browser; signing in again comes back to this page. */
  function sessionExpired() {
    var banner = document.getElementById('session-banner');
    if (!banner || !banner.hidden) {
      return;
    }
    banner.textContent = 'Sesi Anda berakhir. Perubahan yang belum tersimpan aman di peramban ini. ';
    var link = document.createElement('a');
    link.href = location.pathname + location.search;
    link.textContent = 'Masuk lagi';
    banner.appendChild(link);
    banner.hidden = false;
  }

  window.desk = { api: api, sessionExpired: sessionExpired };
})();
