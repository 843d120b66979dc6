// Building blocks of the console. Every piece of text from the registry goes into the page as a text
// node (textContent), never as markup: schemas, docs and subject names are user input.
"use strict";

const SG = {};

/** An element with attributes and children; string children become text nodes. */
SG.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.substring(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

/** A path segment of the REST API, encoded (subject names may hold slashes). */
SG.seg = (text) => encodeURIComponent(text);

/**
 * Calls the registry with the browser's own credentials (a Basic prompt once authentication is on).
 * Answers the parsed JSON; a failure throws an Error with the registry's message.
 */
SG.api = async function (method, path, body) {
  const init = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/vnd.schemaregistry.v1+json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (!response.ok) {
    const error = new Error(json && json.message ? json.message : "The registry answered " + response.status + ".");
    error.status = response.status;
    error.body = json;
    throw error;
  }
  return json;
};

SG.errorBox = (error) => SG.el("p", { class: "error", role: "alert" }, error.message || String(error));

/** Schema text as shown: JSON pretty-printed, anything else (Protobuf) as it is. */
SG.pretty = function (text) {
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { return text; }
};

/** Pretty JSON as a highlighted block: keys, strings, numbers and literals in spans, all as text. */
SG.code = function (text, label) {
  const pre = SG.el("pre", { tabindex: "0", "aria-label": label || "schema" });
  const token = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;
  let at = 0;
  for (const match of text.matchAll(token)) {
    if (match.index > at) pre.append(document.createTextNode(text.substring(at, match.index)));
    const kind = match[1] ? (match[2] ? "tok-key" : "tok-str") : match[3] ? "tok-num" : "tok-lit";
    pre.append(SG.el("span", { class: kind }, match[1] || match[3] || match[4]));
    if (match[2]) pre.append(document.createTextNode(match[2]));
    at = match.index + match[0].length;
  }
  if (at < text.length) pre.append(document.createTextNode(text.substring(at)));
  return pre;
};

SG.json = (value, label) => SG.code(JSON.stringify(value, null, 2), label);

/** A line diff of two texts (longest common subsequence); texts past 3,000 lines are shown whole. */
SG.textDiff = function (before, after) {
  const a = before.split("\n"), b = after.split("\n");
  const pre = SG.el("pre", { tabindex: "0", "aria-label": "text diff", class: "text-diff" });
  if (a.length > 3000 || b.length > 3000) {
    pre.append("The schemas are too long for a text diff; the semantic diff above lists every change.");
    return pre;
  }
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
  let i = 0, j = 0;
  const line = (mark, text, cls) => pre.append(SG.el("span", { class: "diff-line " + cls }, mark + " " + text));
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { line(" ", a[i], ""); i++; j++; }
    else if (lengths[i + 1][j] >= lengths[i][j + 1]) { line("-", a[i++], "diff-del"); }
    else { line("+", b[j++], "diff-add"); }
  }
  while (i < a.length) line("-", a[i++], "diff-del");
  while (j < b.length) line("+", b[j++], "diff-add");
  return pre;
};

/** One incompatibility: rule, pointer, sentence and witness event. */
SG.incompatibility = function (found) {
  return SG.el("div", { class: "incompatibility" },
    SG.el("p", {}, SG.el("span", { class: "rule" }, found.rule), " at ", SG.el("code", {}, found.path || "/"),
      found.oldVersion ? " (vs version " + found.oldVersion + ")" : ""),
    SG.el("p", { class: "sentence" }, found.message),
    "witness" in found ? [SG.el("p", { class: "muted" }, "Witness event:"), SG.json(found.witness, "witness event")] : null);
};

SG.verdict = (compatible, level) => SG.el("span", { class: "badge " + (compatible ? "compatible" : "breaking") },
  (compatible ? "compatible" : "breaking") + (level ? " at " + level : ""));

/**
 * What the caller may do. Without authentication everyone may do everything the REST API allows;
 * once it exists, the server says which actions the caller's credentials permit and the console
 * offers only those.
 */
/** What the caller may do with a subject ({read, register, govern}); the console offers only those actions. */
SG.access = (subject) => SG.api("GET", "/ui/api/subjects/" + SG.seg(subject) + "/access");

/** A button that asks once more before it acts: the first press shows "Confirm ...", the second acts. */
SG.confirmButton = function (label, action, cls) {
  const status = SG.el("span", { role: "status" });
  const button = SG.el("button", { type: "button", class: cls || "danger" }, label);
  let armed = false;
  button.addEventListener("click", async () => {
    if (!armed) { armed = true; button.textContent = "Confirm: " + label; return; }
    armed = false; button.textContent = label; button.disabled = true;
    try { status.replaceChildren(await action()); } catch (e) { status.replaceChildren(SG.errorBox(e)); }
    button.disabled = false;
  });
  return SG.el("span", {}, button, " ", status);
};
