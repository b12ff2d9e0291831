// Rich text in the body: the toolbar (only what the sanitizer keeps), keyboard shortcuts, paste from Word and
// Google Docs cleaned to that subset, photos placed as figures.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function init(editor, body) {
    var saved = null;
    document.execCommand('defaultParagraphSeparator', false, 'p');

    function keep() {
      var sel = window.getSelection();
      if (sel.rangeCount && body.contains(sel.anchorNode)) { saved = sel.getRangeAt(0).cloneRange(); }
    }
    function back() {
      body.focus();
      if (saved) {
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(saved);
      }
    }
    function run(cmd, value) {
      back();
      document.execCommand(cmd, false, value);
      editor.changed();
    }
    function block(tag) {
      back();
      var current = document.queryCommandValue('formatBlock').toLowerCase();
      document.execCommand('formatBlock', false, current === tag && tag !== 'p' ? 'p' : tag);
      editor.changed();
    }
    function link() {
      keep();
      var href = window.prompt('Alamat tautan (https://…):', 'https://');
      if (href === null) { return; }
      href = href.trim();
      if (!href || href === 'https://') { run('unlink'); return; }
      if (!/^(https?:\/\/|mailto:|tel:|\/)/i.test(href)) { href = 'https://' + href; }
      run('createLink', href);
    }

    document.querySelectorAll('.toolbar [data-cmd]').forEach(function (b) {
      b.addEventListener('mousedown', function (e) { e.preventDefault(); });
      b.addEventListener('click', function () { keep(); run(b.dataset.cmd); });
    });
    document.querySelectorAll('.toolbar [data-block]').forEach(function (b) {
      b.addEventListener('mousedown', function (e) { e.preventDefault(); });
      b.addEventListener('click', function () { keep(); block(b.dataset.block); });
    });
    $('link-btn').addEventListener('click', link);
    $('photo-btn').addEventListener('mousedown', keep);

    body.addEventListener('input', editor.changed);
    body.addEventListener('keyup', keep);
    body.addEventListener('mouseup', keep);
    ['title', 'summary', 'tags', 'author-name', 'seo-title', 'seo-description'].forEach(function (f) { $(f).addEventListener('input', editor.changed); });
    $('category').addEventListener('change', editor.changed);

    body.addEventListener('paste', function (e) {
      var data = e.clipboardData;
      if (!data) { return; }
      e.preventDefault();
      var html = data.getData('text/html');
      if (!html) {
        html = data.getData('text/plain').split(/\n{2,}|\r\n\r\n/).map(function (para) {
          var d = document.createElement('p');
          d.textContent = para;
          return d.outerHTML;
        }).join('');
      }
      document.execCommand('insertHTML', false, window.deskClean(html));
      editor.changed();
    });

    document.addEventListener('keydown', function (e) {
      if (!(e.ctrlKey || e.metaKey)) { return; }
      var k = e.key.toLowerCase();
      if (k === 's') { e.preventDefault(); editor.save(); return; }
      if (!body.contains(document.activeElement) && document.activeElement !== body) { return; }
      if (k === 'k') { e.preventDefault(); link(); }
      if (e.altKey && (k === '2' || k === '3')) { e.preventDefault(); keep(); block('h' + k); }
      if (e.altKey && k === '0') { e.preventDefault(); keep(); block('p'); }
    });

    window.deskPhotos.init(editor.changed, function (src, alt, caption) {
      var fig = document.createElement('figure');
      var img = document.createElement('img');
      img.src = src;
      img.alt = alt;
      fig.appendChild(img);
      if (caption) {
        var cap = document.createElement('figcaption');
        cap.textContent = caption;
        fig.appendChild(cap);
      }
      back();
      document.execCommand('insertHTML', false, fig.outerHTML + '<p><br></p>');
      editor.changed();
    });
  }

  window.deskEditing = { init: init };
})();
