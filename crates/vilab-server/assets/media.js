// vilab media page: the reveal button shows the item sharp and in colour in
// place of its masked rendition (the server audits the reveal before it
// sends the bytes; the picture is kept only as a blob URL of this page).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("reveal");
  const img = document.getElementById("rendition");
  if (!button || !img) return;
  button.addEventListener("click", () => {
    fetch(button.dataset.src, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        img.src = URL.createObjectURL(blob);
        img.classList.add("revealed");
        button.hidden = true;
      })
      .catch(() => {
        button.disabled = true;
      });
  });
});
