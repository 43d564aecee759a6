// vilab pages: where a pointer is in a stored original's pixels, and the
// rectangle two such points span. Shared by leads.js (a lead's rectangle)
// and regions.js (regions): a picture on the page is the original scaled,
// never rotated, so original pixels are displayed pixels times the scale.
"use strict";

window.vilabDrag = {
  // [x, y] in original pixels of a pointer event over `el`, which shows an
  // original of `width` x `height`; clamped to the picture.
  point(e, el, width, height) {
    const b = el.getBoundingClientRect();
    const px = Math.min(Math.max(e.clientX - b.left, 0), b.width);
    const py = Math.min(Math.max(e.clientY - b.top, 0), b.height);
    return [Math.round((px * width) / b.width), Math.round((py * height) / b.height)];
  },
  // The rectangle between two points, kept inside the picture.
  rectOf(a, b, width, height) {
    const x = Math.min(a[0], b[0]);
    const y = Math.min(a[1], b[1]);
    return {
      x,
      y,
      w: Math.min(Math.abs(a[0] - b[0]), width - x),
      h: Math.min(Math.abs(a[1] - b[1]), height - y),
    };
  },
};
