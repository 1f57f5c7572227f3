//! Postman collections: the request bodies and saved responses of the items that
//! address the propagation API, checked as the payloads they are, with positions in the
//! collection file.
//!
//! A collection (v2.0 or v2.1, recognised by `info.schema`, or by `info` beside an
//! `item` array) holds each body as a JSON *string* (`item[].request.body.raw`,
//! `item[].response[].body`). [`lint_collection`] finds every item whose method and URL
//! path address `.../environments/{id}/propagation/...`, at any folder depth, and checks,
//! as the payload kind the method and path make it (a store, a plan, a rule, a mapping,
//! a store metadata request of the path's type, a read-all list: propagation.md A4):
//!
//! - the raw body of a `POST` or `PUT` as a request (a `PUT` as an update request:
//!   [`Options::update`]), with its `{{variables}}` substituted from the environment
//!   and the collection ([`Variables`]);
//! - the body of each saved `2xx` response as a response (where the response is typed).
//!
//! Each finding keeps the pointer inside its body (`/configuration/SCIM_URL`), and its
//! line and column are those of the offending text in the collection file: the body's
//! string escapes and the substituted variables are mapped back, so an editor or a CI
//! annotation lands on the character. A request whose bodies are not typed (a revision's
//! response, a delete, a path this linter does not know) is listed as not linted.
//!
//! A collection is a setup of its own (propagation.md A5): [`lint_collection`] then runs
//! the checks across files over its bodies, a name being bound to the create request
//! whose test script sets it (`pm.environment.set("ruleID", ...)`); each finding is in
//! the body that refers and names the other request by its item path. A setup file may
//! add files to that setup ([`lint_collection_in_setup`]).
//!
//! ```
//! use pingone_store::postman::{Variables, lint_collection};
//! use pingone_store::{Code, Options};
//!
//! // A collection as Postman exports it: the body is a JSON string.
//! let collection = r#"{
//!   "info": {"name": "PingOne", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
//!   "item": [{"name": "Stores", "item": [{
//!     "name": "Create Zoom store",
//!     "request": {
//!       "method": "POST",
//!       "url": {"raw": "{{apiPath}}/environments/{{envID}}/propagation/stores"},
//!       "body": {"mode": "raw", "raw": "{\n  \"name\": \"Zoom\",\n  \"type\": \"Zoom\",\n  \"status\": \"{{status}}\",\n  \"configuration\": {}\n}"}
//!     }
//!   }]}]
//! }"#;
//! let mut environment = Variables::new();
//! environment.insert("status", "ENABLED");
//! let found = lint_collection(collection, &environment, Options::default()).expect("a collection");
//! let payload = &found.payloads[0];
//! assert_eq!(payload.item, "Stores / Create Zoom store");
//! let status = payload.report.iter().find(|d| d.code == Code::Enum).expect("a wrong status");
//! assert_eq!(status.pointer.to_string(), "/status");
//! assert!(status.message.starts_with("`ENABLED` is not an allowed `status`"));
//! // On the body's line of the collection (8), where its `\"{{status}}\"` starts.
//! let at = status.location.expect("a place");
//! assert_eq!((at.line, at.column), (8, 102));
//! ```

mod offsets;
mod setup;
mod variables;

use std::ops::Range;

pub use variables::Variables;

use crate::model::hides_value;
use crate::pointer::{JsonPointer, Segment};
use crate::report::{Code, Diagnostic, Report, Severity};
use crate::source::parser::{self, Node, Value};
use crate::source::{LineCursor, Location, Span};
use crate::validate::{ListKind, ObjectKind, Options, PayloadKind, SetupInput, validate_str};
use offsets::{OffsetMap, decode};
use variables::{Scopes, Substituted, substitute, value_text, values_in};

/// What a secret's value is replaced with in messages (as output masks it).
const MASK: &str = crate::model::shown::HIDDEN;

/// One body of a collection that was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Payload {
    /// The item's folder and item names joined with ` / ` (`Stores / Create Zoom store`),
    /// and for a saved response its name after ` / ` too.
    pub item: String,
    /// Request or response.
    pub kind: PayloadKind,
    /// Which payload the request's method and path make it (a store, a rule...).
    pub object: ObjectKind,
    /// The body as written in the collection (escapes decoded, variables as written):
    /// the text the findings' spans index.
    pub body: String,
    /// The findings: spans index [`Payload::body`]; line and column are the place in
    /// the collection file.
    pub report: Report,
    /// For each finding, where its span ends in the collection file (the line and
    /// column of the character after it); `None` for a finding without a span.
    pub ends: Vec<Option<Location>>,
}

/// A request of the collection that was not checked, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Unchecked {
    /// The item path, as in [`Payload::item`].
    pub item: String,
    /// Why, in lower case (`a request to propagation plans: ...`).
    pub reason: String,
    /// Whether the request addresses the propagation API at a path or with a method
    /// this linter does not know (a `PATCH`, a store metadata request to a type that is
    /// not one), rather than another API or a request without a body to check.
    pub unmodelled: bool,
}

/// What a collection held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Collection {
    /// The bodies checked, in the order of the items.
    pub payloads: Vec<Payload>,
    /// The requests not checked.
    pub unchecked: Vec<Unchecked>,
}

/// Whether `text` is a Postman collection: a root object whose `info.schema` names a
/// Postman collection schema, or with `info` and an `item` array.
#[must_use]
pub fn is_collection(text: &str) -> bool {
    may_be_collection(text) && parser::parse(text).is_ok_and(|parsed| collection_root(&parsed.root))
}

/// Whether `text` says `"info"`: payloads almost never do, so they are not parsed to
/// find out whether they are collections.
fn may_be_collection(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"\"info\"").is_some()
}

fn collection_root(root: &Node<'_>) -> bool {
    let Some(info) = member(root, "info") else {
        return false;
    };
    let schema_named = member(info, "schema")
        .and_then(string)
        .is_some_and(|schema| schema.contains("getpostman.com") && schema.contains("collection"));
    schema_named
        || matches!(
            member(root, "item").map(|item| &item.value),
            Some(Value::Array(_))
        )
}

/// Checks the bodies of the collection `text` (see the module documentation) with
/// `options` (its kind is set per body) and the variables of `environment` over the
/// collection's own; then, the collection being a setup of its own (propagation.md
/// A5), the checks across its bodies (see [`lint_collection_bodies`] for the bodies
/// alone). `None` when `text` is not a collection.
#[must_use]
pub fn lint_collection(
    text: &str,
    environment: &Variables,
    options: Options,
) -> Option<Collection> {
    lint(text, environment, options, Some(Vec::new()))
}

/// [`lint_collection`] in a run whose setup file adds files to the collection's setup
/// (propagation.md A5): the checks across the collection's bodies also read `setup`,
/// the run's setup file and files (their findings are the run's to report, and are not
/// returned). A name the setup file binds is the setup file's, even where a test
/// script of the collection sets it too.
#[must_use]
pub fn lint_collection_in_setup(
    text: &str,
    environment: &Variables,
    options: Options,
    setup: Vec<SetupInput<'_>>,
) -> Option<Collection> {
    lint(text, environment, options, Some(setup))
}

/// [`lint_collection`] without the checks across the collection's bodies: each body
/// is checked alone (the command line's `--no-setup`).
#[must_use]
pub fn lint_collection_bodies(
    text: &str,
    environment: &Variables,
    options: Options,
) -> Option<Collection> {
    lint(text, environment, options, None)
}

/// `across`: the checks across the bodies, with the run's setup files and files they
/// add (`None`: each body alone).
fn lint(
    text: &str,
    environment: &Variables,
    options: Options,
    across: Option<Vec<SetupInput<'_>>>,
) -> Option<Collection> {
    if !may_be_collection(text) {
        return None;
    }
    let parsed = parser::parse(text).ok()?;
    let root = &parsed.root;
    if !collection_root(root) {
        return None;
    }
    let mut walk = Walk {
        text,
        options,
        out: Collection::default(),
        to_file: Vec::new(),
        across: across.is_some(),
        members: Vec::new(),
    };
    let mut scopes = Scopes {
        environment,
        chain: vec![variables_of(root)],
    };
    // Folders nest to any depth the parser accepts: a stack, not recursion. The stack
    // holds the items left of each open folder (the root's first), `names` and
    // `scopes.chain` one entry per open folder (and the collection's scope first).
    let mut stack: Vec<std::slice::Iter<'_, Node<'_>>> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    if let Some(items) = member(root, "item").and_then(array) {
        stack.push(items.iter());
    }
    while let Some(items) = stack.last_mut() {
        let Some(item) = items.next() else {
            stack.pop();
            names.pop();
            scopes.chain.truncate(names.len() + 1);
            continue;
        };
        let name = member(item, "name")
            .and_then(string)
            .unwrap_or("(unnamed)")
            .to_owned();
        if let Some(children) = member(item, "item").and_then(array) {
            names.push(name);
            scopes.chain.push(variables_of(item));
            stack.push(children.iter());
            continue;
        }
        let path = names
            .iter()
            .chain(std::iter::once(&name))
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" / ");
        walk.item(item, &path, &scopes);
    }
    let placed = match across {
        Some(run) => {
            let members = std::mem::take(&mut walk.members);
            setup::check(&mut walk.out.payloads, members, run, &options)
        }
        None => Vec::new(),
    };
    walk.locate(placed);
    Some(walk.out)
}

/// The collection being checked.
struct Walk<'t> {
    text: &'t str,
    options: Options,
    out: Collection,
    /// For each payload of `out`, the map from its body to the collection file.
    to_file: Vec<OffsetMap>,
    /// Whether the checks across bodies run.
    across: bool,
    /// For each payload of `out` (when `across`), what it brings to the setup.
    members: Vec<setup::Member>,
}

/// What an item's method and path make of its bodies (propagation.md A4): the payload
/// kind of its request body and of its saved responses, `None` for a body that is not
/// checked (none is sent, or the response is not typed).
struct Bodies {
    request: Option<ObjectKind>,
    responses: Option<ObjectKind>,
}

impl Walk<'_> {
    fn item(&mut self, item: &Node<'_>, path: &str, scopes: &Scopes<'_>) {
        let Some(request) = member(item, "request") else {
            return;
        };
        let (method, url) = match &request.value {
            // A request given as a string is its URL, sent with `GET`.
            Value::String(url) => ("GET".to_owned(), url.to_string()),
            _ => (
                member(request, "method")
                    .and_then(string)
                    .unwrap_or("GET")
                    .to_ascii_uppercase(),
                member(request, "url").map(url_text).unwrap_or_default(),
            ),
        };
        let written_url = url;
        let url = resolve(&written_url, scopes);
        let bodies = match bodies(&method, &url) {
            Ok(bodies) => bodies,
            Err((reason, unmodelled)) => {
                self.out.unchecked.push(Unchecked {
                    item: path.to_owned(),
                    reason,
                    unmodelled,
                });
                return;
            }
        };
        let first_member = self.members.len();
        let mut sent = false;
        if let Some(object) = bodies.request
            && let Some(raw) = member(request, "body").and_then(raw_body)
        {
            sent = true;
            // A `PUT` updates an object: a mapping update should name its rule (C15).
            let kind = (PayloadKind::Request, object, method == "PUT");
            // A rule created in a plan's path: its body's `plan.id` should name that plan.
            let plan = (method == "POST")
                .then(|| {
                    Some((
                        plan_of_rule_create(&url)?,
                        plan_of_rule_create(&written_url)?,
                    ))
                })
                .flatten();
            self.body(raw, path.to_owned(), kind, scopes, plan);
            if let Some(member) = self.members.last_mut().filter(|_| method == "POST") {
                // A create request binds the names its test scripts set (A5).
                if matches!(
                    object,
                    ObjectKind::Store | ObjectKind::Plan | ObjectKind::Rule | ObjectKind::Mapping
                ) {
                    member.binds = setup::names_set(self.text, item)
                        .into_iter()
                        .map(|(name, place)| setup::Bind {
                            value: scopes.get(&name).map(str::to_owned),
                            name,
                            place,
                        })
                        .collect();
                }
                // The path ids of the URL are references too (A5).
                if object == ObjectKind::Mapping {
                    member.url_rule = setup::rule_of_mapping_create(&written_url).map(|name| {
                        let place =
                            setup::url_segment_place(self.text, request, ("rules", "mappings"));
                        (name, place)
                    });
                }
                if let Some((resolved, written)) = plan {
                    member.url_plan = setup::UrlPlan::of(written, resolved).map(|plan| {
                        let place =
                            setup::url_segment_place(self.text, request, ("plans", "rules"));
                        (plan, place)
                    });
                }
            }
        }
        if let Some(object) = bodies.responses {
            for response in member(item, "response").and_then(array).unwrap_or(&[]) {
                let success = member(response, "code")
                    .and_then(|code| match code.value {
                        Value::Number(n) => n.parse::<u16>().ok(),
                        _ => None,
                    })
                    .is_some_and(|code| (200..300).contains(&code));
                let Some(body) = member(response, "body").filter(|body| looks_like_json(body))
                else {
                    continue;
                };
                if success {
                    let name = member(response, "name")
                        .and_then(string)
                        .unwrap_or("response");
                    let kind = (PayloadKind::Response, object, false);
                    self.body(body, format!("{path} / {name}"), kind, scopes, None);
                    // The answer to the item's own request is the object it sends, not
                    // another one of the setup (a plan and its saved response are one plan).
                    if let Some(member) = self.members.last_mut() {
                        member.answers_own_request = sent;
                    }
                }
            }
        }
        // Where the item's objects live, for `one-plan` (X14): the URL's environment,
        // when resolved.
        if let Some(environment) = setup::environment_of(&url) {
            for member in &mut self.members[first_member..] {
                member.environment = Some(environment.to_owned());
            }
        }
    }
}

/// Which bodies of a request with `method` to `url` are payloads, and of which kind
/// (propagation.md A4's table); `Err` with why none is, and whether it addresses a
/// propagation object whose bodies are not checked.
fn bodies(method: &str, url: &str) -> Result<Bodies, (String, bool)> {
    use ObjectKind::{List, Mapping, Plan, Rule, Store};
    let path = url.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // The segments after `environments/{id}/`; or from `propagation` on, where one
    // variable stands for the whole base (`{{envPath}}/propagation/stores`).
    let after_environment = segments
        .iter()
        .position(|segment| *segment == "environments")
        .map(|at| &segments[(at + 2).min(segments.len())..])
        .or_else(|| {
            segments
                .iter()
                .position(|segment| *segment == "propagation")
                .map(|at| &segments[at..])
        });
    let Some(["propagation", rest @ ..]) = after_environment else {
        return Err(("not a request to the propagation API".to_owned(), false));
    };
    let both = |kind| {
        Ok(Bodies {
            request: Some(kind),
            responses: Some(kind),
        })
    };
    let response = |kind| {
        Ok(Bodies {
            request: None,
            responses: Some(kind),
        })
    };
    let request = |kind| {
        Ok(Bodies {
            request: Some(kind),
            responses: None,
        })
    };
    match (method, rest) {
        ("POST", ["stores"]) | ("PUT", ["stores", _]) => both(Store),
        ("POST", ["stores", "connection", "status"]) => request(Store),
        ("GET", ["stores"]) => response(List(ListKind::Stores)),
        ("GET", ["stores", _]) => response(Store),
        ("POST", ["plans"]) | ("PUT", ["plans", _]) => both(Plan),
        ("GET", ["plans"]) => response(List(ListKind::Plans)),
        ("GET", ["plans", _]) => response(Plan),
        ("POST", ["plans", _, "rules"] | ["rules"]) | ("PUT", ["rules", _]) => both(Rule),
        ("GET", ["plans", _, "rules"] | ["rules"]) => response(List(ListKind::Rules)),
        ("GET", ["rules", _]) => response(Rule),
        ("POST", ["rules", _, "mappings"]) | ("PUT", ["mappings", _]) => both(Mapping),
        ("GET", ["rules", _, "mappings"]) => response(List(ListKind::Mappings)),
        ("GET", ["mappings", _]) => response(Mapping),
        // The metadata and revision responses are not typed.
        ("POST", ["storeMetadata", store_type]) => match ObjectKind::metadata(store_type) {
            Some(kind) => request(kind),
            None => Err((
                format!(
                    "a store metadata request to `{store_type}`, which is not a store type (or a variable without a value)"
                ),
                true,
            )),
        },
        ("POST", ["revisions"]) => request(ObjectKind::Revision),
        ("DELETE", _) => Err(("a delete has no body".to_owned(), false)),
        ("GET", _) => Err(("a read whose response is not typed".to_owned(), false)),
        (method, _) => Err((
            format!("`{method}` to a propagation path this linter does not know"),
            true,
        )),
    }
}

/// The `{planID}` segment of a rule create's URL `.../propagation/plans/{planID}/rules`,
/// as the URL holds it (a literal, `{{planID}}` or Postman's `:planID`).
fn plan_of_rule_create(url: &str) -> Option<&str> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty()).rev();
    match (segments.next(), segments.next(), segments.next()) {
        (Some("rules"), Some(plan), Some("plans")) => Some(plan),
        _ => None,
    }
}

/// A reference as a placeholder's name (`{{planID}}` and Postman's path variable
/// `:planID` both give `planID`), or `None` for a literal.
fn placeholder_name(reference: &str) -> Option<&str> {
    let name = reference
        .strip_prefix(':')
        .or_else(|| reference.strip_prefix("{{")?.strip_suffix("}}"))?;
    Some(name.trim())
}

/// The `reference` warning of propagation.md C3: a rule created under
/// `plans/{planID}/rules` whose body's `plan.id` names another plan, both literals (as
/// resolved) or both placeholders. That they must agree is inferred, and the message
/// says so. `plan` is the path's plan as resolved and as written; the message shows the
/// written forms, so that a value from an environment is never printed.
fn plan_disagreement(
    substituted: &Substituted,
    written_body: &str,
    (path_plan, written_path_plan): (&str, &str),
    options: Options,
) -> Option<Diagnostic> {
    let severity = options.severity_for(Code::Reference, Severity::Warning)?;
    let parsed = parser::parse(&substituted.text).ok()?;
    let id = member(member(&parsed.root, "plan")?, "id")?;
    let body_plan = string(id)?;
    let same_form = placeholder_name(body_plan).is_some() == placeholder_name(path_plan).is_some();
    let same = match (placeholder_name(body_plan), placeholder_name(path_plan)) {
        (Some(body), Some(path)) => body == path,
        _ => body_plan == path_plan,
    };
    if !same_form || same {
        return None;
    }
    let written = written_body
        .get(substituted.map.start(id.span.start)..substituted.map.end(id.span.end))
        .and_then(|text| serde_json::from_str::<String>(text).ok())
        .unwrap_or_else(|| body_plan.to_owned());
    let message = format!(
        "`plan.id` is `{written}`, but the URL creates the rule in plan `{written_path_plan}`: \
         they should name the same plan (inferred: no source says so, but a rule belongs to \
         the plan it is created in)"
    );
    Some(
        Diagnostic::new(
            Code::Reference,
            JsonPointer::from_segments(vec![
                Segment::Key("plan".into()),
                Segment::Key("id".into()),
            ]),
            message,
        )
        .with_severity(severity)
        .with_span(Some(Span::new(id.span.start, id.span.end))),
    )
}

/// The URL of a request as text: the string form, or the object form's `path` (a
/// string, or strings and `{type, value}` objects) or else its `raw`.
fn url_text(url: &Node<'_>) -> String {
    match &url.value {
        Value::String(text) => text.to_string(),
        Value::Object(_) => match member(url, "path").map(|path| &path.value) {
            Some(Value::String(path)) => format!("/{path}"),
            Some(Value::Array(segments)) => segments
                .iter()
                .filter_map(|segment| match &segment.value {
                    Value::String(text) => Some(text.to_string()),
                    Value::Object(_) => {
                        member(segment, "value").and_then(string).map(str::to_owned)
                    }
                    _ => None,
                })
                .fold(String::new(), |path, segment| path + "/" + &segment),
            _ => member(url, "raw").and_then(string).unwrap_or("").to_owned(),
        },
        _ => String::new(),
    }
}

/// `text` with its variables replaced by their values (for the URL).
fn resolve(text: &str, scopes: &Scopes<'_>) -> String {
    if text.contains("{{") {
        // A URL is not JSON: every variable is "inside a string", substituted as text.
        let quoted = serde_json::to_string(text).unwrap_or_default();
        let done = substitute(&quoted, scopes);
        serde_json::from_str(&done.text).unwrap_or_else(|_| text.to_owned())
    } else {
        text.to_owned()
    }
}

/// The `raw` string node of a request body in raw mode that holds JSON (language `json`,
/// or text starting with `{` or `[`); `None` for another mode, a disabled or empty body.
fn raw_body<'n, 's>(body: &'n Node<'s>) -> Option<&'n Node<'s>> {
    if member(body, "mode").and_then(string) != Some("raw")
        || matches!(
            member(body, "disabled").map(|d| &d.value),
            Some(Value::Bool(true))
        )
    {
        return None;
    }
    let raw = member(body, "raw")?;
    let language = member(body, "options")
        .and_then(|options| member(options, "raw"))
        .and_then(|raw| member(raw, "language"))
        .and_then(string);
    match language {
        Some(language) if language != "json" => looks_like_json(raw).then_some(raw),
        _ => string(raw)
            .is_some_and(|text| !text.trim().is_empty())
            .then_some(raw),
    }
}

/// Whether a string node's text starts with `{` or `[` after white space.
fn looks_like_json(node: &Node<'_>) -> bool {
    string(node).is_some_and(|text| text.trim_start().starts_with(['{', '[']))
}

impl Walk<'_> {
    /// Checks the body in the string node `raw` and adds it to the payloads.
    fn body(
        &mut self,
        raw: &Node<'_>,
        item: String,
        (kind, object, update): (PayloadKind, ObjectKind, bool),
        scopes: &Scopes<'_>,
        path_plan: Option<(&str, &str)>,
    ) {
        let (body, to_file) = decode(self.text, raw.span.start + 1..raw.span.end - 1);
        let substituted = substitute(&body, scopes);
        let mut options = self.options.object(Some(object)).update(update);
        options.kind = kind;
        let mut report = validate_str(&substituted.text, options);
        if let Some(plan) = path_plan
            && let Some(finding) = plan_disagreement(&substituted, &body, plan, options)
        {
            report.push(finding);
            report
                .diagnostics_vec()
                .sort_by_key(|diagnostic| diagnostic.span.map_or(0, |span| span.start));
        }
        let places = Places::of(&substituted);
        bare_variables(&mut report, &substituted, &places, options);
        let secrets = hide_substituted_secrets(&mut report, &substituted, &places);
        if self.across {
            self.members.push(setup::Member {
                values: values_in(&body, scopes),
                secrets,
                ..setup::Member::default()
            });
        }
        for diagnostic in report.diagnostics_vec() {
            let Some(span) = diagnostic.span else {
                continue;
            };
            let start = substituted.map.start(span.start);
            let end = substituted.map.end(span.end).max(start);
            diagnostic.span = Some(Span::new(start, end));
            // The place in the file, turned into a line and column by `locate`.
            diagnostic.location = None;
        }
        self.out.payloads.push(Payload {
            item,
            kind,
            object,
            body,
            report,
            ends: Vec::new(),
        });
        self.to_file.push(to_file);
    }

    /// Fills in every finding's line and column in the collection file: all findings of
    /// all bodies in file order, so that one cursor reads the file once. `placed` (per
    /// payload, none at all without the checks across bodies) are findings about a
    /// body's item outside the body: each is added to its body's findings, in file
    /// order, with the line and column of its range and no span.
    fn locate(&mut self, mut placed: Vec<Vec<setup::Placed>>) {
        placed.resize_with(self.out.payloads.len(), Vec::new);
        // (offset in the file, payload, finding, whether it is the span's end); the
        // findings of `placed` are numbered after the report's.
        let mut places: Vec<(usize, usize, usize, bool)> = Vec::new();
        let mut starts: Vec<Vec<Option<Location>>> = Vec::with_capacity(placed.len());
        for (index, ((payload, map), outside)) in self
            .out
            .payloads
            .iter_mut()
            .zip(&self.to_file)
            .zip(&placed)
            .enumerate()
        {
            let spanned = payload.report.len();
            payload.ends = vec![None; spanned + outside.len()];
            starts.push(vec![None; outside.len()]);
            for (at, diagnostic) in payload.report.iter().enumerate() {
                if let Some(span) = diagnostic.span {
                    places.push((map.start(span.start), index, at, false));
                    places.push((map.end(span.end), index, at, true));
                }
            }
            for (at, (_, range)) in outside.iter().enumerate() {
                places.push((range.start, index, spanned + at, false));
                places.push((range.end, index, spanned + at, true));
            }
        }
        places.sort_unstable();
        let mut cursor = LineCursor::new(self.text);
        for (offset, index, at, is_end) in places {
            let location = Some(cursor.locate(offset));
            let payload = &mut self.out.payloads[index];
            let spanned = payload.report.len();
            if is_end {
                payload.ends[at] = location;
            } else if at < spanned {
                payload.report.diagnostics_vec()[at].location = location;
            } else {
                starts[index][at - spanned] = location;
            }
        }
        for ((payload, outside), starts) in self.out.payloads.iter_mut().zip(placed).zip(starts) {
            if outside.is_empty() {
                continue;
            }
            let spanned = payload.report.len();
            let mut ends = payload.ends.split_off(spanned);
            let mut kept_ends = std::mem::take(&mut payload.ends);
            for ((mut diagnostic, _), (start, end)) in outside
                .into_iter()
                .zip(starts.into_iter().zip(ends.drain(..)))
            {
                diagnostic.span = None;
                diagnostic.location = start;
                let before = payload.report.len();
                payload.report.push(diagnostic);
                // A report at its limit counts the finding instead of keeping it.
                if payload.report.len() > before {
                    kept_ends.push(end);
                }
            }
            // In file order, the findings and their ends together.
            let mut both: Vec<(Diagnostic, Option<Location>)> =
                std::mem::take(payload.report.diagnostics_vec())
                    .into_iter()
                    .zip(kept_ends)
                    .collect();
            both.sort_by_key(|(diagnostic, _)| diagnostic.location.map(|at| (at.line, at.column)));
            let (diagnostics, ends): (Vec<Diagnostic>, Vec<Option<Location>>) =
                both.into_iter().unzip();
            *payload.report.diagnostics_vec() = diagnostics;
            payload.ends = ends;
        }
    }
}

/// What the substituted body's tree says about its substitutions: the pointer of each
/// bare variable's value, and which substituted values stand in a secret's value.
struct Places {
    /// For each range of [`Substituted::bare`], the pointer of the value there.
    bare: Vec<Option<JsonPointer>>,
    /// The ranges of the values of members whose key hides its value; `None` when the
    /// body does not parse (then every substituted value counts as a secret).
    secret: Option<Vec<Range<usize>>>,
}

impl Places {
    fn of(substituted: &Substituted) -> Self {
        let mut places = Self {
            bare: vec![None; substituted.bare.len()],
            secret: None,
        };
        if substituted.values.is_empty() && substituted.bare.is_empty() {
            return places;
        }
        let Ok(parsed) = parser::parse(&substituted.text) else {
            return places;
        };
        let mut secret = Vec::new();
        // The parser bounds the depth, so the stack does too.
        let mut stack = vec![(&parsed.root, Vec::<Segment>::new())];
        while let Some((node, path)) = stack.pop() {
            // The bare ranges are in text order: a binary search, not a scan per node.
            if let Ok(index) = substituted
                .bare
                .binary_search_by_key(&node.span.start, |range| range.start)
                && substituted.bare[index].end == node.span.end
            {
                places.bare[index] = Some(JsonPointer::from_segments(path.clone()));
            }
            match &node.value {
                Value::Object(members) => {
                    for member in members {
                        // Which members' values output hides is the model's call, made
                        // here only: the allow-list, when it replaces this, is one swap.
                        if hides_value(&member.key) {
                            secret.push(member.value.span.start..member.value.span.end);
                        }
                        let mut inner = path.clone();
                        inner.push(Segment::Key(member.key.to_string().into()));
                        stack.push((&member.value, inner));
                    }
                }
                Value::Array(items) => {
                    for (index, item) in items.iter().enumerate() {
                        let mut inner = path.clone();
                        inner.push(Segment::Index(index));
                        stack.push((item, inner));
                    }
                }
                _ => {}
            }
        }
        places.secret = Some(secret);
        places
    }
}

/// Replaces the findings about the value of each bare variable without a value
/// (`"active": {{isActive}}`, checked as the string `"{{isActive}}"`) by one
/// `placeholder` finding: its value is unknown, so no `type` or `enum` finding is
/// made on it.
fn bare_variables(
    report: &mut Report,
    substituted: &Substituted,
    places: &Places,
    options: Options,
) {
    if substituted.bare.is_empty() {
        return;
    }
    let inside = |span: Option<Span>| {
        let span = span?;
        let after = substituted
            .bare
            .partition_point(|range| range.start <= span.start);
        let index = after.checked_sub(1)?;
        (span.end <= substituted.bare[index].end).then_some(index)
    };
    let mut found: Vec<Diagnostic> = Vec::new();
    let kept: Vec<Diagnostic> = std::mem::take(report.diagnostics_vec())
        .into_iter()
        .filter(|diagnostic| inside(diagnostic.span).is_none())
        .collect();
    *report.diagnostics_vec() = kept;
    for (index, range) in substituted.bare.iter().enumerate() {
        let pointer = places.bare[index].clone().unwrap_or_else(JsonPointer::root);
        let name = substituted.text[range.start + 1..range.end - 1].to_owned();
        let Some(severity) = options.severity_for(Code::Placeholder, Severity::Warning) else {
            continue;
        };
        found.push(
            Diagnostic::new(
                Code::Placeholder,
                pointer,
                format!("template variable `{name}` stands for the whole value: give it a value (`-e` environment) or replace it before the request is sent"),
            )
            .with_severity(severity)
            .with_span(Some(Span::new(range.start, range.end))),
        );
    }
    for diagnostic in found {
        report.push(diagnostic);
    }
    report
        .diagnostics_vec()
        .sort_by_key(|diagnostic| diagnostic.span.map_or(0, |span| span.start));
}

/// Masks, in every message and pointer of the body's findings, each substituted value
/// that stands in a secret's value (all of them when the body does not parse): the
/// masking of output sees the body as written, where the value is only `{{name}}`.
fn hide_substituted_secrets(
    report: &mut Report,
    substituted: &Substituted,
    places: &Places,
) -> Vec<String> {
    // The secret ranges by start, with the furthest end so far: whether a value overlaps
    // one is a binary search (they nest where a secret member holds another).
    let mut hidden: Vec<Range<usize>> = places.secret.clone().unwrap_or_default();
    hidden.sort_unstable_by_key(|range| range.start);
    let furthest: Vec<usize> = hidden
        .iter()
        .scan(0, |end, range| {
            *end = range.end.max(*end);
            Some(*end)
        })
        .collect();
    let in_secret = |range: &Range<usize>| {
        let before = hidden.partition_point(|hidden| hidden.start < range.end);
        before
            .checked_sub(1)
            .is_some_and(|last| furthest[last] > range.start)
    };
    let mut secrets: Vec<&str> = substituted
        .values
        .iter()
        .filter(|(range, _)| places.secret.is_none() || in_secret(range))
        .map(|(_, value)| value.as_str())
        .filter(|value| !value.is_empty())
        .collect();
    // Longest first, so that a value holding another is masked whole.
    secrets.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    secrets.dedup();
    for diagnostic in report.diagnostics_vec() {
        for secret in &secrets {
            diagnostic.message = hide_in(&diagnostic.message, secret);
            if diagnostic.pointer.to_string().contains(secret) {
                diagnostic.pointer = JsonPointer::from_segments(
                    diagnostic
                        .pointer
                        .segments()
                        .iter()
                        .map(|segment| match segment {
                            Segment::Key(key) if key.contains(secret) => {
                                Segment::Key(key.replace(secret, MASK).into())
                            }
                            other => other.clone(),
                        })
                        .collect(),
                );
            }
        }
    }
    secrets.into_iter().map(str::to_owned).collect()
}

/// `text` with `secret` masked: anywhere when it has four characters or more, else
/// only where it is quoted whole (`` `ab` ``), so that a short value does not mangle
/// the message.
fn hide_in(text: &str, secret: &str) -> String {
    if secret.chars().count() >= 4 {
        text.replace(secret, MASK)
    } else {
        text.replace(&format!("`{secret}`"), &format!("`{}`", MASK))
    }
}

/// The variables of a collection's or folder's `variable[]` (entries with `disabled:
/// true` skipped).
fn variables_of(node: &Node<'_>) -> Variables {
    let mut variables = Variables::new();
    for entry in member(node, "variable").and_then(array).unwrap_or(&[]) {
        if matches!(
            member(entry, "disabled").map(|d| &d.value),
            Some(Value::Bool(true))
        ) {
            continue;
        }
        let (Some(key), Some(value)) = (
            member(entry, "key").and_then(string),
            member(entry, "value").and_then(json_scalar),
        ) else {
            continue;
        };
        variables.insert(key, value);
    }
    variables
}

fn json_scalar(node: &Node<'_>) -> Option<String> {
    let value = match &node.value {
        Value::String(text) => serde_json::Value::String(text.to_string()),
        Value::Number(number) => serde_json::from_str(number).ok()?,
        Value::Bool(flag) => serde_json::Value::Bool(*flag),
        _ => return None,
    };
    value_text(&value)
}

/// The value of the first member `key` of an object node.
fn member<'n, 's>(node: &'n Node<'s>, key: &str) -> Option<&'n Node<'s>> {
    match &node.value {
        Value::Object(members) => members
            .iter()
            .find(|member| member.key == key)
            .map(|member| &member.value),
        _ => None,
    }
}

fn string<'n>(node: &'n Node<'_>) -> Option<&'n str> {
    match &node.value {
        Value::String(text) => Some(text),
        _ => None,
    }
}

fn array<'n, 's>(node: &'n Node<'s>) -> Option<&'n [Node<'s>]> {
    match &node.value {
        Value::Array(items) => Some(items),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
