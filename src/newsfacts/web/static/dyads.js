// Dyads chart: events per period, stacked by quad class, one stack per direction.
(function () {
  "use strict";
  var canvas = document.getElementById("dyad-chart");
  if (!canvas) return;
  var data = JSON.parse(document.getElementById("nf-dyads").textContent);
  if (typeof Chart === "undefined") {
    canvas.parentNode.replaceChildren(document.createTextNode("The chart library is not installed on this server (run make web-assets)."));
    return;
  }
  var colours = { "verbal cooperation": "#60a5fa", "material cooperation": "#1d4ed8", "verbal conflict": "#fb923c", "material conflict": "#b91c1c" };
  var spare = ["#10b981", "#a855f7", "#64748b", "#eab308"];
  function colour(q, k) {
    var key = String(q).toLowerCase().replace(/_/g, " ");
    return colours[key] || spare[k % spare.length];
  }
  var datasets = data.series.map(function (s, k) {
    return {
      label: s.label + " \u00b7 " + s.quad_class,
      data: s.counts,
      stack: s.direction,
      backgroundColor: colour(s.quad_class, k),
      borderColor: s.direction === "ba" ? "#111827" : "transparent",
      borderWidth: s.direction === "ba" ? 1 : 0,
    };
  });
  window.nfDyadChart = new Chart(canvas, {
    type: "bar",
    data: { labels: data.periods, datasets: datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
  canvas.dataset.ready = "1";
})();
