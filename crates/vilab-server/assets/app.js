// vilab browser lab: a little plain JavaScript, no framework. Pages work
// without it; it only adds conveniences. Loaded from /assets (the
// Content-Security-Policy allows no inline script).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Filter forms: leave empty fields out of the address.
  for (const form of document.querySelectorAll("form.filters")) {
    form.addEventListener("submit", () => {
      for (const input of form.querySelectorAll("input, select")) {
        if (input.value === "") input.disabled = true;
      }
    });
  }
  // Copy a digest by clicking it.
  for (const el of document.querySelectorAll("[data-copy]")) {
    el.addEventListener("click", () => {
      if (navigator.clipboard) navigator.clipboard.writeText(el.dataset.copy);
    });
  }
});
