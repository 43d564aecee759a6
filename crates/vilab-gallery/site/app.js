// vilab offline gallery: renders the bundle's data (data.js sets
// window.VILAB_BUNDLE) from file:// with no network. Clues and answers stay
// in this page's localStorage until the participant saves them to a file
// (a Blob download), which they send to the lab. No fetch or XHR: browsers
// block them on file://, and nothing here may leave the laptop.
(function () {
  "use strict";
  var B = window.VILAB_BUNDLE;
  var KEY = "vilab.bundle." + B.bundle;
  var COUNTRIES = ["KH", "LA", "TH", "VN", "other"];
  var OBJECTS = ["shop_sign", "power_socket", "licence_plate", "banknote", "product_label", "other"];
  var MAX_TEXT = 2000;

  function load() {
    var state = null;
    try { state = JSON.parse(window.localStorage.getItem(KEY)); } catch (e) { state = null; }
    state = state && typeof state === "object" ? state : {};
    if (!Array.isArray(state.clues)) state.clues = [];
    if (!state.answers || typeof state.answers !== "object") state.answers = {};
    if (typeof state.participant !== "string") state.participant = "";
    return state;
  }
  var state = load();
  function persist() {
    try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage full or off: kept in memory */ }
  }
  function pickLang() {
    var langs = (navigator.languages || [navigator.language || "en"]);
    for (var i = 0; i < langs.length; i++) {
      var code = String(langs[i]).slice(0, 2).toLowerCase();
      if (B.words[code]) return code;
    }
    return "en";
  }
  var lang = B.words[state.lang] ? state.lang : pickLang();
  function w(key) { return (B.words[lang] && B.words[lang][key]) || B.words.en[key] || key; }

  // Builds an element; text always goes in as text, never as HTML.
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === "text") node.textContent = attrs[name];
      else if (name === "class") node.className = attrs[name];
      else node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  function today() { return new Date().toISOString().slice(0, 10); }
  function expired() { return today() > B.expires; }
  function newUid() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }
  function download(name, value) {
    var blob = new Blob([JSON.stringify(value, null, 1) + "\n"], { type: "application/json" });
    var a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
  }
  function itemById(id) {
    for (var i = 0; i < B.items.length; i++) if (B.items[i].id === id) return B.items[i];
    return null;
  }

  function header() {
    var select = el("select", { id: "lang", "aria-label": w("gallery-language") });
    B.langs.forEach(function (l) {
      var option = el("option", { value: l.code, text: l.name });
      if (l.code === lang) option.selected = true;
      select.appendChild(option);
    });
    select.addEventListener("change", function () { lang = select.value; state.lang = lang; persist(); render(); });
    var name = el("input", { id: "participant", type: "text", maxlength: "200", "aria-label": w("gallery-participant") });
    name.value = state.participant;
    name.addEventListener("change", function () { state.participant = name.value.trim(); persist(); });
    return el("header", {}, [
      el("h1", { text: B.title }),
      el("div", { class: "meta" }, [
        el("span", { text: w("gallery-prepared-for") + ": " + B.recipient }),
        el("span", { text: w("gallery-from-lab") + ": " + B.lab }),
        el("span", { id: "expires", text: w("gallery-expires") + ": " + B.expires }),
        el("label", { text: w("gallery-language") + " " }, [select]),
        el("label", { text: w("gallery-participant") + " " }, [name])
      ])
    ]);
  }

  function notice() {
    return el("div", { class: "notice" }, [
      el("div", { text: w("gallery-notice") }),
      el("div", { class: "hint", text: w("gallery-expiry-soft") })
    ]);
  }

  function saveBar() {
    var bar = el("div", { class: "savebar" });
    bar.appendChild(el("span", { id: "clue-count", text: w("gallery-clues-count") + " " + state.clues.length + " " }));
    var clues = el("button", { id: "save-clues", type: "button", text: w("gallery-save-clues") });
    clues.addEventListener("click", function () {
      if (!state.participant) { document.getElementById("participant").focus(); return; }
      download("clues-" + B.bundle + ".json", {
        format: "vilab.clues/1", bundle: B.bundle, participant: state.participant, clues: state.clues
      });
    });
    bar.appendChild(clues);
    if (B.exercise) {
      var answers = el("button", { id: "save-answers", type: "button", text: w("gallery-save-answers") });
      answers.addEventListener("click", function () {
        if (!state.participant) { document.getElementById("participant").focus(); return; }
        var list = B.items.filter(function (it) { return state.answers[it.id]; })
          .map(function (it) { return state.answers[it.id]; });
        download("answers-" + B.bundle + ".json", {
          format: "vilab.answers/1", bundle: B.bundle, exercise: B.exercise,
          participant: state.participant, answers: list
        });
      });
      bar.appendChild(answers);
    }
    bar.appendChild(el("p", { class: "hint", text: w("gallery-save-note") }));
    return bar;
  }

  function grid() {
    var g = el("div", { class: "grid" });
    B.items.forEach(function (item, i) {
      g.appendChild(el("a", { class: "card", href: "#item=" + encodeURIComponent(item.id) }, [
        el("img", { src: item.src, alt: w("gallery-item") + " " + (i + 1), loading: "lazy" }),
        el("p", { text: (i + 1) + ". " + item.caption })
      ]));
    });
    return g;
  }

  function itemView(item) {
    var pending = null;
    var stage = el("div", { class: "stage" });
    var img = el("img", { id: "item-image", src: item.src, alt: item.caption });
    stage.appendChild(img);
    function drawPins() {
      Array.prototype.slice.call(stage.querySelectorAll(".pin")).forEach(function (p) { p.remove(); });
      state.clues.filter(function (c) { return c.item === item.id && c.pin; }).forEach(function (c) {
        var dot = el("span", { class: "pin", title: c.text });
        dot.style.left = (c.pin.x * 100) + "%";
        dot.style.top = (c.pin.y * 100) + "%";
        stage.appendChild(dot);
      });
      if (pending) {
        var p = el("span", { class: "pin pending" });
        p.style.left = (pending.x * 100) + "%";
        p.style.top = (pending.y * 100) + "%";
        stage.appendChild(p);
      }
    }
    // A pin is a fraction of the rendition's width and height (0..1), so
    // that the lab maps it back to the original's pixels.
    img.addEventListener("click", function (event) {
      var r = img.getBoundingClientRect();
      var round = function (v) { return Math.round(Math.min(1, Math.max(0, v)) * 10000) / 10000; };
      pending = { x: round((event.clientX - r.left) / r.width), y: round((event.clientY - r.top) / r.height) };
      drawPins();
    });

    var list = el("ul", { class: "clues", id: "clue-list" });
    function drawList() {
      list.textContent = "";
      var mine = state.clues.filter(function (c) { return c.item === item.id; });
      if (!mine.length) list.appendChild(el("li", { class: "hint", text: w("gallery-clues-none") }));
      mine.forEach(function (c) {
        list.appendChild(el("li", { text: c.text + (c.pin ? " (" + w("gallery-clue-pinned") + ")" : "") }));
      });
    }
    var text = el("textarea", { id: "clue-text", maxlength: String(MAX_TEXT) });
    var add = el("button", { id: "add-clue", type: "button", text: w("gallery-clue-add") });
    add.addEventListener("click", function () {
      var value = text.value.trim();
      if (!value) { text.focus(); return; }
      state.clues.push({
        uid: newUid(), item: item.id, text: value.slice(0, MAX_TEXT), pin: pending, time: new Date().toISOString()
      });
      persist();
      pending = null;
      text.value = "";
      drawPins();
      drawList();
      document.getElementById("clue-count").textContent = w("gallery-clues-count") + " " + state.clues.length + " ";
    });
    var panel = el("div", { class: "panel" }, [
      el("p", {}, [el("a", { href: "#", text: "← " + w("gallery-back") })]),
      el("p", { text: item.caption }),
      el("label", { for: "clue-text", text: w("gallery-clue-prompt") }),
      text,
      el("p", { class: "hint", text: w("gallery-clue-pin-hint") }),
      add,
      el("h3", { text: w("gallery-clues-yours") }),
      list
    ]);
    if (B.exercise) panel.appendChild(answerForm(item));
    drawPins();
    drawList();
    return el("div", { class: "view" }, [el("div", {}, [stage]), panel]);
  }

  function answerForm(item) {
    var kept = state.answers[item.id] || { country: "", place: "", objects: [], free_text: "" };
    var country = el("select", { id: "answer-country" });
    country.appendChild(el("option", { value: "", text: "—" }));
    COUNTRIES.forEach(function (c) {
      var o = el("option", { value: c, text: w("gallery-country-" + c.toLowerCase()) });
      if (kept.country === c) o.selected = true;
      country.appendChild(o);
    });
    var place = el("input", { id: "answer-place", type: "text", maxlength: "200" });
    place.value = kept.place;
    var boxes = OBJECTS.map(function (kind) {
      var box = el("input", { type: "checkbox", value: kind });
      box.checked = kept.objects.indexOf(kind) >= 0;
      return el("label", { class: "check" }, [box, document.createTextNode(" " + w("gallery-object-" + kind.replace(/_/g, "-")))]);
    });
    var free = el("textarea", { id: "answer-free", maxlength: String(MAX_TEXT) });
    free.value = kept.free_text;
    var status = el("span", { class: "hint" });
    var keep = el("button", { id: "keep-answer", type: "button", text: w("gallery-answer-keep") });
    keep.addEventListener("click", function () {
      state.answers[item.id] = {
        item: item.id, country: country.value, place: place.value.trim(),
        objects: boxes.map(function (l) { return l.firstChild; }).filter(function (b) { return b.checked; })
          .map(function (b) { return b.value; }),
        free_text: free.value.trim(), time: new Date().toISOString()
      };
      persist();
      status.textContent = " " + w("gallery-answer-kept");
    });
    return el("div", {}, [
      el("label", { text: w("gallery-answer-country") }, [country]),
      el("label", { text: w("gallery-answer-place") }, [place]),
      el("div", {}, [el("label", { text: w("gallery-answer-objects") })].concat(boxes)),
      el("label", { text: w("gallery-answer-free-text") }, [free]),
      keep, status
    ]);
  }

  function render() {
    document.documentElement.lang = lang;
    var root = document.getElementById("app");
    root.textContent = "";
    root.appendChild(header());
    root.appendChild(notice());
    var main = el("main");
    if (expired()) {
      // A soft measure: the pages stop showing the images, the files stay.
      main.appendChild(el("div", { class: "expired", id: "expired", text: w("gallery-expired") }));
    } else {
      var hash = window.location.hash;
      var item = hash.indexOf("#item=") === 0 ? itemById(decodeURIComponent(hash.slice(6))) : null;
      main.appendChild(item ? itemView(item) : grid());
    }
    // Clues typed before the expiry can still be saved after it.
    main.appendChild(saveBar());
    root.appendChild(main);
  }

  window.addEventListener("hashchange", render);
  render();
})();
