// eventwire explorer: events table, actor network, timeline, map and article view.
// Article text is untrusted: it only ever reaches the page through textContent and
// setAttribute on attributes that cannot run code; links are made only for http(s) URLs.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const COLOUR = { 1: "#2b8cbe", 2: "#41ab5d", 3: "#fe9929", 4: "#d7301f" };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function actorLabel(row, side) {
  const who = row[side + "_name"] || row[side + "_text"];
  if (!who) return "-";
  const code = row[side + "_igo"] || [row[side + "_country"], row[side + "_sector"]].filter(Boolean).join("/");
  return code ? `${who} [${code}]` : who;
}

function actorKey(row, side) {
  return row[side + "_key"] || null;
}

function setStatus(text) {
  document.getElementById("status").textContent = text;
}

// ---------------------------------------------------------------- table

function renderTable(events) {
  const body = document.querySelector("#events tbody");
  clear(body);
  document.getElementById("count").textContent = `(${events.length})`;
  for (const row of events) {
    const tr = el(
      "tr",
      { "data-event-id": row.event_id, "data-doc-id": row.doc_id },
      el("td", {}, row.date || "-"),
      el("td", { class: "q" + row.quad_class }, row.event_type + (row.mode ? "/" + row.mode : "")),
      el("td", {}, row.status),
      el("td", {}, actorLabel(row, "source")),
      el("td", {}, actorLabel(row, "target")),
      el("td", {}, row.location_name || "-"),
      el("td", {}, Number(row.confidence).toFixed(2)),
      el("td", {}, row.evidence.trim().slice(0, 160)),
    );
    tr.addEventListener("click", () => {
      for (const other of body.querySelectorAll("tr.selected")) other.classList.remove("selected");
      tr.classList.add("selected");
      showArticle(row);
    });
    body.append(tr);
  }
}

// ---------------------------------------------------------------- network

function renderNetwork(events) {
  const box = document.getElementById("network");
  clear(box);
  const edges = new Map();
  const degree = new Map();
  for (const row of events) {
    const s = actorKey(row, "source");
    const t = actorKey(row, "target");
    if (!s || !t || s === t) continue;
    const key = s + "\u0000" + t;
    const edge = edges.get(key) || { s, t, count: 0, quads: { 1: 0, 2: 0, 3: 0, 4: 0 } };
    edge.count += 1;
    edge.quads[row.quad_class] += 1;
    edges.set(key, edge);
    degree.set(s, (degree.get(s) || 0) + 1);
    degree.set(t, (degree.get(t) || 0) + 1);
  }
  const nodes = [...degree.keys()].sort((a, b) => degree.get(b) - degree.get(a)).slice(0, 40);
  const at = new Map();
  nodes.forEach((name, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    at.set(name, { x: 240 + 140 * Math.cos(angle), y: 180 + 140 * Math.sin(angle) });
  });
  for (const edge of edges.values()) {
    if (!at.has(edge.s) || !at.has(edge.t)) continue;
    const quad = Object.entries(edge.quads).sort((a, b) => b[1] - a[1])[0][0];
    const a = at.get(edge.s);
    const b = at.get(edge.t);
    const line = svg("line", {
      class: "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      stroke: COLOUR[quad], "stroke-width": 1 + Math.log2(edge.count), "stroke-opacity": 0.7,
      "data-count": edge.count,
    });
    line.append(svg("title", {}, `${edge.s} → ${edge.t}: ${edge.count} events (${QUAD[quad]})`));
    box.append(line);
  }
  for (const name of nodes) {
    const p = at.get(name);
    const group = svg("g", { class: "node" });
    group.append(svg("circle", { cx: p.x, cy: p.y, r: 4 + Math.sqrt(degree.get(name)), fill: "#1d2731" }));
    group.append(svg("text", { x: p.x + 7, y: p.y + 4, "font-size": 11 }, name.replace(/^(IGO|NAME):/, "")));
    group.append(svg("title", {}, `${name}: ${degree.get(name)} events`));
    box.append(group);
  }
}

// ---------------------------------------------------------------- timeline

function renderTimeline(events) {
  const box = document.getElementById("timeline");
  clear(box);
  const days = new Map();
  for (const row of events) {
    if (!row.date_start) continue;
    const day = days.get(row.date_start) || { 1: 0, 2: 0, 3: 0, 4: 0 };
    day[row.quad_class] += 1;
    days.set(row.date_start, day);
  }
  const keys = [...days.keys()].sort();
  if (!keys.length) return;
  const first = Date.parse(keys[0]);
  const last = Date.parse(keys[keys.length - 1]);
  const span = Math.max(1, (last - first) / 86400000 + 1);
  const most = Math.max(...keys.map((k) => Object.values(days.get(k)).reduce((x, y) => x + y, 0)));
  const width = Math.max(2, 440 / span);
  for (const key of keys) {
    const x = 20 + ((Date.parse(key) - first) / 86400000) * (440 / span);
    let y = 180;
    for (const quad of [1, 2, 3, 4]) {
      const n = days.get(key)[quad];
      if (!n) continue;
      const h = (n / most) * 160;
      y -= h;
      const bar = svg("rect", { class: "bar", x, y, width: width * 0.9, height: h, fill: COLOUR[quad], "data-count": n });
      bar.append(svg("title", {}, `${key}: ${n} ${QUAD[quad]}`));
      box.append(bar);
    }
  }
  box.append(svg("text", { x: 20, y: 196, "font-size": 10 }, keys[0]));
  box.append(svg("text", { x: 460, y: 196, "font-size": 10, "text-anchor": "end" }, keys[keys.length - 1]));
}

// ---------------------------------------------------------------- map

function renderMap(events) {
  const box = document.getElementById("map");
  clear(box);
  for (let lon = -180; lon <= 180; lon += 30) {
    const x = ((lon + 180) / 360) * 480;
    box.append(svg("line", { x1: x, y1: 0, x2: x, y2: 240, stroke: "#e4e4e4" }));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    const y = ((90 - lat) / 180) * 240;
    box.append(svg("line", { x1: 0, y1: y, x2: 480, y2: y, stroke: "#e4e4e4" }));
  }
  const places = new Map();
  for (const row of events) {
    if (row.location_lat == null || row.location_lon == null) continue;
    const key = row.location_geonameid ?? `${row.location_lat},${row.location_lon}`;
    const place = places.get(key) || { name: row.location_name, lat: row.location_lat, lon: row.location_lon, count: 0 };
    place.count += 1;
    places.set(key, place);
  }
  for (const place of places.values()) {
    const dot = svg("circle", {
      class: "place",
      cx: ((place.lon + 180) / 360) * 480,
      cy: ((90 - place.lat) / 180) * 240,
      r: 2 + 2 * Math.sqrt(place.count),
      fill: "#d7301f", "fill-opacity": 0.6, "data-count": place.count,
    });
    dot.append(svg("title", {}, `${place.name}: ${place.count} events`));
    box.append(dot);
  }
}

// ---------------------------------------------------------------- article view

function safeLink(url) {
  if (typeof url === "string" && /^https?:\/\//i.test(url)) {
    return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url);
  }
  return document.createTextNode(url || "");
}

function explain(row) {
  const why = document.getElementById("why");
  clear(why);
  const x = row.explanation;
  if (!x) {
    why.append("No explanation was recorded for this event.");
    return;
  }
  const list = el("dl", {});
  const add = (term, value) => {
    if (value) list.append(el("dt", {}, term), el("dd", {}, value));
  };
  add("event", `${row.event_type} (CAMEO ${row.cameo}), ${row.status}, ${row.date || "no date"}`);
  add("code", x.rule + (x.lexicon_entry ? `; entry: ${x.lexicon_entry}` : ""));
  add("source", x.source_how);
  add("target", x.target_how);
  add("status", x.status_cue ? `cue “${x.status_cue}”` : "no cue of plan, denial or condition");
  add("date", x.date_from);
  add("location", x.location_from);
  why.append(list);
}

function markedText(text, marks) {
  // Split the text at every boundary; each piece carries the classes of the marks over it.
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start == null || m.end == null || m.start >= m.end) continue;
    cuts.add(Math.max(0, m.start));
    cuts.add(Math.min(text.length, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    let node = document.createTextNode(text.slice(a, b));
    for (const m of marks) {
      if (m.start <= a && b <= m.end) {
        const wrap = document.createElement(m.tag);
        wrap.className = m.cls;
        if (m.title) wrap.title = m.title;
        wrap.append(node);
        node = wrap;
      }
    }
    out.append(node);
  }
  return out;
}

async function showArticle(row) {
  const response = await fetch(`/v1/articles/${encodeURIComponent(row.doc_id)}`);
  if (!response.ok) return;
  const article = await response.json();
  const section = document.getElementById("article");
  section.hidden = false;
  document.getElementById("article-title").textContent = article.title || article.doc_id;
  const meta = document.getElementById("article-meta");
  clear(meta);
  meta.append(`${article.date || "no date"} · ${article.outlet || article.origin || ""} · `, safeLink(article.url));
  explain(row);
  const marks = [
    { start: row.evidence_start, end: row.evidence_end, tag: "mark", cls: "evidence" },
    { start: row.trigger_start, end: row.trigger_end, tag: "mark", cls: "trigger", title: "trigger" },
  ];
  for (const actor of article.actors || []) {
    if (actor.event_no === row.event_no) {
      marks.push({ start: actor.start_char, end: actor.end_char, tag: "span", cls: "actor", title: actor.role_in });
    }
  }
  for (const place of article.places || []) {
    marks.push({ start: place.start, end: place.end, tag: "span", cls: "place", title: `${place.name} (${place.country})` });
  }
  for (const quote of article.quotes || []) {
    marks.push({ start: quote.start_char, end: quote.end_char, tag: "span", cls: "quote", title: quote.speaker_name || "" });
  }
  const body = document.getElementById("article-text");
  clear(body);
  body.append(markedText(article.text || "", marks));
  const quotes = document.getElementById("article-quotes");
  clear(quotes);
  for (const quote of article.quotes || []) {
    quotes.append(el("li", {}, `${quote.speaker_name || "unattributed"} (${quote.kind}): “${quote.text}”`));
  }
  section.scrollIntoView({ behavior: "instant", block: "start" });
}

// ---------------------------------------------------------------- loading

function legend() {
  const box = document.getElementById("legend");
  clear(box);
  for (const quad of [1, 2, 3, 4]) {
    const item = el("span", {});
    const swatch = el("i", {});
    swatch.style.background = COLOUR[quad];
    item.append(swatch, QUAD[quad]);
    box.append(item);
  }
}

async function load() {
  const form = new FormData(document.getElementById("filters"));
  const query = new URLSearchParams({ limit: "5000" });
  for (const [key, value] of form.entries()) if (value) query.set(key, String(value));
  setStatus("loading…");
  const response = await fetch(`/v1/events?${query}`);
  const data = await response.json();
  if (!response.ok) {
    setStatus(`error: ${JSON.stringify(data.detail)}`);
    return;
  }
  renderTable(data.events);
  renderNetwork(data.events);
  renderTimeline(data.events);
  renderMap(data.events);
  setStatus(`${data.count} events`);
  document.body.dataset.ready = "true";
}

document.getElementById("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  load();
});
legend();
load();
