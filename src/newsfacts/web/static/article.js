// Article view: click a fact in the side lists to scroll to its words; click marked
// words to see the fact (speaker and cue of a quote, an event's actors, a claim's checks).
(function () {
  "use strict";
  var facts = JSON.parse(document.getElementById("nf-facts").textContent);
  var byId = {};
  ["quotes", "events", "claims", "entities", "places", "dates"].forEach(function (k) {
    facts[k].forEach(function (f) { byId[f.id] = { kind: k, fact: f }; });
  });
  var text = document.getElementById("text");
  var detail = document.getElementById("detail");

  function marks(id) { return text.querySelectorAll('.f[data-id="' + CSS.escape(id) + '"]'); }

  function select(id, scroll) {
    document.querySelectorAll(".f.selected, li.fact.selected").forEach(function (el) { el.classList.remove("selected"); });
    var ms = marks(id);
    ms.forEach(function (el) { el.classList.add("selected"); });
    document.querySelectorAll('li.fact[data-target="' + CSS.escape(id) + '"]').forEach(function (el) { el.classList.add("selected"); });
    if (scroll && ms.length) {
      ms[0].scrollIntoView({ behavior: "auto", block: "center" });
      ms[0].classList.remove("flash"); void ms[0].offsetWidth; ms[0].classList.add("flash");
    }
    show(id);
  }

  function el(tag, cls, txt) { var e = document.createElement(tag); if (cls) e.className = cls; if (txt != null) e.textContent = txt; return e; }
  function entityLink(name) {
    if (!name) return el("span", "muted", "unknown");
    if (!facts.stored) return el("b", null, name);
    var a = el("a", null, name); a.href = "/entity?name=" + encodeURIComponent(name); return a;
  }

  function show(id) {
    var hit = byId[id];
    if (!hit) { detail.hidden = true; return; }
    var f = hit.fact;
    detail.replaceChildren();
    var close = el("button", "close", "\u00d7"); close.type = "button"; close.title = "close";
    close.addEventListener("click", function () { detail.hidden = true; });
    detail.appendChild(close);
    if (hit.kind === "quotes") {
      var p = el("div"); p.appendChild(el("span", "muted", "Speaker: ")); p.appendChild(entityLink(f.speaker));
      detail.appendChild(p);
      detail.appendChild(el("div", null, "Cue: " + (f.cue || "none")));
      detail.appendChild(el("div", "muted", f.kind + " quote" + (f.speaker_reason ? " \u00b7 " + f.speaker_reason : "")));
      detail.appendChild(el("div", "qtext", f.text));
    } else if (hit.kind === "events") {
      detail.appendChild(el("div", "event-label", f.label));
      detail.appendChild(el("div", "muted", [f.quad_class, f.modality].filter(Boolean).join(" \u00b7 ")));
      detail.appendChild(el("div", null, f.evidence_text));
    } else if (hit.kind === "claims") {
      detail.appendChild(el("b", null, f.text));
      detail.appendChild(el("div", "muted", "claimed by " + f.claimant + (f.counts ? " \u00b7 counts " + f.counts : "")));
      f.checks.forEach(function (c) { detail.appendChild(el("div", "check v-" + String(c.verdict).replace(/ /g, "-"), c.verdict + ": " + c.explanation)); });
    } else if (hit.kind === "places") {
      detail.appendChild(el("b", null, f.name));
      detail.appendChild(el("div", "muted", "place \u00b7 " + f.kind + (f.country ? " \u00b7 " + f.country : "")));
    } else if (hit.kind === "dates") {
      detail.appendChild(el("b", null, f.text + " \u2192 " + (f.value || "unresolved")));
      detail.appendChild(el("div", "muted", "date \u00b7 " + f.precision));
    } else {
      var h = el("div"); h.appendChild(entityLink(f.name)); detail.appendChild(h);
      detail.appendChild(el("div", "muted", f.type + (f.code ? " \u00b7 " + f.code : "") + " \u00b7 " + f.n_mentions + " mentions"));
      if (f.roles.length) detail.appendChild(el("div", null, f.roles.join("; ")));
    }
    detail.hidden = false;
  }

  document.querySelectorAll("li.fact[data-target]").forEach(function (li) {
    li.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;  // links (speaker pages) work as links
      select(li.dataset.target, true);
    });
    li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(li.dataset.target, true); });
  });
  text.addEventListener("click", function (ev) {
    var m = ev.target.closest(".f");
    if (!m) return;
    // the innermost quote, event or claim under the click wins over an entity mention
    var chain = [], n = m;
    while (n && n !== text) { if (n.classList && n.classList.contains("f")) chain.push(n); n = n.parentNode; }
    var pick = chain.find(function (x) { return ["entity", "place", "date"].indexOf(x.dataset.kind) < 0; }) || chain[0];
    select(pick.dataset.id, false);
  });
  if (location.hash.length > 1) { var id = decodeURIComponent(location.hash.slice(1)); if (marks(id).length) select(id, true); }
})();
