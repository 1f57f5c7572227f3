const Ajv2020 = require("ajv/dist/2020"); const Ajv7 = require("ajv");
const addFormats = require("ajv-formats"); const fs = require("fs"); const cp = require("child_process");
const root = process.argv[2];
const mk = (A, f) => { const a = new A({strict: true, allErrors: true}); addFormats(a); return a.compile(JSON.parse(fs.readFileSync(root + "/schemas/" + f))); };
const mk7 = (f) => { const a = new Ajv7({strict: false, allErrors: true}); addFormats(a); return a.compile(JSON.parse(fs.readFileSync(root + "/schemas/draft-07/" + f))); };
const req = [mk(Ajv2020, "store-request.schema.json"), mk7("store-request.schema.json")];
const res = [mk(Ajv2020, "store-response.schema.json"), mk7("store-response.schema.json")];
let bad = 0, n = 0;
for (const dir of ["valid", "invalid"]) {
  for (const f of fs.readdirSync(root + "/tests/fixtures/" + dir)) {
    const p = root + "/tests/fixtures/" + dir + "/" + f; let data;
    try { data = JSON.parse(fs.readFileSync(p, "utf8")); } catch (e) { continue; }
    const response = f.endsWith(".response.json");
    const out = cp.spawnSync(root + "/target/debug/pingone-store", ["lint", "--no-config", "--format", "json", "--kind", response ? "response" : "request", p]);
    const j = JSON.parse(out.stdout.toString());
    const diags = j.files[0].diagnostics;
    if (diags.some(d => d.code === "duplicate-key" || d.code === "syntax" || d.code === "encoding")) continue;
    const tool = !diags.some(d => d.severity === "error");
    for (const v of (response ? res : req)) { n++; if (v(data) !== tool) { bad++; console.log("DISAGREE", dir, f, "tool", tool, "ajv", !tool); } }
  }
}
console.log(n, "checks", bad, "disagree");
