// Bundled answers (a site over its size budget; docs/architecture.md): a prompt page's table of
// models links each answer to the gzipped bundle that holds it. A click on the link
// fetches the bundle, expands it with the browser's own DecompressionStream and puts the answer
// in place. The HTML inserted is what mpep's safe Markdown renderer wrote into the bundle (the
// same HTML a small site inlines in the page); nothing from the page's address or the reader is
// ever inserted. Without JavaScript, or without DecompressionStream, the link downloads the bundle.
(function () {
  "use strict";
  if (typeof DecompressionStream !== "function" || typeof Response !== "function") return;
  var bundles = {};

  // A bundle's bytes. XMLHttpRequest rather than fetch: it also reads a site opened from disk
  // (file:, where a browser allows it), which is how the browser tests load the pages.
  function load(url) {
    return new Promise(function (resolve, reject) {
      var request = new XMLHttpRequest();
      request.open("GET", url);
      request.responseType = "arraybuffer";
      request.onload = function () {
        if ((request.status === 200 || request.status === 0) && request.response) resolve(request.response);
        else reject(new Error("bundle " + url + ": HTTP " + request.status));
      };
      request.onerror = function () { reject(new Error("bundle " + url + " could not be read")); };
      request.send();
    });
  }

  // A bundle's answers by prompt number and model id, loaded and expanded once per page.
  function bundle(url) {
    if (!bundles[url]) {
      bundles[url] = load(url).then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        // A server that declares the file gzip-encoded has let the browser expand it already.
        var expanded = bytes[0] === 0x1f && bytes[1] === 0x8b
          ? new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text()
          : new Response(bytes).text();
        return expanded.then(JSON.parse);
      });
    }
    return bundles[url];
  }

  // The answer goes in a row of its own under the model's row, across the whole table.
  function expand(link) {
    var cell = link.closest(".answer-bundled");
    var row = cell && cell.closest("tr");
    if (!row || cell.getAttribute("aria-busy") === "true") return;
    var shown = row.nextElementSibling;
    if (shown && shown.classList.contains("answer-row")) { shown.hidden = !shown.hidden; return; }
    cell.setAttribute("aria-busy", "true");
    bundle(link.getAttribute("href")).then(function (answers) {
      var byModel = answers[link.getAttribute("data-answer-prompt")] || {};
      var html = byModel[link.getAttribute("data-answer-model")];
      if (typeof html !== "string") throw new Error("answer missing from its bundle");
      var answerRow = document.createElement("tr");
      answerRow.className = "answer-row";
      var answerCell = document.createElement("td");
      answerCell.colSpan = row.cells.length;
      var text = document.createElement("div");
      text.className = "text answer-expanded";
      text.lang = cell.lang;
      text.dir = cell.dir;
      text.innerHTML = html;
      answerCell.appendChild(text);
      answerRow.appendChild(answerCell);
      row.parentNode.insertBefore(answerRow, row.nextSibling);
      cell.removeAttribute("aria-busy");
    }).catch(function () {
      cell.removeAttribute("aria-busy");
      link.removeAttribute("data-answer-prompt");   // the next click downloads the bundle instead
      link.textContent = "Download the answers (the page could not open them)";
    });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-answer-prompt]");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    expand(link);
  });

  // Arriving at an answer's anchor (from a model's page in the language) expands that answer.
  function expandTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var row = id && document.getElementById(id);
    var link = row && row.querySelector("a[data-answer-prompt]");
    if (link) expand(link);
  }
  window.addEventListener("hashchange", expandTarget);
  expandTarget();
})();
