const ls = require("vscode-json-languageservice"); const fs = require("fs");
const root = process.argv[2];
const schema = JSON.parse(fs.readFileSync(root + "/schemas/draft-07/store-request.schema.json"));
const service = ls.getLanguageService({});
service.configure({ validate: true, schemas: [{ uri: "mem://schema", fileMatch: ["*.json"], schema }] });
async function check(text) {
  const doc = ls.TextDocument.create("file:///x.json", "json", 1, text);
  const json = service.parseJSONDocument(doc);
  const diags = await service.doValidation(doc, json, { schemaValidation: "error" });
  return diags.map(d => `${d.severity === 1 ? "error" : d.severity === 2 ? "warning" : "info"}: ${d.message}`);
}
(async () => {
  console.log("blank name:", await check(JSON.stringify({ name: " ", type: "Zoom", configuration: { SCIM_URL: "https://api.zoom.us/scim2", AUTHENTICATION_METHOD: "OAuth Bearer Token", OAUTH_ACCOUNT_ID: "a", OAUTH_CLIENT_ID: "c", OAUTH_CLIENT_SECRET: "s", OAUTH_TOKEN_URL: "https://zoom.us/oauth/token" } })));
  console.log("jwt keys:", await check(JSON.stringify({ name: "n", type: "Zoom", configuration: { SCIM_URL: "https://api.zoom.us/scim2", API_KEY: "k", API_SECRET: "s" } })));
  console.log("explicit jwt:", await check(JSON.stringify({ name: "n", type: "Zoom", configuration: { SCIM_URL: "https://api.zoom.us/scim2", AUTHENTICATION_METHOD: "JWT Bearer Token", API_KEY: "k", API_SECRET: "s" } })));
  console.log("slack missing token:", await check(JSON.stringify({ name: "n", type: "Slack", configuration: {} })));
  const doc = ls.TextDocument.create("file:///x.json", "json", 1, "");
  const completions = await service.doComplete(doc, { line: 0, character: 0 }, service.parseJSONDocument(doc));
  console.log("snippets:", completions.items.map(i => i.label).join(" | "));
  const doc2 = ls.TextDocument.create("file:///y.json", "json", 1, '{"name":"n","type":"Zoom","configuration":{"AUTHENTICATION_METHOD": ""}}');
  const c2 = await service.doComplete(doc2, { line: 0, character: 68 }, service.parseJSONDocument(doc2));
  console.log("method values:", c2.items.map(i => i.label + " [" + (i.documentation && (i.documentation.value || i.documentation)) + "]").join(" | "));
})();
