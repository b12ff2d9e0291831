// Progressive enhancement only: every page works without this script.
(function () {
  'use strict';

  // "N berita baru": count stories published into what is on screen, without reloading.
  var banner = document.querySelector('[data-live]');
  if (banner && window.EventSource) {
    var category = banner.getAttribute('data-live');
    var count = 0;
    var source = new EventSource('/live' + (category ? '?kategori=' + encodeURIComponent(category) : ''));
    // A story the page already shows is not news: its event can come after a page made since its publication.
    var shown = {};
    document.querySelectorAll('main a[href^="/berita/"]').forEach(function (a) {
      shown[decodeURIComponent(a.getAttribute('href').slice(8))] = true;
    });
    source.addEventListener('added', function (e) {
      var item = null;
      try {
        item = JSON.parse(e.data).item;
      } catch (ignored) { /* counted all the same */ }
      if (item && item.slug) {
        if (shown[item.slug]) {
          return;
        }
        shown[item.slug] = true; // the same story added twice counts once
      }
      count += 1;
      banner.querySelector('.live-count').textContent = String(count);
      banner.hidden = false;
    });
    source.addEventListener('resync', function () {
      banner.hidden = false;
    });
    banner.querySelector('a').addEventListener('click', function (e) {
      e.preventDefault();
      window.location.reload();
    });
  }

  // Suggestions while typing: titles from search-service in the box's datalist.
  var timer;
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || !list) {
        return;
      }
      timer = setTimeout(function () {
        fetch('/cari/saran?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.textContent = '';
            items.forEach(function (s) {
              var option = document.createElement('option');
              option.value = s.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 150);
    });
  });
})();
