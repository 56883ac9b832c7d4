// Actor network: nodes are actors, edges the events from one to another.
(function () {
  "use strict";
  var box = document.getElementById("network");
  var data = JSON.parse(document.getElementById("nf-network").textContent);
  if (typeof cytoscape === "undefined") {
    box.textContent = "The graph library is not installed on this server (run make web-assets).";
    return;
  }
  var colours = { "verbal cooperation": "#60a5fa", "material cooperation": "#1d4ed8", "verbal conflict": "#fb923c", "material conflict": "#b91c1c" };
  var maxN = Math.max.apply(null, [1].concat(data.edges.map(function (e) { return e.n; })));
  var elements = data.nodes.map(function (n) { return { data: { id: "n:" + n.id, label: n.label, weight: n.weight } }; })
    .concat(data.edges.map(function (e) {
      return { data: { id: e.id, source: "n:" + e.source, target: "n:" + e.target, n: e.n,
        width: 1 + 7 * e.n / maxN, colour: colours[String(e.quad_class).toLowerCase().replace(/_/g, " ")] || "#94a3b8" } };
    }));
  var cy = cytoscape({
    container: box,
    elements: elements,
    layout: { name: "cose", animate: false, padding: 40, randomize: false, nodeDimensionsIncludeLabels: true },
    minZoom: 0.2,
    maxZoom: 1.6,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#334155", width: 18, height: 18, color: "#111827" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85 } },
    ],
  });
  cy.on("tap", "node", function (ev) {
    // the node's id: a country code, or an actor id (one actor under all its names)
    location.href = "/dyads?a=" + encodeURIComponent(ev.target.data("id").slice(2));
  });
  window.nfNetwork = cy;
  box.dataset.ready = "1";
})();
