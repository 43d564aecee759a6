// vilab media page, Regions and Renditions panels (issue 20): draw a
// region on the picture (a rectangle by dragging, a polygon by clicks
// closed by a double click or the close button), in the stored original's
// pixels (drag.js), of the kind and treatment chosen; ask for face
// suggestions and accept one; delete a region; make renditions for an
// audience and approve a public crop. Each is one call of the JSON API
// with the page's CSRF token, then the page reloads to show what the lab
// now holds (the server checks every permission).
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const PERSON = ["face", "body", "mark"];

// POSTs a JSON object; resolves on success, else rejects with the lab's message.
const post = (url, csrf, body) =>
  fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
    body: JSON.stringify(body || {}),
  }).then((r) =>
    r.ok ? r.json() : r.json().then((e) => Promise.reject(new Error(e.message || String(r.status))))
  );

const svgEl = (name, attrs) => {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

const showError = (el, e) => {
  if (!el) return;
  el.textContent = e.message;
  el.hidden = false;
};

function regionsPanel(panel) {
  const svg = panel.querySelector(".region-svg");
  const tools = panel.querySelector(".region-tools");
  const width = Number(panel.dataset.width);
  const height = Number(panel.dataset.height);
  const csrf = panel.dataset.csrf;
  const errorEl = panel.querySelector(".region-error");
  const fail = (e) => showError(errorEl, e);
  const done = () => window.location.reload();

  panel.querySelectorAll(".region-delete").forEach((b) =>
    b.addEventListener("click", () => {
      b.disabled = true;
      post(`${panel.dataset.regionApi}/${b.dataset.uid}/delete`, csrf).then(done, fail);
    })
  );
  if (!svg || !tools || !(width > 0 && height > 0) || !window.vilabDrag) return;

  const tool = tools.querySelector(".region-tool");
  const kind = tools.querySelector(".region-kind");
  const treatment = tools.querySelector(".region-treatment");
  const treatmentLabel = tools.querySelector(".region-treatment-label");
  const weak = tools.querySelector(".region-weak");
  const closeButton = tools.querySelector(".region-close");
  // Treatment is a person region's choice; pixelate and blur are weaker
  // than a fill, and the analyst is told so.
  const sync = () => {
    const person = PERSON.includes(kind.value);
    treatmentLabel.hidden = !person;
    if (!person) treatment.value = "fill";
    weak.hidden = !person || treatment.value === "fill";
  };
  kind.addEventListener("change", sync);
  treatment.addEventListener("change", sync);
  sync();

  const add = (shape, source) =>
    post(`${panel.dataset.api}/regions`, csrf, {
      kind: source === "suggested" ? "face" : kind.value,
      treatment: source === "suggested" ? (PERSON.includes(kind.value) ? treatment.value : "fill") : treatment.value,
      source,
      ...shape,
    }).then(done, fail);

  const point = (e) => window.vilabDrag.point(e, svg, width, height);
  let start = null;
  let draft = null;
  let points = [];
  const clearDraft = () => {
    if (draft) draft.remove();
    draft = null;
  };
  const drawPolygon = () => {
    clearDraft();
    draft = svgEl("polyline", { class: "region draft", points: points.map((p) => p.join(",")).join(" ") });
    svg.appendChild(draft);
    closeButton.hidden = points.length < 3;
  };
  const closePolygon = () => {
    if (points.length < 3) return;
    const flat = points.flat().join(",");
    points = [];
    closeButton.hidden = true;
    add({ points: flat }, "drawn");
  };

  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const p = point(e);
    if (tool.value === "polygon") {
      // The clicks of a double click add one point, not two.
      const last = points[points.length - 1];
      if (last && Math.abs(last[0] - p[0]) + Math.abs(last[1] - p[1]) <= 2) return;
      points.push(p);
      drawPolygon();
      return;
    }
    start = p;
    clearDraft();
    draft = svgEl("rect", { class: "region draft", x: p[0], y: p[1], width: 0, height: 0 });
    svg.appendChild(draft);
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", (e) => {
    if (!start) return;
    const r = window.vilabDrag.rectOf(start, point(e), width, height);
    draft.setAttribute("x", r.x);
    draft.setAttribute("y", r.y);
    draft.setAttribute("width", r.w);
    draft.setAttribute("height", r.h);
  });
  svg.addEventListener("pointerup", (e) => {
    if (!start) return;
    const r = window.vilabDrag.rectOf(start, point(e), width, height);
    start = null;
    if (r.w < 2 || r.h < 2) {
      clearDraft();
      return;
    }
    add(r, "drawn");
  });
  svg.addEventListener("pointercancel", () => {
    start = null;
    clearDraft();
  });
  svg.addEventListener("dblclick", (e) => {
    e.preventDefault();
    if (tool.value === "polygon") closePolygon();
  });
  closeButton.addEventListener("click", closePolygon);
  tool.addEventListener("change", () => {
    points = [];
    closeButton.hidden = true;
    clearDraft();
  });

  // Face suggestions: dashed boxes, each accepted on its own.
  const list = tools.querySelector(".face-suggestions");
  const suggest = tools.querySelector(".suggest-faces");
  suggest.addEventListener("click", () => {
    suggest.disabled = true;
    fetch(`${panel.dataset.api}/face-suggestions`, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : r.json().then((e) => Promise.reject(new Error(e.message)))))
      .then((found) => {
        list.textContent = "";
        svg.querySelectorAll(".suggestion").forEach((s) => s.remove());
        if (found.suggestions.length === 0) {
          const li = document.createElement("li");
          li.textContent = list.dataset.none;
          list.appendChild(li);
        }
        found.suggestions.forEach((s, i) => {
          svg.appendChild(svgEl("rect", { class: "suggestion", x: s.x, y: s.y, width: s.w, height: s.h }));
          const li = document.createElement("li");
          li.textContent = `${i + 1}: ${s.w} x ${s.h} (${s.score.toFixed(1)}) `;
          const accept = document.createElement("button");
          accept.type = "button";
          accept.className = "suggestion-accept";
          accept.textContent = list.dataset.accept;
          accept.addEventListener("click", () => {
            accept.disabled = true;
            add({ x: s.x, y: s.y, w: s.w, h: s.h }, "suggested");
          });
          li.appendChild(accept);
          list.appendChild(li);
        });
        suggest.disabled = false;
      })
      .catch((e) => {
        suggest.disabled = false;
        fail(e);
      });
  });
}

function renditionsPanel(panel) {
  const csrf = panel.dataset.csrf;
  const errorEl = panel.querySelector(".rendition-error");
  const fail = (e) => showError(errorEl || panel.querySelector(".rendition-approve-error"), e);
  const done = () => window.location.reload();
  panel.querySelectorAll(".rendition-make").forEach((b) =>
    b.addEventListener("click", () => {
      b.disabled = true;
      post(`${panel.dataset.api}/renditions`, csrf, { audience: b.dataset.audience }).then(done, (e) => {
        b.disabled = false;
        fail(e);
      });
    })
  );
  panel.querySelectorAll(".rendition-approve").forEach((b) =>
    b.addEventListener("click", () => {
      b.disabled = true;
      post(`/api/renditions/${b.dataset.uid}/approve`, csrf).then(done, (e) => {
        b.disabled = false;
        fail(e);
      });
    })
  );
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("section.regions").forEach(regionsPanel);
  document.querySelectorAll("section.renditions").forEach(renditionsPanel);
});
