// Bundled answers (a site over its size budget; docs/architecture.md): a prompt page shows each
// answer's start and a link to the gzipped bundle holding the whole answer. A click on the link
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

  function expand(link) {
    var holder = link.closest(".answer-bundled");
    if (!holder || holder.getAttribute("aria-busy") === "true") return;
    holder.setAttribute("aria-busy", "true");
    bundle(link.getAttribute("href")).then(function (answers) {
      var byModel = answers[link.getAttribute("data-answer-prompt")] || {};
      var html = byModel[link.getAttribute("data-answer-model")];
      if (typeof html !== "string") throw new Error("answer missing from its bundle");
      holder.innerHTML = html;
      holder.removeAttribute("aria-busy");
      holder.classList.add("answer-expanded");
    }).catch(function () {
      holder.removeAttribute("aria-busy");
      link.removeAttribute("data-answer-prompt");   // the next click downloads the bundle instead
      link.textContent = "Download the answers (the page could not expand them)";
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
    var article = id && document.getElementById(id);
    var link = article && article.querySelector("a[data-answer-prompt]");
    if (link) expand(link);
  }
  window.addEventListener("hashchange", expandTarget);
  expandTarget();
})();
