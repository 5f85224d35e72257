// Optional: beside each <time data-fresh>, how many days ago that was by the reader's clock.
// Builds stay reproducible (no build-time "today"); without this script the page is complete.
(function () {
  var zh = document.documentElement.lang.slice(0, 2) === 'zh';
  var now = new Date();
  var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  document.querySelectorAll('time[data-fresh]').forEach(function (t) {
    var n = Math.round((today - Date.parse(t.getAttribute('datetime'))) / 864e5);
    if (!(n >= 0)) return; // no date, or a reader's clock behind the data
    var s = document.createElement('span');
    s.className = 'fresh-ago';
    s.textContent = ' · ' + (zh ? (n ? n + ' 天前' : '今天') : n ? n + (n > 1 ? ' days' : ' day') + ' ago' : 'today');
    t.after(s);
  });
})();
