// mpep: sorting, filters and the head-to-head view over tables that are complete without it.
// Our own few KB, no framework, no request beyond this site's own judgments.json.
// Every choice a reader makes (sort, filters, figures, the head-to-head pair) lives in the URL's
// query, so a link shares the view and a reload restores it; without JavaScript the defaults show.
(function () {
  "use strict";
  var SORTABLE = "table.leaderboard, table.overview, table.categories, table.judgments, table.prompts, table.sortable";
  var state = new URLSearchParams(location.search);

  // Writes one key of the state into the URL (empty: removed), keeping the fragment.
  function remember(name, value) {
    if (value) state.set(name, value); else state.delete(name);
    var query = state.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  // A cell's sort key: data-sort if given, else the first number in its text, else its text.
  // Empty (no verdict, no figure) is null, and null sorts last in both directions.
  function key(cell) {
    if (!cell) return null;
    var raw = cell.getAttribute("data-sort");
    var text = raw !== null ? raw : cell.textContent.replace(/\u202F/g, "").trim();
    var m = text.match(/-?\d+(\.\d+)?/);
    if (m && (raw !== null || /^[\d\-(]/.test(text) || cell.classList.contains("num") || /\d$/.test(text))) return parseFloat(m[0]);
    if (text === "" || text === "\u2013" || text === "\u2014") return null;
    return text.toLowerCase();
  }

  function compare(a, b, descending) {
    if (a === null && b === null) return 0;
    if (a === null) return 1;           // missing values last, whatever the direction
    if (b === null) return -1;
    if (typeof a !== typeof b) return typeof a === "number" ? -1 : 1;
    var order = typeof a === "number" ? a - b : String(a).localeCompare(String(b));
    return descending ? -order : order;
  }

  // The sort state of every sortable table: "table.column.a|d", comma-separated.
  var sorts = {};
  (state.get("sort") || "").split(",").forEach(function (s) {
    var p = s.split(".");
    if (p.length === 3) sorts[p[0]] = { column: +p[1], descending: p[2] === "d" };
  });

  function sortBy(table, column, descending) {
    var head = table.tHead.rows[0], body = table.tBodies[0], th = head.cells[column];
    if (!th) return;
    Array.prototype.slice.call(body.rows)
      .map(function (r, i) { return { row: r, key: key(r.cells[column]), i: +(r.getAttribute("data-order") || i) }; })
      .sort(function (x, y) { return compare(x.key, y.key, descending) || x.i - y.i; })
      .forEach(function (x) { body.appendChild(x.row); });
    Array.prototype.forEach.call(head.cells, function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  function makeSortable(table, index) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(body.rows, function (r, i) { r.setAttribute("data-order", i); });
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      var chart = th.querySelector("svg");
      if (th.querySelector("a, button, input, select")) {
        // A header that is already a link keeps it; the sort button sits beside it (no nesting).
        button.setAttribute("aria-label", "Sort by " + th.textContent.trim());
        th.appendChild(document.createTextNode(" "));
        th.appendChild(button);
      } else {
        // The header's words become the button; a chart's axis stays below it.
        while (th.firstChild && th.firstChild !== chart) button.appendChild(th.firstChild);
        th.insertBefore(button, chart);
      }
      button.addEventListener("click", function () {
        // First click: numbers high to low, text A to Z; the next click reverses.
        var current = th.getAttribute("aria-sort");
        var sample = Array.prototype.map.call(body.rows, function (r) { return key(r.cells[column]); })
          .filter(function (k) { return k !== null; })[0];
        var descending = current ? current === "ascending" : typeof sample === "number" && !/^(#|rank)/i.test(th.textContent.trim());
        sortBy(table, column, descending);
        sorts[index] = { column: column, descending: descending };
        remember("sort", Object.keys(sorts).map(function (t) {
          return t + "." + sorts[t].column + "." + (sorts[t].descending ? "d" : "a");
        }).join(","));
      });
    });
    if (sorts[index]) sortBy(table, sorts[index].column, sorts[index].descending);
  }

  function columns(table, test) {
    var out = [];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) { if (test(th.textContent.trim())) out.push(i); });
    return out;
  }

  // The rank follows the figure shown: by win rate in the raw view (the cell's data-rank-raw), the
  // rows in that order; back to the table's own rank and order otherwise.
  function rankFollows(table, fig) {
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    var raw = fig === "raw";
    if (!rows.length || !rows[0].cells[0].hasAttribute("data-rank-raw") || table.hasAttribute("data-raw") === raw) return;
    rows.forEach(function (r) {
      var cell = r.cells[0];
      if (!cell.hasAttribute("data-rank")) cell.setAttribute("data-rank", cell.textContent);
      cell.textContent = cell.getAttribute(raw ? "data-rank-raw" : "data-rank");
    });
    rows.sort(function (x, y) {
      return (raw ? compare(key(x.cells[0]), key(y.cells[0]), false) : 0) || +x.getAttribute("data-order") - +y.getAttribute("data-order");
    }).forEach(function (r) { body.appendChild(r); });
    if (raw) table.setAttribute("data-raw", ""); else table.removeAttribute("data-raw");
  }

  // One filter form above the page's leaderboards (every judge's table follows it): open
  // weights only, verified/community, a name search, LC and/or raw figures.
  function addFilters(tables) {
    tables = tables.filter(function (t) { return t.tBodies[0].rows.length && t.tBodies[0].rows[0].hasAttribute("data-model"); });
    if (!tables.length) return;
    var form = document.createElement("form");
    form.className = "filters";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", tables.length > 1 ? "Filter the leaderboards" : "Filter the leaderboard");
    form.innerHTML =
      '<label><input type="checkbox" class="f-open" name="open"> Open weights only</label> ' +
      '<label>Outputs <select class="f-mode" name="mode"><option value="">all</option><option value="verified">verified</option><option value="community">community</option></select></label> ' +
      '<label>Model <input type="search" class="f-q" name="q" size="14"></label> ' +
      '<label>Figures <select class="f-figures" name="fig"><option value="">LC and raw</option><option value="lc">length-controlled</option><option value="raw">raw</option></select></label> ' +
      '<span class="count" role="status" aria-live="polite"></span>';
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    var open = form.querySelector(".f-open"), mode = form.querySelector(".f-mode"), q = form.querySelector(".f-q"), figures = form.querySelector(".f-figures");
    open.checked = state.get("open") === "1";
    mode.value = state.get("mode") || "";
    q.value = state.get("q") || "";
    figures.value = state.get("fig") || "";
    if (mode.value !== (state.get("mode") || "")) mode.value = "";
    if (figures.value !== (state.get("fig") || "")) figures.value = "";
    function apply(save) {
      var text = q.value.trim().toLowerCase(), shown = 0, total = 0;
      tables.forEach(function (table, t) {
        var lc = columns(table, function (t) { return /^LC/.test(t); });
        var raw = columns(table, function (t) { return /^(Win rate|95% interval|Discrete)/.test(t); });
        Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
          var name = (r.getAttribute("data-model") + " " + (r.querySelector("th") || r).textContent).toLowerCase();
          var ok = (!open.checked || r.getAttribute("data-open-weights") === "true") &&
            (!mode.value || r.getAttribute("data-mode") === mode.value) && (!text || name.indexOf(text) >= 0);
          r.hidden = !ok;
          if (t === 0) { shown += ok ? 1 : 0; total++; }
        });
        var hide = figures.value === "lc" ? raw : figures.value === "raw" ? lc : [];
        rankFollows(table, figures.value);
        Array.prototype.forEach.call(table.rows, function (r) {
          Array.prototype.forEach.call(r.cells, function (c, i) { c.hidden = hide.indexOf(i) >= 0; });
        });
      });
      form.querySelector(".count").textContent = shown + " of " + total + " models shown";
      if (save) {
        remember("open", open.checked ? "1" : "");
        remember("mode", mode.value);
        remember("q", q.value.trim());
        remember("fig", figures.value);
      }
    }
    form.addEventListener("input", function () { apply(true); });
    form.addEventListener("change", function () { apply(true); });
    if (!columns(tables[0], function (t) { return /^LC/.test(t); }).length) figures.parentNode.remove();
    var wrap = tables[0].closest(".table-scroll") || tables[0];
    wrap.parentNode.insertBefore(form, wrap);
    apply(false);
  }

  // The exact two-sided sign test: P(a split at least this uneven | no difference), ties dropped.
  function signTest(wins, losses) {
    var n = wins + losses, k = Math.min(wins, losses), logHalf = n * Math.log(0.5), sum = 0, logC = 0;
    if (n === 0) return 1;
    for (var i = 0; i <= k; i++) {
      if (i > 0) logC += Math.log((n - i + 1) / i);
      sum += Math.exp(logC + logHalf);
    }
    return Math.min(1, 2 * sum);
  }

  // Head to head: two models of a language, every shared prompt, the prompts where they differ most.
  function headToHead(root) {
    var url = root.getAttribute("data-judgments");
    fetch(url).then(function (r) { return r.json(); }).then(function (data) {
      var a = root.querySelector("select[name=a]"), b = root.querySelector("select[name=b]");
      var ids = data.models.map(function (m) { return m.model; });
      data.models.forEach(function (m, i) {
        [a, b].forEach(function (s) {
          var o = document.createElement("option");
          o.value = i; o.textContent = m.name;
          s.appendChild(o);
        });
      });
      var first = ids.indexOf(state.get("a")), second = ids.indexOf(state.get("b"));
      a.value = first >= 0 ? first : 0;
      b.value = second >= 0 && second !== +a.value ? second : (+a.value === 0 ? 1 : 0);
      var out = root.querySelector(".result");
      // The site's one scale for a verdict: the model's share of the win in % (0 = the reference's
      // answer better, 50 = a draw, 100 = the model's), whose mean over prompts is the win rate.
      function share(p) { return p === null ? null : p === 0 ? 50 : 100 * (p - 1); }
      // A model is never offered against itself: each list disables the other's choice.
      function exclude() {
        Array.prototype.forEach.call(a.options, function (o) { o.disabled = o.value === b.value; });
        Array.prototype.forEach.call(b.options, function (o) { o.disabled = o.value === a.value; });
      }
      function show(save) {
        exclude();
        var ma = data.models[a.value], mb = data.models[b.value];
        if (!ma || !mb || ma === mb) { out.textContent = "Pick two different models."; return; }
        if (save) { remember("a", ma.model); remember("b", mb.model); }
        var rows = data.prompts.map(function (p, i) {
          var x = share(ma.preferences[i]), y = share(mb.preferences[i]);
          return { p: p, x: x, y: y, d: x === null || y === null ? null : x - y };
        }).filter(function (r) { return r.d !== null; });
        var wins = rows.filter(function (r) { return r.d > 0; }).length, losses = rows.filter(function (r) { return r.d < 0; }).length;
        var ties = rows.length - wins - losses, p = signTest(wins, losses);
        var mean = rows.length ? rows.reduce(function (s, r) { return s + r.d; }, 0) / rows.length : 0;
        rows.sort(function (r, s) { return Math.abs(s.d) - Math.abs(r.d) || r.p.number - s.p.number; });
        var base = root.getAttribute("data-prompts"), lang = root.getAttribute("data-lang"), dir = root.getAttribute("data-dir");
        var verdict = wins + losses === 0 ? "They were never judged differently: nothing tells them apart."
          : p < 0.05 ? "The difference is distinguishable: a split this uneven would happen by chance less than 5 times in 100 (paired sign test, p = " + p.toPrecision(2) + ")."
          : "The difference is not distinguishable: a split this uneven would happen by chance " + Math.round(p * 100) + " times in 100 (paired sign test, p = " + p.toPrecision(2) + ").";
        var html = "<p class=\"h2h-summary\">On the <strong>" + rows.length + "</strong> prompts both were judged, the judge liked <strong>" + esc(ma.name) +
          "</strong>'s answer more on <strong>" + wins + "</strong>, <strong>" + esc(mb.name) + "</strong>'s on <strong>" + losses + "</strong>, and neither on " + ties +
          ". Mean difference in share of the win: " + (mean >= 0 ? "+" : "") + mean.toFixed(1) + " points. " + verdict + "</p>";
        html += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Prompts where they differ most\"><table><caption>" +
          esc(ma.name) + " against " + esc(mb.name) + ": each model's share of the win against the reference (%), where they differ most</caption><thead><tr>" +
          "<th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Prompt</th><th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">" + esc(ma.name) +
          "</th><th scope=\"col\" class=\"num\">" + esc(mb.name) + "</th></tr></thead><tbody>";
        rows.slice(0, 15).forEach(function (r) {
          html += "<tr><td class=\"num\">" + r.p.number + "</td><th scope=\"row\"><a href=\"" + base + r.p.number + "/\" lang=\"" + esc(lang) + "\" dir=\"" + esc(dir) + "\">" +
            esc(r.p.text || r.p.id) + "</a><br><span class=\"english\" lang=\"en\" dir=\"ltr\">" + esc(r.p.english || "") + "</span></th><td>" +
            esc(r.p.category || "\u2013") + "</td><td class=\"num\">" + r.x.toFixed(0) + "</td><td class=\"num\">" + r.y.toFixed(0) + "</td></tr>";
        });
        out.innerHTML = html + "</tbody></table></div>";
      }
      a.addEventListener("change", function () { show(true); });
      b.addEventListener("change", function () { show(true); });
      root.querySelector(".pick").hidden = false;
      show(false);
    });
  }

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }

  document.querySelectorAll(SORTABLE).forEach(makeSortable);
  addFilters(Array.prototype.slice.call(document.querySelectorAll("table.leaderboard")));
  document.querySelectorAll("[data-judgments]").forEach(headToHead);
})();
