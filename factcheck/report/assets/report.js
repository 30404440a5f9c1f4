
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("fc-data").textContent);
  var form = document.getElementById("filters");
  var status = document.getElementById("status");
  var pairNote = document.getElementById("pairnote");
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var pair = null;
  if (!form) return;
  function checked(name) {
    var out = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name='" + name + "']"), function (el) { out[el.value] = el.checked; });
    return out;
  }
  function label(i) { var a = data.articles[i]; return (i + 1) + " (" + a.label + ")"; }
  function apply() {
    var sev = checked("severity"), kind = checked("kind"), art = form.elements.article.value, shown = 0;
    findings.forEach(function (el) {
      var d = data.findings[+el.getAttribute("data-index")], arts = d.articles;
      var show = sev[d.severity] !== false && kind[d.kind] !== false;
      if (show && art !== "") show = arts.indexOf(+art) >= 0;
      if (show && pair) show = arts.indexOf(pair[0]) >= 0 && arts.indexOf(pair[1]) >= 0;
      el.hidden = !show;
      if (show) shown++;
    });
    status.textContent = "Showing " + shown + " of " + findings.length + " finding" + (findings.length === 1 ? "" : "s") + ".";
    if (pair) {
      pairNote.hidden = false;
      pairNote.querySelector("span").textContent = pair[0] === pair[1] ? "Only findings involving source " + label(pair[0]) + "." : "Only findings involving both source " + label(pair[0]) + " and source " + label(pair[1]) + ".";
    } else {
      pairNote.hidden = true;
    }
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  document.getElementById("f-reset").addEventListener("click", function () { form.reset(); pair = null; apply(); });
  pairNote.querySelector("button").addEventListener("click", function () { pair = null; apply(); });
  var expanded = false, expand = document.getElementById("f-expand");
  expand.addEventListener("click", function () {
    expanded = !expanded;
    Array.prototype.forEach.call(document.querySelectorAll("details.ctx"), function (d) { d.open = expanded; });
    expand.textContent = expanded ? "Collapse all context" : "Expand all context";
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.pair"), function (b) {
    b.addEventListener("click", function () {
      var p = b.getAttribute("data-pair").split(",");
      pair = [+p[0], +p[1]];
      apply();
      document.getElementById("findings").scrollIntoView();
      status.focus();
    });
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || (ev.key !== "j" && ev.key !== "k")) return;
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var vis = findings.filter(function (f) { return !f.hidden; });
    if (!vis.length) return;
    var cur = vis.indexOf(document.activeElement && document.activeElement.closest ? document.activeElement.closest("article.finding") : null);
    var next = cur < 0 ? 0 : Math.max(0, Math.min(vis.length - 1, cur + (ev.key === "j" ? 1 : -1)));
    vis[next].focus({ preventScroll: true });
    vis[next].scrollIntoView({ block: "start" });
    ev.preventDefault();
  });
  var reopened = [];
  window.addEventListener("beforeprint", function () {
    reopened = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    reopened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { reopened.forEach(function (d) { d.open = false; }); reopened = []; });
  apply();
})();
