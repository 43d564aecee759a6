// vilab review grid: plain JavaScript, no framework. Fills #grid from
// /api/cases/{case}/review page by page (the next page fetched ahead, added
// on scroll or PageDown), decides by keyboard without reloading the page,
// reveals one item at a time in an overlay, then loads the folder groups
// and the timeline into the page's placeholders. Nothing autoplays.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const grid = document.getElementById("grid");
  if (!grid) return;
  const d = grid.dataset;
  const tile = Number(d.tile) || 160;
  const end = document.getElementById("grid-end");
  const overlay = document.getElementById("overlay");
  const overlayImg = document.getElementById("overlay-img");
  const notice = document.getElementById("break-notice");
  const rows = []; // ReviewRow, in grid order
  const selected = new Set();
  let focus = 0;
  let anchor = 0;
  let next = null; // the cursor of the page after the last shown
  let ahead = null; // a promise of that page
  let loading = false;
  let revealUrl = null;

  // Viewing mode: for a task, tiles sharp and in colour (each one a reveal
  // the server audits), until switched off or the tab is closed; kept in
  // this tab only (sessionStorage), never in the account.
  const viewing = document.getElementById("viewing");
  let sharp = window.sessionStorage.getItem("vilab-viewing") === "on";
  const tileSrc = (media) => "/api/media/" + media + (sharp ? "/reveal" : "/rendition");
  if (viewing) {
    viewing.checked = sharp;
    viewing.addEventListener("change", () => {
      sharp = viewing.checked;
      if (sharp) window.sessionStorage.setItem("vilab-viewing", "on");
      else window.sessionStorage.removeItem("vilab-viewing");
      rows.forEach((row, i) => {
        const img = grid.children[i] && grid.children[i].querySelector("img");
        if (img) img.src = tileSrc(row.media);
      });
    });
  }

  const pageUrl = (cursor) => {
    const q = new URLSearchParams(d.query);
    q.set("limit", "200");
    if (cursor) {
      q.set("after", String(cursor.media));
      if (cursor.taken) q.set("taken", cursor.taken);
    }
    return d.api + "/review?" + q.toString();
  };
  const fetchPage = (cursor) =>
    fetch(pageUrl(cursor), { credentials: "same-origin" }).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    });

  // The badge's words for a row's state.
  const badgeOf = (row) => {
    const words = [];
    const classes = ["badge"];
    if (row.decided !== null && row.decided !== undefined) {
      words.push(d.tDecided.replace("§", String(row.decided)));
      classes.push("decided");
    } else if (d["t" + row.triage.charAt(0).toUpperCase() + row.triage.slice(1)] !== undefined) {
      words.push(d["t" + row.triage.charAt(0).toUpperCase() + row.triage.slice(1)]);
      classes.push(row.triage);
    }
    if (row.conflict) {
      words.push(d.tConflict);
      classes.push("conflict");
    }
    if (row.follow_up) {
      words.push(d.tFollow);
      classes.push("follow-up");
    }
    return { text: words.join(" · "), cls: classes.join(" ") };
  };

  const paint = (i) => {
    const el = grid.children[i];
    if (!el) return;
    const b = badgeOf(rows[i]);
    const badge = el.querySelector(".badge");
    badge.className = b.cls;
    badge.textContent = b.text;
    el.classList.toggle("focused", i === focus);
    el.classList.toggle("selected", selected.has(rows[i].media));
    el.setAttribute("aria-selected", selected.has(rows[i].media) ? "true" : "false");
  };

  const append = (page) => {
    for (const row of page.items) {
      const i = rows.length;
      rows.push(row);
      const el = document.createElement("figure");
      el.className = "tile";
      el.setAttribute("role", "gridcell");
      el.dataset.media = String(row.media);
      const img = document.createElement("img");
      img.src = tileSrc(row.media);
      img.width = tile;
      img.height = tile;
      img.alt = "#" + row.media;
      img.loading = "lazy";
      const badge = document.createElement("figcaption");
      badge.className = "badge";
      el.append(img, badge);
      el.addEventListener("click", (ev) => click(i, ev));
      grid.append(el);
      paint(i);
    }
    next = page.next;
    ahead = next ? fetchPage(next) : null;
    if (!next) end.hidden = false;
  };

  const more = () => {
    if (!ahead || loading) return;
    loading = true;
    ahead
      .then(append)
      .catch(() => {})
      .finally(() => {
        loading = false;
      });
  };

  const setFocus = (i) => {
    const old = focus;
    focus = Math.max(0, Math.min(rows.length - 1, i));
    paint(old);
    paint(focus);
    const el = grid.children[focus];
    if (el) el.scrollIntoView({ block: "nearest" });
    if (focus >= rows.length - perRow() * 2) more();
  };

  const perRow = () => {
    const first = grid.children[0];
    if (!first) return 1;
    const top = first.offsetTop;
    let n = 0;
    for (const el of grid.children) {
      if (el.offsetTop !== top) break;
      n += 1;
    }
    return Math.max(1, n);
  };

  const selectRange = (a, b) => {
    selected.clear();
    for (let i = Math.min(a, b); i <= Math.max(a, b); i += 1) selected.add(rows[i].media);
    rows.forEach((_, i) => paint(i));
  };

  const click = (i, ev) => {
    if (ev.shiftKey) {
      selectRange(anchor, i);
    } else if (ev.ctrlKey || ev.metaKey) {
      const id = rows[i].media;
      if (selected.has(id)) selected.delete(id);
      else selected.add(id);
      anchor = i;
    } else {
      anchor = i;
    }
    setFocus(i);
    grid.focus();
  };

  // The items a key acts on: the selection, else the focused item.
  const targets = () => (selected.size > 0 ? [...selected] : rows[focus] ? [rows[focus].media] : []);

  const post = (path, body) =>
    fetch(d.api + path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": d.csrf },
      body: JSON.stringify(body),
    }).then((r) => r.json());

  const apply = (answer) => {
    if (!answer || !answer.outcome) return;
    for (const item of answer.outcome.items) {
      const i = rows.findIndex((r) => r.media === item.media);
      if (i < 0) continue;
      rows[i].decided = item.decided;
      rows[i].decided_profile = item.decided_profile;
      rows[i].conflict = item.conflict;
      rows[i].follow_up = item.follow_up;
      paint(i);
    }
  };

  const decide = (items, change) => {
    if (items.length === 0) return;
    post("/decisions", Object.assign({ items }, change)).then(apply);
  };

  const reveal = () => {
    const row = rows[focus];
    if (!row) return;
    fetch("/api/media/" + row.media + "/reveal", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        if (revealUrl) URL.revokeObjectURL(revealUrl);
        revealUrl = URL.createObjectURL(blob);
        overlayImg.src = revealUrl;
        overlay.hidden = false;
      })
      .catch(() => {});
  };

  const closeReveal = () => {
    overlay.hidden = true;
    overlayImg.removeAttribute("src");
    if (revealUrl) URL.revokeObjectURL(revealUrl);
    revealUrl = null;
    grid.focus();
  };
  document.getElementById("overlay-close").addEventListener("click", closeReveal);

  // The break reminder: after break_minutes of activity without a pause of
  // five minutes.
  const breakMs = Number(d.break) * 60000;
  let since = Date.now();
  let last = Date.now();
  const active = () => {
    const now = Date.now();
    if (now - last > 5 * 60000) {
      since = now;
      notice.hidden = true;
    }
    last = now;
    if (breakMs > 0 && now - since >= breakMs && notice.hidden) {
      notice.textContent = notice.dataset.text;
      notice.hidden = false;
    }
  };
  notice.addEventListener("click", () => {
    notice.hidden = true;
    since = Date.now();
  });

  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
    active();
    if (!overlay.hidden) {
      if (ev.key === "Escape") {
        closeReveal();
        ev.preventDefault();
      }
      return;
    }
    const cols = perRow();
    const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -cols, ArrowDown: cols };
    if (ev.key in moves) {
      const to = Math.max(0, Math.min(rows.length - 1, focus + moves[ev.key]));
      if (ev.shiftKey) selectRange(anchor, to);
      else anchor = to;
      setFocus(to);
      ev.preventDefault();
    } else if (/^[0-9]$/.test(ev.key) || (ev.altKey && /^Digit[0-9]$/.test(ev.code))) {
      const n = Number(ev.altKey ? ev.code.slice(5) : ev.key);
      const items = ev.altKey ? rows.map((r) => r.media) : targets();
      decide(items, { category: n });
      ev.preventDefault();
    } else if (ev.key === "z") {
      post("/undo", {}).then(apply);
      ev.preventDefault();
    } else if (ev.key === "f") {
      const items = targets();
      const on = !items.every((id) => (rows.find((r) => r.media === id) || {}).follow_up);
      decide(items, { follow_up: on });
      ev.preventDefault();
    } else if (ev.key === "r" || ev.key === "Enter") {
      reveal();
      ev.preventDefault();
    } else if (ev.key === "PageDown") {
      more();
    } else if (ev.key === "Escape") {
      selected.clear();
      rows.forEach((_, i) => paint(i));
    }
  });
  document.addEventListener("click", active);

  window.addEventListener("scroll", () => {
    if (window.innerHeight + window.scrollY >= document.body.scrollHeight - 400) more();
  });

  // A new series of the selection (else of the focused item).
  const seriesForm = document.getElementById("series-form");
  if (seriesForm) {
    seriesForm.addEventListener("submit", () => {
      document.getElementById("series-items").value = targets().join(",");
    });
  }

  // The timeline: a drag across its bars sets the grid's date range.
  const bindTimeline = (timeline) => {
    const bars = [...timeline.querySelectorAll("rect.bar")];
    let start = null;
    const barAt = (ev) => {
      const box = timeline.getBoundingClientRect();
      const i = Math.floor(((ev.clientX - box.left) / box.width) * bars.length);
      return Math.max(0, Math.min(bars.length - 1, i));
    };
    const mark = (a, b) =>
      bars.forEach((bar, i) => bar.classList.toggle("brushed", i >= Math.min(a, b) && i <= Math.max(a, b)));
    timeline.addEventListener("mousedown", (ev) => {
      start = barAt(ev);
      mark(start, start);
      ev.preventDefault();
    });
    timeline.addEventListener("mousemove", (ev) => {
      if (start !== null) mark(start, barAt(ev));
    });
    window.addEventListener("mouseup", (ev) => {
      if (start === null) return;
      const end = barAt(ev);
      const first = bars[Math.min(start, end)];
      const last = bars[Math.max(start, end)];
      start = null;
      const q = "from=" + encodeURIComponent(first.dataset.from) + "&before=" + encodeURIComponent(last.dataset.before);
      window.location.assign(timeline.dataset.grid + q);
    });
    // The drag decides; a bar's link is for pages without script.
    for (const a of timeline.querySelectorAll("a")) a.addEventListener("click", (ev) => ev.preventDefault());
    timeline.dataset.bound = "1";
  };

  // The panels that cost a pass over the case (the folder groups, the
  // timeline) come after the first tiles: the page's shell holds a
  // placeholder with a loading state, replaced by the server's fragment.
  const loadPanels = () => {
    for (const holder of document.querySelectorAll("[data-fragment]")) {
      fetch(holder.dataset.fragment, { credentials: "same-origin" })
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
        .then((html) => {
          const t = document.createElement("template");
          t.innerHTML = html;
          holder.replaceWith(t.content);
          const timeline = document.getElementById("timeline");
          if (timeline && !timeline.dataset.bound) bindTimeline(timeline);
        })
        .catch(() => {
          const state = holder.querySelector(".panel-loading");
          if (state) state.textContent = state.dataset.failed;
          holder.classList.remove("pending");
        });
    }
  };

  fetchPage(null)
    .then((page) => {
      append(page);
      setFocus(0);
      grid.focus();
    })
    .catch(() => {})
    .finally(loadPanels);
});
