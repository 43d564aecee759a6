// vilab media page: draw a lead's rectangle by dragging on the rendition
// (masked or revealed, whichever is shown). The rectangle is written into
// the lead forms' four numbers in the stored original's pixels (origin top
// left, before EXIF rotation: the rendition is the original scaled, never
// rotated), so the numbers stay the keyboard's way in and the server checks
// them as typed ones. Existing leads' rectangles are drawn as outlines.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const layer = document.getElementById("rendition-layer");
  const img = document.getElementById("rendition");
  if (!layer || !img || !window.vilabDrag) return;
  const width = Number(layer.dataset.width);
  const height = Number(layer.dataset.height);
  if (!(width > 0 && height > 0)) return;

  // Original pixels per displayed pixel, read at each use: the image may
  // load, be revealed or be resized after the page.
  const scale = () => [width / img.clientWidth, height / img.clientHeight];
  const box = (cls, r) => {
    const el = document.createElement("div");
    el.className = cls;
    place(el, r);
    layer.appendChild(el);
    return el;
  };
  // r is in original pixels; CSSOM styles are allowed by the CSP.
  const place = (el, r) => {
    const [sx, sy] = scale();
    el.style.left = r.x / sx + "px";
    el.style.top = r.y / sy + "px";
    el.style.width = r.w / sx + "px";
    el.style.height = r.h / sy + "px";
  };

  const outlines = [];
  const drawOutlines = () => {
    outlines.forEach((o) => place(o.el, o.r));
  };
  document.querySelectorAll("[data-rect]").forEach((row) => {
    const [x, y, w, h] = row.dataset.rect.split(",").map(Number);
    const r = { x, y, w, h };
    outlines.push({ el: box("lead-rect", r), r });
  });

  const forms = Array.from(document.querySelectorAll("form.lead-form"));
  const field = (form, name) => form.querySelector(`input[name="${name}"]`);
  let draft = null;
  let start = null;

  // Shared with regions.js (drag.js, loaded first).
  const point = (e) => window.vilabDrag.point(e, img, width, height);
  const rectOf = (a, b) => window.vilabDrag.rectOf(a, b, width, height);

  layer.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    start = point(e);
    if (!draft) draft = box("lead-rect draft", { x: 0, y: 0, w: 0, h: 0 });
    place(draft, { x: start[0], y: start[1], w: 0, h: 0 });
    layer.setPointerCapture(e.pointerId);
  });
  layer.addEventListener("pointermove", (e) => {
    if (!start) return;
    place(draft, rectOf(start, point(e)));
  });
  const finish = (e) => {
    if (!start) return;
    const r = rectOf(start, point(e));
    start = null;
    if (r.w < 1 || r.h < 1) return;
    place(draft, r);
    forms.forEach((form) => {
      for (const k of ["x", "y", "w", "h"]) {
        const input = field(form, k);
        if (input) input.value = String(r[k]);
      }
    });
    layer.dataset.drawn = [r.x, r.y, r.w, r.h].join(",");
  };
  layer.addEventListener("pointerup", finish);
  layer.addEventListener("pointercancel", () => {
    start = null;
  });
  // Typed numbers move the draft too, so both ways agree.
  forms.forEach((form) => {
    form.addEventListener("input", () => {
      const v = ["x", "y", "w", "h"].map((k) => Number((field(form, k) || {}).value));
      if (v.some((n) => !(n >= 0)) || !(v[2] > 0 && v[3] > 0)) return;
      if (!draft) draft = box("lead-rect draft", { x: 0, y: 0, w: 0, h: 0 });
      place(draft, { x: v[0], y: v[1], w: v[2], h: v[3] });
    });
  });
  img.addEventListener("load", () => {
    drawOutlines();
    if (draft && layer.dataset.drawn) {
      const [x, y, w, h] = layer.dataset.drawn.split(",").map(Number);
      place(draft, { x, y, w, h });
    }
  });
  window.addEventListener("resize", drawOutlines);
});
