// Search on /buscar/ with the index the build writes (/buscar/indice.json): no server, no third party.
// Folding and stemming mirror Micrositio.Render.Search.SpanishSearch; a browser test keeps them in step.
(function () {
  "use strict";
  var form = document.querySelector("[data-buscador]");
  var output = document.querySelector("[data-resultados]");
  var fallback = document.querySelector("[data-sin-busqueda]");
  if (!form || !output || !fallback || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var index = null;

  function fold(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase();
  }

  function isVowel(c) { return "aeiou".indexOf(c) >= 0; }

  function stem(word) {
    if (word.length <= 3 || !/\p{L}/u.test(word.charAt(word.length - 1))) { return word; }
    if (/ces$/.test(word)) { return word.slice(0, -3) + "z"; }
    if (/es$/.test(word) && !isVowel(word.charAt(word.length - 3))) { return word.slice(0, -2); }
    if (word.charAt(word.length - 1) === "s" && isVowel(word.charAt(word.length - 2))) { return word.slice(0, -1); }
    return word;
  }

  function terms(text) {
    return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).map(stem);
  }

  // Scores every document that has all the query's terms; the last term may be a prefix (search as you type).
  function search(query) {
    var wanted = terms(query);
    if (wanted.length === 0) { return []; }
    var scores = null;
    wanted.forEach(function (term, position) {
      var found = {};
      var add = function (postings, factor) {
        for (var i = 0; i < postings.length; i += 2) {
          found[postings[i]] = (found[postings[i]] || 0) + postings[i + 1] * factor;
        }
      };
      if (index.terminos[term]) { add(index.terminos[term], 1); }
      if (position === wanted.length - 1 && term.length >= 2) {
        Object.keys(index.terminos).forEach(function (key) {
          if (key !== term && key.indexOf(term) === 0) { add(index.terminos[key], 0.5); }
        });
      }
      if (scores === null) { scores = found; return; }
      var both = {};
      Object.keys(scores).forEach(function (doc) { if (found[doc]) { both[doc] = scores[doc] + found[doc]; } });
      scores = both;
    });
    return Object.keys(scores).map(function (doc) { return { doc: index.documentos[doc], score: scores[doc] }; })
      .sort(function (a, b) { return b.score - a.score || a.doc.titulo.localeCompare(b.doc.titulo, "es"); });
  }

  // The text with the query's words marked, around the first match; built as DOM nodes, never as HTML.
  function snippet(text, wanted) {
    var folded = "";
    var origin = [];
    for (var i = 0; i < text.length; i++) {
      var piece = fold(text.charAt(i));
      for (var j = 0; j < piece.length; j++) { folded += piece.charAt(j); origin.push(i); }
    }
    origin.push(text.length);
    var marks = [];
    wanted.forEach(function (term) {
      var at = 0;
      while ((at = folded.indexOf(term, at)) >= 0) {
        var start = at;
        if (start === 0 || !/[\p{L}\p{N}]/u.test(folded.charAt(start - 1))) {
          var end = start + term.length;
          while (end < folded.length && /[\p{L}\p{N}]/u.test(folded.charAt(end))) { end++; }
          marks.push([origin[start], origin[end]]);
        }
        at = start + term.length;
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var from = marks.length ? Math.max(0, marks[0][0] - 80) : 0;
    var to = Math.min(text.length, from + 240);
    var paragraph = document.createElement("p");
    if (from > 0) { paragraph.appendChild(document.createTextNode("…")); }
    var cursor = from;
    marks.forEach(function (m) {
      if (m[0] < cursor || m[1] > to) { return; }
      paragraph.appendChild(document.createTextNode(text.slice(cursor, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      paragraph.appendChild(mark);
      cursor = m[1];
    });
    paragraph.appendChild(document.createTextNode(text.slice(cursor, to) + (to < text.length ? "…" : "")));
    return paragraph;
  }

  function show(query) {
    output.textContent = "";
    var trimmed = query.trim();
    fallback.hidden = trimmed.length > 0;
    if (!trimmed) { return; }
    var results = search(trimmed);
    var wanted = terms(trimmed);
    var summary = document.createElement("p");
    summary.className = "resultados__cuenta";
    summary.textContent = results.length === 0
      ? "No hay resultados para «" + trimmed + "». Pruebe con otra palabra o vea el sitio por estado."
      : results.length + (results.length === 1 ? " resultado" : " resultados") + " para «" + trimmed + "».";
    output.appendChild(summary);
    if (results.length === 0) { fallback.hidden = false; return; }
    var list = document.createElement("ol");
    list.className = "resultados";
    results.slice(0, 50).forEach(function (result) {
      var item = document.createElement("li");
      item.className = "resultado";
      var kind = document.createElement("p");
      kind.className = "etiqueta";
      kind.textContent = result.doc.tipo;
      var heading = document.createElement("h2");
      heading.className = "resultado__titulo";
      var link = document.createElement("a");
      link.href = result.doc.url;
      link.textContent = result.doc.titulo;
      heading.appendChild(link);
      item.appendChild(kind);
      item.appendChild(heading);
      item.appendChild(snippet(result.doc.texto, wanted));
      list.appendChild(item);
    });
    output.appendChild(list);
  }

  var timer = null;
  function update() {
    if (!index) { return; }
    var query = input.value;
    var url = query.trim() ? "?q=" + encodeURIComponent(query.trim()) : location.pathname;
    history.replaceState(null, "", url);
    show(query);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 150); });
  input.value = new URLSearchParams(location.search).get("q") || "";
  fetch("/buscar/indice.json").then(function (response) { return response.json(); }).then(function (data) {
    index = data;
    show(input.value);
  });
})();
