// The editor: autosave (within 3 s of the last keystroke, one save in flight, If-Match on the latest ETag), a
// backup in this browser that outlives a closed tab, a dropped network and an ended session, conflicts shown side by
// side without discarding the editor's text, the edit lock with heartbeat and explicit take-over, and the workflow.
(function () {
  'use strict';
  var root = document.getElementById('editor');
  if (!root) { return; }
  var $ = function (id) { return document.getElementById(id); };
  var api = window.desk.api, clean = window.deskClean;
  var id = root.dataset.id, isEditor = root.dataset.editor === 'true';
  var base = '/desk-api/articles/' + encodeURIComponent(id);
  var etag = root.dataset.etag;
  // The lock's session belongs to this tab and outlives a reload or a new sign-in in it (sessionStorage), so an
  // editor whose desk session ended does not find the story locked by their own earlier page.
  var session = sessionStorage.getItem('desk.lock.' + id)
    || (window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
  sessionStorage.setItem('desk.lock.' + id, session);
  var backupKey = 'desk.backup.' + id;
  var body = $('body'), fields = ['title', 'summary', 'category', 'tags', 'author-name', 'image-alt', 'image-caption',
    'image-credit', 'image-media', 'image-url', 'seo-title', 'seo-description', 'slug'];
  var dirty = false, inFlight = false, again = false, timer = null, blocked = false, holding = false;
  var retries = 0, originalAuthor = $('author-name').value;
  // The slug is sent only once the editor chose one (else it follows the title until first publication), and only
  // when well-formed or not refused already: a half-typed slug must never stop the text from being saved.
  var slugChosen = $('slug').dataset.chosen === 'true', slugRefused = null, slugHint = $('slug-hint').textContent;
  var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  function say(text) { $('save-state').textContent = text; }
  function act(text) { $('action-state').textContent = text; }
  function now() { return new Date().toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' }); }

  function snapshot() {
    var s = { body: body.innerHTML };
    fields.forEach(function (f) { s[f] = $(f).value; });
    return s;
  }
  function restore(s) {
    body.innerHTML = s.body;
    // A slug typed before the tab closed is the editor's choice: keep sending it, or the next save would drop it.
    if (s.slug !== undefined && s.slug !== $('slug').value) { slugChosen = true; }
    fields.forEach(function (f) { if (s[f] !== undefined) { $(f).value = s[f]; } });
    count();
  }

  function payload() {
    var s = snapshot();
    var p = { title: s.title.trim(), summary: s.summary.trim(), body: clean(s.body), category: s.category,
      tags: s.tags.split(',').map(function (t) { return t.trim(); }).filter(Boolean) };
    var image = { caption: s['image-caption'].trim(), credit: s['image-credit'].trim(), alt: s['image-alt'].trim() };
    if (s['image-media']) { image.mediaId = s['image-media']; p.image = image; } else if (s['image-url']) {
      image.url = s['image-url']; p.image = image;
    }
    var seo = { title: s['seo-title'].trim(), description: s['seo-description'].trim() };
    if (seo.title || seo.description) { p.seo = seo; }
    var slug = s.slug.trim();
    if (slugChosen && SLUG.test(slug) && slug !== slugRefused) { p.slug = slug; }
    if (isEditor && s['author-name'].trim() && s['author-name'] !== originalAuthor) {
      p.author = { id: $('author-id').value || s['author-name'].trim(), name: s['author-name'].trim() };
    }
    return p;
  }

  function count() {
    // Text nodes joined by spaces (paragraphs never glue words), read without layout, unlike innerText.
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT), parts = [], node;
    while ((node = walker.nextNode())) { parts.push(node.nodeValue); }
    var words = parts.join(' ').trim().split(/\s+/).filter(Boolean).length;
    $('word-count').textContent = words + ' kata';
  }

  function backup() {
    try {
      localStorage.setItem(backupKey, JSON.stringify({ base: etag, at: Date.now(), fields: snapshot() }));
    } catch (e) { say('Cadangan peramban penuh: simpan segera.'); }
  }

  // Per keystroke only flags and timers: the backup and the word count (both read the whole body) run at most every
  // 300 ms and when the browser is idle between keys, so typing stays fast in a long story; leaving the page writes
  // the backup at once.
  var chores = null, idle = window.requestIdleCallback || function (f) { return setTimeout(f, 0); };
  function changed() {
    if (blocked) { return; }
    dirty = true;
    if (!chores) {
      chores = setTimeout(function () {
        idle(function () { chores = null; if (dirty) { backup(); } count(); }, { timeout: 1000 });
      }, 300);
    }
    if ($('save-state').textContent !== 'Belum tersimpan') { say('Belum tersimpan'); }
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  }

  function problemType(r) { return (r.data && r.data.type) || ''; }

  function save() {
    clearTimeout(timer);
    if (blocked || !dirty) { return Promise.resolve(); }
    if (inFlight) { again = true; return Promise.resolve(); }
    inFlight = true;
    dirty = false;
    say('Menyimpan…');
    return api('PUT', base, { json: payload(), headers: { 'If-Match': etag, 'Edit-Session': session } })
      .then(function (r) {
        inFlight = false;
        if (r.ok) {
          etag = r.etag || etag;
          retries = 0;
          if (!slugChosen && r.data) { $('slug').value = r.data.slug || $('slug').value; }
          if (dirty) { backup(); } else { localStorage.removeItem(backupKey); say('Tersimpan ' + now()); }
        } else {
          dirty = true;
          failed(r);
        }
        if (again) { again = false; return save(); }
      }, function () {
        inFlight = false;
        dirty = true;
        say('Jaringan terputus: teks aman di peramban ini, dicoba lagi…');
        timer = setTimeout(save, 3000);
      });
  }

  function failed(r) {
    if (/slug-taken$/.test(problemType(r))) {
      slugRefused = r.data.slug;
      $('slug-hint').textContent = r.data.detail;
      return save(); // the text is saved without the refused slug
    }
    if (r.status === 412) { return conflict(); }
    if (r.status === 409) { return taken(r.data); }
    if (r.status === 401) { return say('Sesi berakhir: teks aman di peramban ini.'); }
    if (/unknown-media$/.test(problemType(r)) && retries++ < 20) {
      say('Foto baru sedang didaftarkan…');
      timer = setTimeout(save, 1500); // article-service learns new media from media-service's events
      return;
    }
    say('Belum tersimpan: ' + ((r.data && r.data.detail) || ('galat ' + r.status)));
  }

  /** Waits until nothing is unsaved (for the workflow buttons). */
  function flush() {
    if (!dirty && !inFlight) { return Promise.resolve(true); }
    return save().then(function () {
      return new Promise(function (resolve) {
        var t = setInterval(function () {
          if (!inFlight) { clearInterval(t); resolve(!dirty); }
        }, 100);
      });
    });
  }

  // --- conflicts: both versions shown, the editor's text kept until a choice is made ---
  function fieldsOf(article) { return article.workingCopy || article; }
  function conflict() {
    return api('GET', base).then(function (r) {
      if (!r.ok) { say('Konflik: versi tersimpan tidak dapat dimuat.'); return; }
      var theirs = fieldsOf(r.data), mine = payload();
      $('conflict-mine').innerHTML = '<h4></h4>' + mine.body;
      $('conflict-mine').firstChild.textContent = mine.title;
      $('conflict-theirs').innerHTML = '<h4></h4>' + (theirs.body || '');
      $('conflict-theirs').firstChild.textContent = theirs.title || '';
      $('conflict').hidden = false;
      say('Konflik: pilih versi');
      blocked = true;
      $('keep-mine').onclick = function () { resolveConflict(r.etag, null); };
      $('take-theirs').onclick = function () { resolveConflict(r.etag, theirs); };
    });
  }
  function resolveConflict(newEtag, theirs) {
    etag = newEtag;
    $('conflict').hidden = true;
    blocked = false;
    if (theirs) {
      localStorage.setItem('desk.discarded.' + id, JSON.stringify({ at: Date.now(), fields: snapshot() }));
      restore({ body: theirs.body || '', title: theirs.title, summary: theirs.summary || '' });
      dirty = false;
      localStorage.removeItem(backupKey);
      say('Versi tersimpan dipakai (versi Anda disimpan di peramban).');
    } else {
      dirty = true;
      save();
    }
  }

  // --- the edit lock ---
  function readOnly(on) {
    blocked = on;
    body.contentEditable = on ? 'false' : 'true';
    fields.forEach(function (f) { $(f).disabled = on; });
  }
  function taken(problem) {
    holding = false;
    readOnly(true);
    var holder = problem && problem.holder ? problem.holder.name : null;
    var notice = $('lock-notice');
    notice.textContent = (holder ? 'Sedang diedit oleh ' + holder + '. ' : 'Berita ini sedang diedit orang lain. ')
      + 'Perubahan Anda aman di peramban ini. ';
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'Ambil alih';
    b.addEventListener('click', function () { lock(true).then(reloadAfterTakeOver); });
    notice.appendChild(b);
    notice.hidden = false;
    say('Hanya baca');
  }
  function lock(takeOver) {
    return api('PUT', base + '/lock', { json: { session: session, takeOver: takeOver } }).then(function (r) {
      if (r.ok || r.status === 404 || r.status === 405) {
        holding = true;
        if (blocked && $('conflict').hidden) { readOnly(false); }
        $('lock-notice').hidden = true;
      } else if (r.status === 409) {
        taken(r.data);
      }
    }, function () { /* offline: the next heartbeat tries again */ });
  }
  function reloadAfterTakeOver() {
    if (!holding) { return; }
    api('GET', base).then(function (r) {
      if (!r.ok) { return; }
      if (dirty) { return conflict(); }
      var f = fieldsOf(r.data);
      etag = r.etag;
      restore({ body: f.body || '', title: f.title, summary: f.summary || '' });
    });
  }
  setInterval(function () { if (holding) { lock(false); } }, 30000);
  window.addEventListener('pagehide', function () {
    if (dirty) { backup(); }
    if (holding) { api('DELETE', base + '/lock?session=' + encodeURIComponent(session), { keepalive: true }); }
  });
  window.addEventListener('online', function () { if (dirty) { save(); } });
  $('slug').addEventListener('input', function () {
    slugChosen = true;
    var ok = SLUG.test($('slug').value.trim());
    $('slug-hint').textContent = ok ? slugHint : 'Huruf kecil, angka dan tanda - saja (contoh: taman-kota-baru).';
    changed();
  });
  // Signing out ends the session the lock's release needs: release first, then sign out.
  var signout = document.querySelector('form.signout');
  if (signout) {
    signout.addEventListener('submit', function (e) {
      if (!holding) { return; }
      e.preventDefault();
      holding = false;
      var done = function () { signout.submit(); };
      api('DELETE', base + '/lock?session=' + encodeURIComponent(session)).then(done, done);
    });
  }

  window.deskEditor = { save: save, flush: flush, changed: changed, payload: payload, session: session,
    etag: function () { return etag; }, backupKey: backupKey };
  window.deskWorkflow.init(window.deskEditor, act, base);
  window.deskEditing.init(window.deskEditor, body);

  // --- start: the backup of an earlier tab or session first, then the lock ---
  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(backupKey) || 'null'); } catch (e) { saved = null; }
  count();
  if (saved && saved.fields) {
    restore(saved.fields);
    dirty = true;
    if (saved.base === etag) {
      say('Perubahan yang belum tersimpan dipulihkan dari peramban ini');
      timer = setTimeout(save, 500);
    } else {
      conflict();
    }
  }
  lock(false);
})();
