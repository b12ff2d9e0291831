// The body's HTML cut down to what article-service's HtmlSanitizer keeps and the desk offers (paragraphs, h2/h3,
// lists, links, quotes, bold/italic, photos in figures), written the way the sanitizer writes it back, so a save
// never changes the text behind the editor's back. Used on paste (Word, Google Docs) and before every save.
(function () {
  'use strict';
  var BLOCKS = { P: 'p', DIV: 'p', H1: 'h2', H2: 'h2', H3: 'h3', H4: 'h3', H5: 'h3', H6: 'h3', UL: 'ul', OL: 'ol',
    LI: 'li', BLOCKQUOTE: 'blockquote', FIGURE: 'figure' };
  var DROP = { SCRIPT: 1, STYLE: 1, META: 1, LINK: 1, TITLE: 1, XML: 1, IFRAME: 1, OBJECT: 1, SVG: 1, TEMPLATE: 1,
    HEAD: 1, NOSCRIPT: 1, BUTTON: 1, INPUT: 1, SELECT: 1, TEXTAREA: 1 };
  var BLOCK_SELECTOR = 'p,div,h1,h2,h3,h4,h5,h6,ul,ol,blockquote,figure';
  var SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/[^/]|\/$|#)/i;

  function escapeText(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  }
  function escapeAttr(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
  }

  /** Google Docs wraps everything in <b style="font-weight:normal">; Word and Docs mark bold/italic in styles. */
  function inlineTag(el) {
    var tag = el.tagName, style = (el.getAttribute('style') || '').toLowerCase();
    if ((tag === 'B' || tag === 'STRONG') && !/font-weight:\s*(normal|400)/.test(style)) { return 'strong'; }
    if (tag === 'I' || tag === 'EM') { return 'em'; }
    if (tag === 'SPAN' && /font-weight:\s*(bold|[6-9]00)/.test(style)) { return 'strong'; }
    if (tag === 'SPAN' && /font-style:\s*italic/.test(style)) { return 'em'; }
    return null;
  }

  function inline(node) {
    var out = '';
    node.childNodes.forEach(function (child) {
      if (child.nodeType === 3) {
        out += escapeText(child.nodeValue.replace(/[\s\u200b]+/g, function (ws) {
          return ws.indexOf('\u00a0') >= 0 ? '\u00a0' : ' ';
        }));
      } else if (child.nodeType === 1 && !DROP[child.tagName] && child.tagName.indexOf(':') < 0) {
        if (child.tagName === 'BR') { out += '<br>'; return; }
        if (child.tagName === 'IMG') { return; } // photos only as figures (media from the library)
        var inner = inline(child);
        if (child.tagName === 'A') {
          var href = (child.getAttribute('href') || '').trim();
          out += SAFE_URL.test(href) && inner.trim()
            ? '<a href="' + escapeAttr(href) + '" rel="noopener noreferrer">' + inner + '</a>' : inner;
          return;
        }
        var tag = inlineTag(child);
        out += tag && inner.trim() ? '<' + tag + '>' + inner + '</' + tag + '>' : inner;
      }
    });
    return out;
  }

  function figure(el) {
    var img = el.querySelector('img');
    var src = img ? (img.getAttribute('src') || '').trim() : '';
    if (!/^https?:\/\//i.test(src)) { return ''; }
    var caption = el.querySelector('figcaption');
    var text = caption ? inline(caption).trim() : '';
    return '<figure><img src="' + escapeAttr(src) + '" alt="' + escapeAttr(img.getAttribute('alt') || '') + '">'
      + (text ? '<figcaption>' + text + '</figcaption>' : '') + '</figure>';
  }

  /** Blocks of a container; loose inline content becomes paragraphs. */
  function blocks(node, inList) {
    var out = '', loose = '';
    function flush() {
      if (loose.replace(/&nbsp;|<br>|\s/g, '')) { out += '<p>' + loose.trim().replace(/(<br>)+$/, '') + '</p>'; }
      loose = '';
    }
    node.childNodes.forEach(function (child) {
      var tag = child.nodeType === 1 ? BLOCKS[child.tagName] : null;
      if (child.nodeType === 1 && (DROP[child.tagName] || child.tagName.indexOf(':') >= 0) && !tag) { return; }
      if (!tag && child.nodeType === 1 && child.querySelector(BLOCK_SELECTOR)) {
        flush(); // a wrapper holding blocks: Google Docs' <b style="font-weight:normal">, Word's <span>s
        out += blocks(child, inList);
        return;
      }
      if (!tag) { loose += child.nodeType === 1 || child.nodeType === 3 ? inline(wrap(child)) : ''; return; }
      flush();
      if (tag === 'figure') { out += figure(child); return; }
      if (tag === 'ul' || tag === 'ol') {
        var items = '';
        child.childNodes.forEach(function (li) {
          if (li.nodeType === 1 && li.tagName === 'LI') {
            var text = inline(li).trim();
            if (text) { items += '<li>' + text + '</li>'; }
          }
        });
        if (items) { out += '<' + tag + '>' + items + '</' + tag + '>'; }
        return;
      }
      if (tag === 'blockquote') {
        var quote = blocks(child, inList);
        if (quote) { out += '<blockquote>' + quote + '</blockquote>'; }
        return;
      }
      if (tag === 'li') { loose += inline(child); return; }
      if (child.querySelector && child.querySelector(BLOCK_SELECTOR)) {
        out += blocks(child, inList); // a wrapper div (Docs, Word sections)
        return;
      }
      var text = inline(child).trim().replace(/(<br>)+$/, '');
      if (text.replace(/&nbsp;|<br>|\s/g, '')) { out += '<' + tag + '>' + text + '</' + tag + '>'; }
    });
    flush();
    return out;
  }

  function wrap(node) {
    var holder = document.createElement('span');
    holder.appendChild(node.cloneNode(true));
    return holder;
  }

  function clean(html) {
    var doc = new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html');
    return blocks(doc.body, false);
  }

  window.deskClean = clean;
})();
