// The console's pages. Each has a stable address after "#", so that a page can be shared:
//   #/?q=order&show=live&page=2        the subject list
//   #/subject/NAME                     a subject
//   #/subject/NAME/version/3           a version
//   #/subject/NAME/compare/2/3         two versions compared
//   #/check?subject=NAME               check a draft schema before registering it
"use strict";
const { el, api, seg } = SG;
const PAGE_SIZE = 50;
const LEVELS = ["NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE"];
const POLICIES = ["STRICT", "LENIENT"];
const MODES = ["READWRITE", "READONLY", "READONLY_OVERRIDE", "IMPORT"];

const main = document.getElementById("main");
const present = (nodes) => nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false);
const show = (...nodes) => { main.replaceChildren(...present(nodes)); };
const link = (href, text) => el("a", { href }, text);
const subjectHref = (name) => "#/subject/" + seg(name);
const select = (label, name, options, value) => el("label", {}, label,
  el("select", { name }, options.map((o) => el("option", { value: o, selected: o === value }, o))));

async function subjectsPage(params) {
  const q = params.get("q") || "", which = params.get("show") || "live";
  const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  const go = (changes) => {
    const next = new URLSearchParams({ q, show: which, page: String(page), ...changes });
    location.hash = "#/?" + next.toString();
  };
  const search = el("input", { type: "search", name: "q", value: q, placeholder: "part of a name" });
  const form = el("form", { class: "toolbar", role: "search", onsubmit: (e) => { e.preventDefault(); go({ q: search.value, page: "1" }); } },
    el("label", {}, "Search subjects", search),
    select("Show", "show", ["live", "all", "deleted"], which),
    el("button", { type: "submit", class: "primary" }, "Search"));
  form.querySelector("select").addEventListener("change", (e) => go({ show: e.target.value, page: "1" }));
  const offset = (page - 1) * PAGE_SIZE;
  const data = await api("GET", "/ui/api/subjects?" + new URLSearchParams({ q, show: which, offset, limit: PAGE_SIZE }));
  const rows = data.subjects.map((s) => el("tr", {},
    el("td", {}, link(subjectHref(s.name), s.name), s.deleted ? el("span", { class: "badge muted" }, " deleted") : null),
    el("td", {}, s.type || "-"), el("td", {}, s.latestVersion ? link(subjectHref(s.name) + "/version/" + s.latestVersion, "v" + s.latestVersion) : "-"),
    el("td", { class: "optional" }, s.level), el("td", { class: "optional" }, s.policy), el("td", { class: "optional" }, s.mode)));
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  const nav = el("nav", { class: "toolbar", "aria-label": "Pages" },
    page > 1 ? el("button", { type: "button", onclick: () => go({ page: String(page - 1) }) }, "Previous") : null,
    el("span", { id: "page-status" }, data.total + " subjects, page " + page + " of " + pages),
    page < pages ? el("button", { type: "button", onclick: () => go({ page: String(page + 1) }) }, "Next") : null);
  show(el("h1", {}, "Subjects"), form,
    el("table", { id: "subjects" }, el("caption", { class: "muted" }, "Subjects matching the search"),
      el("thead", {}, el("tr", {}, ["Subject", "Format", "Latest", "Level", "Policy", "Mode"].map((h, i) =>
        el("th", { scope: "col", class: i > 2 ? "optional" : null }, h)))),
      el("tbody", {}, rows)), nav);
}

async function subjectPage(subject) {
  const base = "/subjects/" + seg(subject);
  const [all, live, config, mode, may] = await Promise.all([
    api("GET", base + "/versions?deleted=true"), api("GET", base + "/versions").catch(() => []),
    api("GET", "/config/" + seg(subject) + "?defaultToGlobal=true"), api("GET", "/mode/" + seg(subject) + "?defaultToGlobal=true"),
    SG.access(subject)]);
  const latest = live.length ? await api("GET", base + "/versions/latest") : null;
  const referrers = latest ? await api("GET", base + "/versions/latest/referencedby") : [];
  const versionRows = all.slice().reverse().map((v) => el("tr", {},
    el("td", {}, link(subjectHref(subject) + "/version/" + v, "version " + v)),
    el("td", {}, live.includes(v) ? "live" : "soft-deleted"),
    el("td", {}, v > all[0] ? link(subjectHref(subject) + "/compare/" + all[all.indexOf(v) - 1] + "/" + v, "compare with previous") : "")));
  const sections = [el("h1", {}, subject),
    el("p", {}, link("#/check?subject=" + seg(subject), "Check a new version of this subject")),
    el("h2", {}, "Versions"), el("table", { id: "versions" }, el("tbody", {}, versionRows)),
    all.length > 1 ? comparePicker(subject, all) : null,
    el("h2", {}, "Settings"),
    el("dl", { id: "settings" }, el("dt", {}, "Level"), el("dd", {}, config.compatibilityLevel),
      el("dt", {}, "Policy"), el("dd", {}, config.compatibilityPolicy || "STRICT"), el("dt", {}, "Mode"), el("dd", {}, mode.mode)),
    el("h2", {}, "References of the latest version"), references(latest ? latest.references : []),
    el("h2", {}, "Referenced by"), referrers.length ? el("ul", {}, referrers.map((id) => el("li", {}, "schema id " + id))) : el("p", { class: "muted" }, "No schema references the latest version."),
    el("h2", {}, "Consumers"), el("p", { class: "muted", id: "consumers" }, "Consumer contracts are not recorded by the registry yet; once they are, each consumer and its status shows here.")];
  if (may.govern) sections.push(governance(subject, config, mode, all));
  show(...sections);
}

function comparePicker(subject, versions) {
  const from = select("Old version", "from", versions.map(String), String(versions[versions.length - 2]));
  const to = select("New version", "to", versions.map(String), String(versions[versions.length - 1]));
  return el("form", { class: "toolbar", "aria-label": "Compare versions", onsubmit: (e) => {
    e.preventDefault();
    location.hash = subjectHref(subject) + "/compare/" + from.querySelector("select").value + "/" + to.querySelector("select").value;
  } }, from, to, el("button", { type: "submit" }, "Compare"));
}

function references(list) {
  if (!list || !list.length) return el("p", { class: "muted" }, "None.");
  return el("ul", {}, list.map((r) => el("li", {}, r.name + " \u2192 ", link(subjectHref(r.subject) + "/version/" + r.version, r.subject + " version " + r.version))));
}

function governance(subject, config, mode, versions) {
  const path = seg(subject);
  const level = select("Level", "level", LEVELS, config.compatibilityLevel);
  const policy = select("Policy", "policy", POLICIES, config.compatibilityPolicy || "STRICT");
  const modeSelect = select("Mode", "mode", MODES, mode.mode);
  const value = (label) => label.querySelector("select").value;
  const done = (text) => el("span", { class: "compatible" }, text);
  const version = select("Version", "version", versions.map(String), String(versions[versions.length - 1]));
  return el("section", { id: "govern", "aria-label": "Govern" }, el("h2", {}, "Govern"),
    el("div", { class: "toolbar" }, level, policy, SG.confirmButton("Save level and policy", async () => {
      const answer = await api("PUT", "/config/" + path, { compatibility: value(level), compatibilityPolicy: value(policy) });
      return done("Saved: " + answer.compatibility + ", " + (answer.compatibilityPolicy || "STRICT"));
    }, "primary")),
    el("div", { class: "toolbar" }, modeSelect, SG.confirmButton("Save mode", async () =>
      done("Mode: " + (await api("PUT", "/mode/" + path, { mode: value(modeSelect) })).mode), "primary")),
    el("div", { class: "toolbar" }, version,
      SG.confirmButton("Delete version", async () => done("Deleted version " + await api("DELETE", "/subjects/" + path + "/versions/" + value(version)))),
      SG.confirmButton("Delete version permanently", async () => done("Permanently deleted version " + await api("DELETE", "/subjects/" + path + "/versions/" + value(version) + "?permanent=true")))),
    el("div", { class: "toolbar" },
      SG.confirmButton("Delete subject", async () => done("Deleted versions " + (await api("DELETE", "/subjects/" + path)).join(", "))),
      SG.confirmButton("Delete subject permanently", async () => done("Permanently deleted versions " + (await api("DELETE", "/subjects/" + path + "?permanent=true")).join(", ")))));
}

async function versionPage(subject, version) {
  const base = "/subjects/" + seg(subject) + "/versions/" + seg(version);
  const [found, sample] = await Promise.all([api("GET", base + "?deleted=true"), api("GET", "/ui/api" + base + "/sample")]);
  show(el("p", {}, link(subjectHref(subject), "\u2190 " + subject)),
    el("h1", {}, subject + " version " + found.version),
    el("dl", {}, el("dt", {}, "Schema id"), el("dd", { id: "schema-id" }, String(found.id)),
      el("dt", {}, "Format"), el("dd", {}, found.schemaType || "AVRO"),
      found.deleted ? [el("dt", {}, "State"), el("dd", {}, "soft-deleted")] : null),
    el("h2", {}, "Schema"), SG.code(SG.pretty(found.schema), "schema"),
    el("h2", {}, "References"), references(found.references),
    el("h2", {}, "Sample event"),
    sample.event === null ? el("p", { class: "muted" }, sample.reason) : SG.json(sample.event, "sample event"));
}

async function comparePage(subject, from, to) {
  const base = "/subjects/" + seg(subject) + "/versions/";
  const [diff, before, after] = await Promise.all([
    api("GET", "/ui/api/subjects/" + seg(subject) + "/diff?" + new URLSearchParams({ from, to })),
    api("GET", base + seg(from) + "?deleted=true"), api("GET", base + seg(to) + "?deleted=true")]);
  const changes = diff.changes.map((c) => el("div", { class: "change" + (c.compatible ? "" : " breaks") },
    el("p", {}, SG.verdict(c.compatible), " ", c.change.toLowerCase() + " " + c.what, " ", el("code", {}, c.newPointer || "/")),
    c.before !== undefined && c.before !== null ? [el("p", { class: "muted" }, "Before:"), SG.json(c.before, "before")] : null,
    c.after !== undefined && c.after !== null ? [el("p", { class: "muted" }, "After:"), SG.json(c.after, "after")] : null,
    c.breaks.map(SG.incompatibility)));
  show(el("p", {}, link(subjectHref(subject), "\u2190 " + subject)),
    el("h1", {}, subject + ": version " + before.version + " \u2192 " + after.version),
    el("p", { id: "verdict" }, SG.verdict(diff.compatible, diff.level), " ", diff.changes.length + " changes"),
    el("h2", {}, "Semantic diff"), el("div", { id: "changes" }, changes.length ? changes : el("p", { class: "muted" }, "No change.")),
    diff.otherBreaks.length ? [el("h2", {}, "Other breaks"), diff.otherBreaks.map(SG.incompatibility)] : null,
    el("h2", {}, "Text diff"), SG.textDiff(SG.pretty(before.schema), SG.pretty(after.schema)));
}

function checkPage(params) {
  const subject = el("input", { name: "subject", required: true, value: params.get("subject") || "" });
  const type = select("Format", "schemaType", ["AVRO", "JSON", "PROTOBUF"], "AVRO");
  const text = el("textarea", { name: "schema", required: true, spellcheck: "false" });
  const file = el("input", { type: "file", accept: ".avsc,.json,.proto" });
  file.addEventListener("change", async () => { if (file.files[0]) text.value = await file.files[0].text(); });
  const result = el("div", { id: "check-result", role: "status" });
  const request = () => ({ schema: text.value, schemaType: type.querySelector("select").value });
  const register = async () => {
    try {
      const answer = await api("POST", "/subjects/" + seg(subject.value) + "/versions", request());
      result.append(el("p", { class: "compatible" }, "Registered as version " + answer.version + " (id " + answer.id + "). ",
        link(subjectHref(subject.value) + "/version/" + answer.version, "Open it")));
    } catch (e) { result.append(SG.errorBox(e)); }
  };
  const form = el("form", { onsubmit: async (e) => {
    e.preventDefault();
    result.replaceChildren(el("p", { class: "muted" }, "Checking\u2026"));
    try {
      const report = await api("POST", "/compatibility/subjects/" + seg(subject.value) + "/versions?verbose=true", request());
      result.replaceChildren(...present([el("p", { id: "check-verdict" }, SG.verdict(report.is_compatible)),
        (report.incompatibilities || []).map(SG.incompatibility),
        report.is_compatible && (await SG.access(subject.value)).register ? el("button", { type: "button", class: "primary", onclick: register }, "Register this schema") : null]));
    } catch (e) { result.replaceChildren(SG.errorBox(e)); }
  } }, el("div", { class: "toolbar" }, el("label", {}, "Subject", subject), type, el("label", {}, "Or upload a file", file)),
    el("label", {}, "Schema", text), el("p", {}, el("button", { type: "submit", class: "primary" }, "Check")));
  show(el("h1", {}, "Check a schema before registering it"),
    el("p", { class: "muted" }, "Nothing is stored by a check."), form, result);
}

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === "subject" && parts.length === 2) await subjectPage(parts[1]);
    else if (parts[0] === "subject" && parts[2] === "version") await versionPage(parts[1], parts[3]);
    else if (parts[0] === "subject" && parts[2] === "compare") await comparePage(parts[1], parts[3], parts[4]);
    else if (parts[0] === "check") checkPage(params);
    else await subjectsPage(params);
    document.title = (main.querySelector("h1") || { textContent: "" }).textContent + " - SchemaGate console";
  } catch (e) {
    show(el("h1", {}, "Something went wrong"), SG.errorBox(e), el("p", {}, link("#/", "Back to the subjects")));
  }
}

window.addEventListener("hashchange", route);
route();
