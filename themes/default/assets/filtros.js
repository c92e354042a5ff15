// Progressive enhancement of /logros/: two selects filter the cards in place. Without this script the
// filter links lead to one static page per filter, which hold the same results.
(function () {
  "use strict";
  var list = document.querySelector("[data-logros]");
  var nav = document.querySelector("[data-filtros]");
  var count = document.querySelector("[data-cuenta]");
  if (!list || !nav || !count) { return; }
  var cards = Array.prototype.slice.call(list.querySelectorAll("[data-eje]"));

  function options(heading) {
    // The filter links of one group: [{title, value}], where value is the axis or the state's URL.
    var group = Array.prototype.filter.call(nav.querySelectorAll("h2"), function (h) { return h.textContent === heading; })[0];
    var links = group ? group.nextElementSibling.querySelectorAll("a") : [];
    return Array.prototype.map.call(links, function (a) { return { title: a.textContent, href: a.getAttribute("href") }; });
  }

  function select(id, label, items, valueOf) {
    var wrapper = document.createElement("p");
    var labelElement = document.createElement("label");
    labelElement.htmlFor = id;
    labelElement.textContent = label;
    var element = document.createElement("select");
    element.id = id;
    items.forEach(function (item, index) {
      var option = document.createElement("option");
      option.value = index === 0 ? "" : valueOf(item.href);
      option.textContent = item.title;
      element.appendChild(option);
    });
    wrapper.appendChild(labelElement);
    wrapper.appendChild(document.createTextNode(" "));
    wrapper.appendChild(element);
    return { wrapper: wrapper, element: element, items: items };
  }

  var axes = select("filtro-eje", "Eje", options("Por eje"), function (href) { return href.split("/").filter(Boolean).pop(); });
  var states = select("filtro-estado", "Estado", options("Por estado"), function (href) { return "/estados/" + href.split("/").filter(Boolean).pop() + "/"; });
  var form = document.createElement("form");
  form.className = "filtros filtros--formulario";
  form.setAttribute("role", "search");
  form.setAttribute("aria-label", "Filtrar logros");
  form.appendChild(axes.wrapper);
  form.appendChild(states.wrapper);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  nav.parentNode.insertBefore(form, nav);
  nav.hidden = true;

  function update() {
    var axis = axes.element.value;
    var state = states.element.value;
    var shown = 0;
    cards.forEach(function (card) {
      var match = (!axis || card.getAttribute("data-eje") === axis) &&
        (!state || (" " + card.getAttribute("data-estados")).indexOf(" " + state + " ") >= 0);
      card.hidden = !match;
      shown += match ? 1 : 0;
    });
    count.textContent = shown + (shown === 1 ? " logro" : " logros") + ", del más reciente al más antiguo.";
  }

  axes.element.addEventListener("change", update);
  states.element.addEventListener("change", update);
})();
