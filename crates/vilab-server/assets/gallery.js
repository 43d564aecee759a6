// The clue board of a gallery item (issue 20): polls the clues route after
// the last clue's id every few seconds and adds what is new (polling, not a
// stream: see ARCHITECTURE, vilab-server), pins a clue where the picture is
// clicked (fractions of the picture as shown, upright), posts the form over
// the JSON API without leaving the page, and draws every pinned clue's
// marker. Plain JavaScript; the page works without it (the form posts and
// the page reloads). Words come from the page (data attributes), never
// from here.
(function () {
  "use strict";
  var board = document.getElementById("board");
  if (!board) return;
  var list = document.getElementById("clues");
  var picture = document.getElementById("board-picture");
  var form = document.getElementById("clue-form");
  var pinState = document.getElementById("clue-pin-state");
  var cursor = board.getAttribute("data-cursor") || "";
  var lang = board.getAttribute("data-lang") || "en";
  var pinnedWord = board.getAttribute("data-pinned") || "";
  var POLL_MS = 3000;
  var busy = false;

  function marker(x, y, cls) {
    var img = picture && picture.querySelector("img");
    if (!img) return null;
    var m = document.createElement("span");
    m.className = cls;
    // CSSOM, not a style attribute: the CSP allows it.
    m.style.left = (x * 100) + "%";
    m.style.top = (y * 100) + "%";
    picture.querySelector(".pins").appendChild(m);
    return m;
  }

  function drawPin(li) {
    var x = li.getAttribute("data-x"), y = li.getAttribute("data-y");
    if (x === null || y === null) return;
    var m = marker(parseFloat(x), parseFloat(y), "pin");
    if (m) m.setAttribute("data-clue", li.getAttribute("data-id"));
  }

  function when(seconds) {
    try {
      return new Date(seconds * 1000).toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" });
    } catch (e) {
      return new Date(seconds * 1000).toISOString();
    }
  }

  function addClue(c) {
    if (list.querySelector('li[data-id="' + c.id + '"]')) return;
    var li = document.createElement("li");
    li.className = "clue new";
    li.setAttribute("data-id", c.id);
    if (c.pin) {
      li.setAttribute("data-x", c.pin[0]);
      li.setAttribute("data-y", c.pin[1]);
    }
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = c.author;
    var time = document.createElement("time");
    time.textContent = when(c.posted_at);
    li.appendChild(who);
    li.appendChild(document.createTextNode(" · "));
    li.appendChild(time);
    if (c.pin) {
      var p = document.createElement("span");
      p.className = "pinned";
      p.textContent = pinnedWord;
      li.appendChild(document.createTextNode(" · "));
      li.appendChild(p);
    }
    var text = document.createElement("p");
    text.className = "text";
    text.textContent = c.text;
    li.appendChild(text);
    list.appendChild(li);
    drawPin(li);
    var none = document.getElementById("clues-none");
    if (none) none.remove();
  }

  function poll() {
    if (busy) return Promise.resolve();
    busy = true;
    var url = board.getAttribute("data-poll") + (cursor ? "&after=" + encodeURIComponent(cursor) : "");
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (page) {
        if (!page) return;
        (page.clues || []).forEach(addClue);
        if (page.cursor !== null && page.cursor !== undefined) cursor = String(page.cursor);
        board.setAttribute("data-cursor", cursor);
      })
      .catch(function () { /* the next poll tries again */ })
      .then(function () { busy = false; });
  }

  var draft = null;
  function setPin(x, y) {
    form.elements.x.value = x.toFixed(4);
    form.elements.y.value = y.toFixed(4);
    if (draft) draft.remove();
    draft = marker(x, y, "pin draft");
    if (pinState) pinState.textContent = pinState.getAttribute("data-pinned") || pinnedWord;
  }

  function bindPicture() {
    var img = picture && picture.querySelector("img");
    if (!img) return;
    if (!picture.querySelector(".pins")) {
      var layer = document.createElement("div");
      layer.className = "pins";
      picture.insertBefore(layer, img.nextSibling);
    }
    img.addEventListener("click", function (e) {
      var box = img.getBoundingClientRect();
      var x = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
      var y = Math.min(1, Math.max(0, (e.clientY - box.top) / box.height));
      setPin(x, y);
    });
    Array.prototype.forEach.call(list.querySelectorAll("li.clue"), drawPin);
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var body = { text: form.elements.text.value };
    if (form.elements.x.value && form.elements.y.value) {
      body.x = form.elements.x.value;
      body.y = form.elements.y.value;
    }
    var error = form.querySelector(".error");
    fetch(form.getAttribute("data-api"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": form.elements.csrf.value },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, json: j }; });
    }).then(function (res) {
      if (!res.ok) {
        if (!error) {
          error = document.createElement("p");
          error.className = "error";
          form.appendChild(error);
        }
        error.textContent = res.json.message || res.json.code;
        return;
      }
      if (error) error.remove();
      form.elements.text.value = "";
      form.elements.x.value = "";
      form.elements.y.value = "";
      if (draft) { draft.remove(); draft = null; }
      return poll();
    });
  });

  var img = picture && picture.querySelector("img");
  if (img && !img.complete) img.addEventListener("load", bindPicture); else bindPicture();
  setInterval(poll, POLL_MS);
})();
