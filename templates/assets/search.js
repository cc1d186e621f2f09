/* digest search: filters the prebuilt index (assets/search-index.js, loaded before this file) as the reader
   types. Nothing is fetched, so it works from file:// as well as from a server; no dependencies.
   Every query word must appear in an entry's title or detail, ignoring case and accents. */
(function () {
  "use strict";
  var index = window.digestSearchIndex || [];
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  var KINDS = { story: "Story", person: "Person", outlet: "Outlet", article: "Article", quote: "Quote" };
  var RANK = { person: 0, story: 1, outlet: 2, article: 3, quote: 4 };
  var LIMIT = 100;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(text) {  /* " word word ": punctuation becomes space, so whole words can be found */
    return " " + text.replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " ";
  }
  var haystacks = index.map(function (e) { return fold(e[1] + " " + e[2]); });
  var titles = index.map(function (e) { return words(fold(e[1])); });

  /* 0: the title is the query; 1: the title has it as whole words; 2: as the start of a word;
     3: anywhere in the title; 4: only in the detail line */
  function place(title, phrase) {
    if (title === " " + phrase + " ") return 0;
    if (title.indexOf(" " + phrase + " ") !== -1) return 1;
    if (title.indexOf(" " + phrase) !== -1) return 2;
    return title.indexOf(phrase) !== -1 ? 3 : 4;
  }

  function search(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    var phrase = words(terms.join(" ")).trim();
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var hay = haystacks[i];
      if (terms.every(function (w) { return hay.indexOf(w) !== -1; })) {
        hits.push([place(titles[i], phrase), RANK[index[i][0]], i]);
      }
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.map(function (h) { return index[h[2]]; });
  }

  function show(query) {
    var results = search(query);
    list.textContent = "";
    results.slice(0, LIMIT).forEach(function (e) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "badge";
      kind.textContent = KINDS[e[0]] || e[0];
      var link = document.createElement("a");
      link.href = e[3];
      link.textContent = e[0] === "quote" ? "\u201c" + e[1] + "\u201d" : e[1];
      item.append(kind, " ", link);
      if (e[2]) {
        var detail = document.createElement("span");
        detail.className = "meta";
        detail.textContent = e[2];
        item.append(detail);
      }
      list.append(item);
    });
    if (!query.trim()) status.textContent = "Type a name, a word from a headline or a quote.";
    else if (!results.length) status.textContent = "Nothing matches \u201c" + query.trim() + "\u201d.";
    else status.textContent = results.length + (results.length === 1 ? " result" : " results") +
      (results.length > LIMIT ? ", showing the first " + LIMIT : "") + " for \u201c" + query.trim() + "\u201d.";
  }

  function remember(query) {  /* keep ?q= in the address so Back and shared links restore the search */
    try {
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.href);
    } catch (err) { /* some browsers refuse this for file:// pages: searching still works */ }
  }

  form.hidden = false;
  document.querySelectorAll(".needs-js-note").forEach(function (note) { note.hidden = true; });
  form.addEventListener("submit", function (event) { event.preventDefault(); show(input.value); remember(input.value); });
  input.addEventListener("input", function () { show(input.value); remember(input.value); });
  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  show(initial);
})();
