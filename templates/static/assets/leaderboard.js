// mpep: sorting, filters and the head-to-head view over tables that are complete without it.
// Our own few KB, no framework, no request beyond this site's own judgments.json.
(function () {
  "use strict";
  var SORTABLE = "table.leaderboard, table.overview, table.categories, table.judgments, table.prompts, table.sortable";

  // A cell's sort key: data-sort if given, else the first number in its text, else its text.
  function key(cell) {
    if (!cell) return null;
    var raw = cell.getAttribute("data-sort");
    var text = raw !== null ? raw : cell.textContent.replace(/\u202F/g, "").trim();
    var m = text.match(/-?\d+(\.\d+)?/);
    if (m && (raw !== null || /^[\d\-(]/.test(text) || cell.classList.contains("num") || /\d$/.test(text))) return parseFloat(m[0]);
    if (text === "" || text === "\u2013") return null;
    return text.toLowerCase();
  }

  function compare(a, b, descending) {
    if (a === null && b === null) return 0;
    if (a === null) return 1;           // missing values last, whatever the direction
    if (b === null) return -1;
    var order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
    return descending ? -order : order;
  }

  function makeSortable(table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      if (th.querySelector("a, button, input, select")) {
        // A header that is already a link keeps it; the sort button sits beside it (no nesting).
        button.setAttribute("aria-label", "Sort by " + th.textContent.trim());
        th.appendChild(document.createTextNode(" "));
      } else {
        while (th.firstChild) button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener("click", function () {
        // First click: numbers high to low, text A to Z; the next click reverses.
        var current = th.getAttribute("aria-sort");
        var rows = Array.prototype.slice.call(body.rows);
        var sample = rows.map(function (r) { return key(r.cells[column]); }).filter(function (k) { return k !== null; })[0];
        var descending = current ? current === "ascending" : typeof sample === "number" && !/^(#|rank)/i.test(th.textContent.trim());
        rows.map(function (r, i) { return { row: r, key: key(r.cells[column]), i: i }; })
          .sort(function (x, y) { return compare(x.key, y.key, descending) || x.i - y.i; })
          .forEach(function (x) { body.appendChild(x.row); });
        Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      });
    });
  }

  function columns(table, test) {
    var out = [];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) { if (test(th.textContent.trim())) out.push(i); });
    return out;
  }

  // Filters above each leaderboard: open weights only, verified/community, a name search, LC/raw.
  function addFilters(table, n) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    if (!rows.length || !rows[0].hasAttribute("data-model")) return;
    var form = document.createElement("form");
    form.className = "filters";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter the table");
    form.innerHTML =
      '<label><input type="checkbox" class="f-open"> Open weights only</label> ' +
      '<label>Outputs <select class="f-mode"><option value="">all</option><option value="verified">verified</option><option value="community">community</option></select></label> ' +
      '<label>Model <input type="search" class="f-q" size="14"></label> ' +
      '<label>Figures <select class="f-figures"><option value="">LC and raw</option><option value="lc">length-controlled</option><option value="raw">raw</option></select></label> ' +
      '<span class="count" role="status" aria-live="polite"></span>';
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    var lc = columns(table, function (t) { return /^LC/.test(t); });
    var raw = columns(table, function (t) { return /^(Win rate|95% interval|Discrete)/.test(t); });
    function apply() {
      var open = form.querySelector(".f-open").checked, mode = form.querySelector(".f-mode").value;
      var q = form.querySelector(".f-q").value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (r) {
        var name = (r.getAttribute("data-model") + " " + (r.querySelector("th") || r).textContent).toLowerCase();
        var ok = (!open || r.getAttribute("data-open-weights") === "true") &&
          (!mode || r.getAttribute("data-mode") === mode) && (!q || name.indexOf(q) >= 0);
        r.hidden = !ok;
        if (ok) shown++;
      });
      var figures = form.querySelector(".f-figures").value;
      var hide = figures === "lc" ? raw : figures === "raw" ? lc : [];
      // The rank follows the figure shown: by win rate in the raw view (data-rank-raw), rows in that order.
      var order = rows.slice();
      rows.forEach(function (r) {
        var cell = r.cells[0];
        if (!cell || !cell.hasAttribute("data-rank-raw")) return;
        if (!cell.hasAttribute("data-rank")) cell.setAttribute("data-rank", cell.textContent);
        cell.textContent = cell.getAttribute(figures === "raw" ? "data-rank-raw" : "data-rank");
      });
      if (figures === "raw") {
        order.sort(function (x, y) { return compare(key(x.cells[0]), key(y.cells[0]), false) || rows.indexOf(x) - rows.indexOf(y); });
      }
      if (figures !== form.getAttribute("data-figures")) {
        order.forEach(function (r) { r.parentNode.appendChild(r); });
        form.setAttribute("data-figures", figures);
      }
      Array.prototype.forEach.call(table.rows, function (r) {
        Array.prototype.forEach.call(r.cells, function (c, i) { c.hidden = hide.indexOf(i) >= 0; });
      });
      form.querySelector(".count").textContent = shown + " of " + rows.length + " models shown";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    if (!lc.length) form.querySelector(".f-figures").parentNode.remove();
    var wrap = table.closest(".table-scroll") || table;
    wrap.parentNode.insertBefore(form, wrap);
    apply();
  }

  // Head to head: two models of a language, the prompts where the judge's preferences differ most.
  function headToHead(root) {
    var url = root.getAttribute("data-judgments");
    fetch(url).then(function (r) { return r.json(); }).then(function (data) {
      var a = root.querySelector("select[name=a]"), b = root.querySelector("select[name=b]");
      data.models.forEach(function (m, i) {
        [a, b].forEach(function (s, j) {
          var o = document.createElement("option");
          o.value = i; o.textContent = m.name; o.selected = i === j;
          s.appendChild(o);
        });
      });
      var out = root.querySelector(".result");
      // The site's one scale for a verdict: the model's share of the win in % (0 = the reference's
      // answer better, 50 = a draw, 100 = the model's), whose mean over prompts is the win rate.
      function share(p) { return p === null ? null : p === 0 ? 50 : 100 * (p - 1); }
      function show() {
        var ma = data.models[a.value], mb = data.models[b.value];
        var rows = data.prompts.map(function (p, i) {
          var x = share(ma.preferences[i]), y = share(mb.preferences[i]);
          return { p: p, x: x, y: y, d: x === null || y === null ? null : x - y };
        }).filter(function (r) { return r.d !== null; });
        var wins = rows.filter(function (r) { return r.d > 0; }).length, losses = rows.filter(function (r) { return r.d < 0; }).length;
        rows.sort(function (r, s) { return Math.abs(s.d) - Math.abs(r.d) || r.p.number - s.p.number; });
        var base = root.getAttribute("data-prompts");
        var html = "<p>On " + rows.length + " prompts both were judged: the judge liked " + esc(ma.name) + "'s answer more on " + wins +
          ", " + esc(mb.name) + "'s on " + losses + ". Where they differ most:</p><div class=\"table-scroll\"><table><caption>" +
          esc(ma.name) + " against " + esc(mb.name) + ": model's share of the win against the reference (%), per prompt</caption><thead><tr>" +
          "<th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">" + esc(ma.name) +
          "</th><th scope=\"col\" class=\"num\">" + esc(mb.name) + "</th></tr></thead><tbody>";
        rows.slice(0, 15).forEach(function (r) {
          html += "<tr><th scope=\"row\" class=\"num\"><a href=\"" + base + r.p.number + "/\">" + r.p.number + "</a></th><td>" +
            esc(r.p.category || "\u2013") + "</td><td class=\"num\">" + r.x.toFixed(0) + "</td><td class=\"num\">" + r.y.toFixed(0) + "</td></tr>";
        });
        out.innerHTML = html + "</tbody></table></div>";
      }
      a.addEventListener("change", show);
      b.addEventListener("change", show);
      root.querySelector(".pick").hidden = false;
      show();
    });
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }

  document.querySelectorAll(SORTABLE).forEach(makeSortable);
  document.querySelectorAll("table.leaderboard").forEach(addFilters);
  document.querySelectorAll("[data-judgments]").forEach(headToHead);
})();
