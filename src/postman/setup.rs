//! A collection is a setup of its own (propagation.md A5): the checks across files run
//! over its bodies, with no setup file. A name is bound to the create request whose
//! test script sets it (`pm.environment.set("ruleID", ...)`: an inferred convention,
//! matched as text); a mapping create's rule is its URL's `{{ruleID}}` when its body
//! names none, and a rule create's plan its URL's `{{planID}}` (A5: the path ids of
//! Postman URLs are references). A finding about the item rather than its body (a
//! script's setter call, a URL's path id) is placed there in the collection file
//! ([`Placed`]). The setup this implies is handed to the checks of
//! [`crate::validate::check_setup_facts`] as it would be written: one file per body,
//! named by its item path (so that messages name the other item), and a setup file
//! binding each name to the body of the item that sets it.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::offsets::decode;
use super::variables::{Variables, substitute_for_setup};
use super::{MASK, Payload, hide_in, member, string};
use crate::pointer::JsonPointer;
use crate::report::{Code, Diagnostic, Report, Severity};
use crate::source::Span;
use crate::source::parser::{self, Node, Value};
use crate::validate::{ObjectKind, Options, SetupFacts, SetupInput, check_setup_facts};

/// What one checked body brings to the collection's setup, kept until the whole
/// collection is read (which names are bound is known only then).
#[derive(Debug, Default)]
pub(super) struct Member {
    /// The values of the body's variables in its item's scopes.
    pub(super) values: Variables,
    /// The names this body binds: set by the test script of its item, a create request.
    pub(super) binds: Vec<Bind>,
    /// A mapping create's URL `rules/{{ruleID}}/mappings`: the variable, and where the
    /// URL writes it in the collection file.
    pub(super) url_rule: Option<(String, Option<Range<usize>>)>,
    /// A rule create's URL `plans/{{planID}}/rules`: the reference the rule's plan is
    /// when its body names none (A5: the path ids of Postman URLs are references), and
    /// where the URL writes it in the collection file.
    pub(super) url_plan: Option<(UrlPlan, Option<Range<usize>>)>,
    /// A saved response of an item whose request body is checked: the answer to that
    /// request, the same object, so it brings no other to the setup (a plan and its
    /// saved response are one plan).
    pub(super) answers_own_request: bool,
    /// The values substituted in secret members of this body: masked in every
    /// message across bodies.
    pub(super) secrets: Vec<String>,
    /// The environment id of the item's URL, when it is resolved: a plan's environment
    /// where its body does not say (A6 X14).
    pub(super) environment: Option<String>,
}

/// A name a create request's test script sets (A5).
#[derive(Debug)]
pub(super) struct Bind {
    /// The variable's name.
    pub(super) name: String,
    /// Its value in the item's scopes (the id a previous run set), to which a literal
    /// reference resolves too (A5).
    pub(super) value: Option<String>,
    /// Where the script's first setter call of it is in the collection file, from the
    /// setter to the name's closing quote.
    pub(super) place: Range<usize>,
}

/// The plan of a rule create's URL, as its setup reads it.
#[derive(Debug)]
pub(super) enum UrlPlan {
    /// `{{planID}}`: the variable, and its value in the item's scopes.
    Variable(String, Option<String>),
    /// A value (a literal, or the variable's value in the item's scopes).
    Value(String),
}

impl UrlPlan {
    /// The URL's plan segment, as written and as resolved: `None` for a Postman path
    /// variable (`:planID`) or a variable without a value that is not `{{name}}` whole.
    pub(super) fn of(written: &str, resolved: &str) -> Option<Self> {
        if let Some(name) = written
            .strip_prefix("{{")
            .and_then(|rest| rest.strip_suffix("}}"))
            .map(str::trim)
            .filter(|name| !name.is_empty() && !name.contains(['{', '}']))
        {
            let value = (!resolved.contains(['{', '}'])).then(|| resolved.to_owned());
            return Some(Self::Variable(name.to_owned(), value));
        }
        (!resolved.is_empty() && !resolved.contains(['{', '}']) && !resolved.starts_with(':'))
            .then(|| Self::Value(resolved.to_owned()))
    }
}

/// The functions of a test script that set a variable by name (propagation.md A5).
const SETTERS: [&str; 3] = [
    "pm.environment.set(",
    "pm.collectionVariables.set(",
    "pm.variables.set(",
];

/// The names the `test` scripts of `item` set with a literal first argument (either
/// quote), in order, each once, with the place of its first setter call in the
/// collection file `text`.
pub(super) fn names_set(text: &str, item: &Node<'_>) -> Vec<(String, Range<usize>)> {
    let mut names: Vec<(String, Range<usize>)> = Vec::new();
    let events = member(item, "event").and_then(super::array).unwrap_or(&[]);
    for event in events {
        if member(event, "listen").and_then(string) != Some("test") {
            continue;
        }
        let Some(exec) = member(event, "script").and_then(|script| member(script, "exec")) else {
            continue;
        };
        let lines: Vec<&Node<'_>> = match &exec.value {
            Value::String(_) => vec![exec],
            Value::Array(lines) => lines.iter().filter(|line| string(line).is_some()).collect(),
            _ => Vec::new(),
        };
        for line in lines {
            // Decoded as the parser did, with the map back to the file's escapes.
            let (script, to_file) = decode(text, line.span.start + 1..line.span.end - 1);
            for (call, name) in set_in(&script) {
                if !names.iter().any(|(known, _)| known == name) {
                    let place = to_file.start(call.start)..to_file.end(call.end);
                    names.push((name.to_owned(), place));
                }
            }
        }
    }
    names
}

/// The literal names `text` passes to a setter, each with the range of its call from
/// the setter to the name's closing quote: `pm.environment.set("ruleID", ...)` gives
/// `ruleID`; `pm.environment.set(name, ...)` and `pm.environment.set("rule" + i, ...)`
/// give nothing (the name is not known from the text).
fn set_in(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    SETTERS.iter().flat_map(move |setter| {
        text.match_indices(setter).filter_map(move |(at, _)| {
            let after = at + setter.len();
            let rest = text[after..].trim_start();
            let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
            let opening = text.len() - rest.len();
            let rest = &rest[1..];
            let end = rest.find(quote)?;
            let name = &rest[..end];
            let literal = rest[end + 1..].trim_start().starts_with([',', ')']);
            let call = at..opening + 1 + end + 1;
            (literal && !name.is_empty() && !name.contains(['\\', '{', '}']))
                .then_some((call, name))
        })
    })
}

/// Where the collection file `text` writes the segment of `request`'s URL that comes
/// between the segments `before` and `after` at the end of its path (the `{{ruleID}}`
/// of `.../rules/{{ruleID}}/mappings`): in the URL's `raw` (or the URL as a string),
/// else in its `path` array.
pub(super) fn url_segment_place(
    text: &str,
    request: &Node<'_>,
    (before, after): (&str, &str),
) -> Option<Range<usize>> {
    let url = match &request.value {
        Value::String(_) => request,
        _ => member(request, "url")?,
    };
    let raw = match &url.value {
        Value::String(_) => Some(url),
        _ => member(url, "raw").filter(|raw| string(raw).is_some()),
    };
    let between = |segments: &[(Range<usize>, &str)]| match segments {
        [.., (_, first), (middle, _), (_, last)] if *first == before && *last == after => {
            Some(middle.clone())
        }
        _ => None,
    };
    if let Some(raw) = raw {
        let (written, to_file) = decode(text, raw.span.start + 1..raw.span.end - 1);
        let path = &written[..written.find(['?', '#']).unwrap_or(written.len())];
        let mut segments = Vec::new();
        let mut start = 0;
        for segment in path.split('/') {
            if !segment.is_empty() {
                segments.push((start..start + segment.len(), segment));
            }
            start += segment.len() + 1;
        }
        if let Some(middle) = between(&segments) {
            return Some(to_file.start(middle.start)..to_file.end(middle.end));
        }
    }
    let path = member(url, "path").and_then(super::array)?;
    let segments: Vec<(Range<usize>, &str)> = path
        .iter()
        .filter_map(|segment| {
            let node = match &segment.value {
                Value::Object(_) => member(segment, "value")?,
                _ => segment,
            };
            let written = string(node)?;
            (!written.is_empty()).then(|| (node.span.start + 1..node.span.end - 1, written))
        })
        .collect();
    between(&segments)
}

/// The `{envID}` segment of a resolved URL `.../environments/{envID}/...`, when it is a
/// value (no variable left in it).
pub(super) fn environment_of(url: &str) -> Option<&str> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    segments.find(|segment| *segment == "environments")?;
    segments
        .next()
        .filter(|id| !id.contains(['{', '}']) && !id.starts_with(':'))
}

/// `text` (`root` its parsed tree) with the member `key` added at the end of its root
/// object when it has none: what the item says of the body's object (a plan's
/// environment from its URL, an object's id from the variable its script sets). Added at
/// the end, so that every offset before it stays where it was.
fn with_member(
    text: &str,
    root: &Node<'_>,
    key: &str,
    value: &serde_json::Value,
) -> Option<String> {
    let Value::Object(members) = &root.value else {
        return None;
    };
    if member(root, key).is_some() {
        return None;
    }
    let close = root.span.end.checked_sub(1)?;
    let comma = if members.is_empty() { "" } else { "," };
    Some(format!(
        "{}{comma}{}:{value}{}",
        &text[..close],
        serde_json::to_string(key).ok()?,
        &text[close..]
    ))
}

/// The variable of a mapping create's URL `.../rules/{{ruleID}}/mappings` (as written).
pub(super) fn rule_of_mapping_create(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty()).rev();
    match (segments.next(), segments.next(), segments.next()) {
        (Some("mappings"), Some(rule), Some("rules")) => {
            let name = rule.strip_prefix("{{")?.strip_suffix("}}")?.trim();
            (!name.is_empty() && !name.contains(['{', '}'])).then(|| name.to_owned())
        }
        _ => None,
    }
}

/// A finding of the checks across a collection's bodies that is about its item rather
/// than its body (a script's setter call, a URL's path id), and the range of the
/// collection file it is at: it has no span in the body, its line and column are
/// those of that range.
pub(super) type Placed = (Diagnostic, Range<usize>);

/// Runs the checks across files over the bodies of one collection and adds each
/// finding to the report of the body it is in (spans in the body as written; their
/// line and column are found later with the other findings'); returns, per body, the
/// findings placed in the collection file outside it. `run` are the setup files of the
/// run and the files they add to the collection's setup (none without a setup file):
/// checked with the bodies, their own findings left to the run's check.
pub(super) fn check(
    payloads: &mut [Payload],
    members: Vec<Member>,
    run: Vec<SetupInput<'_>>,
    options: &Options,
) -> Vec<Vec<Placed>> {
    // A name a setup file binds is the setup file's (A5: a setup file may add files to
    // a collection's setup; its bindings are explicit, the scripts' inferred).
    let bound_by_file: HashSet<&str> = run
        .iter()
        .flat_map(|input| input.facts.bound_names())
        .collect();
    let labels = labels(payloads);
    let mut found: Vec<Vec<Diagnostic>> = payloads.iter().map(|_| Vec::new()).collect();
    let mut placed: Vec<Vec<Placed>> = payloads.iter().map(|_| Vec::new()).collect();
    // Each name to the bodies whose items set it, with where the later ones do.
    let mut binders: HashMap<&str, Vec<(usize, &Range<usize>)>> = HashMap::new();
    for (index, member) in members.iter().enumerate() {
        for bind in member
            .binds
            .iter()
            .filter(|bind| !bound_by_file.contains(bind.name.as_str()))
        {
            binders
                .entry(&bind.name)
                .or_default()
                .push((index, &bind.place));
        }
    }
    let mut bound: Vec<(&str, usize)> = Vec::new();
    for (&name, bodies) in &binders {
        match bodies.as_slice() {
            [(one, _)] => bound.push((name, *one)),
            [(first, _), later @ ..] => {
                // One warning on each later item, naming the first (not every earlier
                // one: a name set by n items would make messages of n² names), at its
                // script's setter call.
                for &(body, place) in later {
                    if let Some(finding) = bound_twice(name, &labels[*first], options) {
                        placed[body].push((finding, place.clone()));
                    }
                }
            }
            [] => {}
        }
    }
    bound.sort_unstable();
    // The names the collection binds; with the setup files', those a body keeps as
    // `{{name}}` for the setup to resolve.
    let bound_here: HashSet<&str> = bound.iter().map(|&(name, _)| name).collect();
    let kept: HashSet<&str> = bound_here.union(&bound_by_file).copied().collect();
    let mut facts = Vec::with_capacity(members.len());
    let mut maps = Vec::with_capacity(members.len());
    let mut names_rule = Vec::with_capacity(members.len());
    // Per body, where the plan its URL gives it is in what the checks read.
    let mut url_plans: Vec<Option<Range<usize>>> = Vec::with_capacity(members.len());
    for (payload, body) in payloads.iter().zip(&members) {
        let mut read = substitute_for_setup(&payload.body, &body.values, &kept);
        // What the body does not say but its item does, added after its members.
        let environment = body
            .environment
            .as_ref()
            .filter(|_| payload.object == ObjectKind::Plan)
            .map(|id| ("environment", serde_json::json!({ "id": id })));
        // A rule created in a plan's path is in that plan when its body names none:
        // the URL's `{{planID}}` as a body would write it (kept when bound), or its value.
        let plan = body
            .url_plan
            .as_ref()
            .and_then(|(plan, _)| match plan {
                UrlPlan::Variable(name, _) if kept.contains(name.as_str()) => {
                    Some(format!("{{{{{name}}}}}"))
                }
                UrlPlan::Variable(_, value) => value.clone(),
                UrlPlan::Value(value) => Some(value.clone()),
            })
            .map(|id| ("plan", serde_json::json!({ "id": id })));
        // The value of a name the body binds is its object's id: a literal reference
        // equal to it resolves to the object (A5).
        let id = body
            .binds
            .iter()
            .filter(|bind| bound_here.contains(bind.name.as_str()))
            .find_map(|bind| bind.value.as_ref())
            .map(|value| ("id", serde_json::json!(value)));
        let mut url_plan = None;
        for (key, value) in environment.into_iter().chain(plan).chain(id) {
            let added = parser::parse(&read.text).ok().and_then(|tree| {
                let with = with_member(&read.text, &tree.root, key, &value)?;
                // Inserted before the root's closing brace.
                let brace = tree.root.span.end - 1;
                Some((brace..brace + with.len() - read.text.len(), with))
            });
            if let Some((range, with)) = added {
                if key == "plan" {
                    url_plan = Some(range);
                }
                read.text = with;
            }
        }
        url_plans.push(url_plan);
        let parsed = parser::parse(&read.text).ok();
        let parsed = parsed.filter(|_| !body.answers_own_request);
        facts.push(parsed.as_ref().map_or_else(SetupFacts::default, |tree| {
            SetupFacts::of("", Some(payload.object), &tree.root)
        }));
        names_rule.push(
            parsed
                .as_ref()
                .is_some_and(|tree| member(&tree.root, "rule").is_some()),
        );
        maps.push(read.map);
    }
    let binder: HashMap<&str, usize> = bound.iter().copied().collect();
    let rule_of = |name: &str| binder.get(name).copied();
    let mut objects = serde_json::Map::new();
    for &(name, body) in &bound {
        objects.insert(name.to_owned(), serde_json::json!({ "file": labels[body] }));
    }
    for (index, body) in members.iter().enumerate() {
        // A5's order: the body's `rule.id` before the URL's `{ruleID}`.
        let Some((name, place)) = body.url_rule.as_ref().filter(|_| !names_rule[index]) else {
            continue;
        };
        let Some(rule) = rule_of(name) else {
            if bound_by_file.contains(name.as_str()) {
                // A rule of the setup file's: the setup checks what it binds.
                objects.insert(
                    format!("{{mapping {index}}}"),
                    serde_json::json!({ "file": labels[index], "rule": name }),
                );
            }
            // Else not bound in the setup: the rule may exist only in the tenant.
            continue;
        };
        if payloads[rule].object == ObjectKind::Rule {
            // A name no script can set: braces are never part of a variable's name.
            objects.insert(
                format!("{{mapping {index}}}"),
                serde_json::json!({ "file": labels[index], "rule": name }),
            );
        } else if let Some(finding) = url_rule_not_a_rule(name, &labels[rule], options) {
            // At the URL's `{{ruleID}}`; at the body's root where it cannot be found.
            match place {
                Some(place) => placed[index].push((finding, place.clone())),
                None => found[index].push(finding.with_span(Some(Span::at(0)))),
            }
        }
    }
    let setup_text = serde_json::json!({ "setup": 1, "objects": objects }).to_string();
    let secrets: Vec<String> = {
        let mut all: Vec<String> = members
            .iter()
            .flat_map(|member| member.secrets.iter().cloned())
            .collect();
        all.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        all.dedup();
        all
    };
    let mut inputs: Vec<SetupInput<'_>> = Vec::with_capacity(facts.len() + 1 + run.len());
    for (facts, label) in facts.into_iter().zip(&labels) {
        inputs.push(SetupInput {
            name: label,
            facts,
            text: None,
        });
    }
    inputs.push(SetupInput {
        name: "(collection)",
        facts: SetupFacts::read("(collection)", &setup_text, None),
        text: None,
    });
    inputs.extend(run);
    let reports = check_setup_facts(inputs, options);
    let pattern = secret_pattern(&secrets);
    for (index, report) in reports.into_iter().enumerate().take(payloads.len()) {
        for mut diagnostic in report {
            diagnostic.location = None;
            diagnostic.message = masked(&diagnostic.message, &secrets, pattern.as_ref());
            let in_url_plan = diagnostic.span.zip(url_plans[index].as_ref());
            if let Some((span, added)) = in_url_plan
                && added.contains(&span.start)
                && let Some((_, Some(place))) = &members[index].url_plan
            {
                // About the plan the URL gives the rule: at the URL's `{{planID}}`, and
                // said of the URL (the pointer stays the member it stands for).
                if let Some(rest) = diagnostic.message.strip_prefix("`plan.id`") {
                    diagnostic.message = format!("the URL's plan (the body has no `plan`){rest}");
                }
                diagnostic.span = None;
                placed[index].push((diagnostic, place.clone()));
                continue;
            }
            if let Some(span) = diagnostic.span {
                let start = maps[index].start(span.start);
                diagnostic.span = Some(Span::new(start, maps[index].end(span.end).max(start)));
            }
            found[index].push(diagnostic);
        }
    }
    for (payload, found) in payloads.iter_mut().zip(found) {
        if found.is_empty() {
            continue;
        }
        let report: &mut Report = &mut payload.report;
        for diagnostic in found {
            report.push(diagnostic);
        }
        report
            .diagnostics_vec()
            .sort_by_key(|diagnostic| diagnostic.span.map_or(0, |span| span.start));
    }
    placed
}

/// One pattern matching every secret as [`hide_in`] masks it (a value of four
/// characters or more anywhere, a shorter one only quoted whole), longest first: a
/// message is then read once, however many secrets the collection has. `None` for no
/// secret, or a pattern too large to build.
fn secret_pattern(secrets: &[String]) -> Option<regex::Regex> {
    if secrets.is_empty() {
        return None;
    }
    let alternatives: Vec<String> = secrets
        .iter()
        .map(|secret| {
            if secret.chars().count() >= 4 {
                regex::escape(secret)
            } else {
                format!("`{}`", regex::escape(secret))
            }
        })
        .collect();
    regex::Regex::new(&alternatives.join("|")).ok()
}

/// `message` with each of `secrets` masked, through `pattern` when there is one.
fn masked(message: &str, secrets: &[String], pattern: Option<&regex::Regex>) -> String {
    match pattern {
        Some(pattern) => pattern
            .replace_all(message, |found: &regex::Captures<'_>| {
                if found[0].starts_with('`') && found[0].ends_with('`') && found[0].len() > 1 {
                    let inner = &found[0][1..found[0].len() - 1];
                    if inner.chars().count() < 4 && secrets.iter().any(|s| s == inner) {
                        return format!("`{MASK}`");
                    }
                }
                MASK.to_owned()
            })
            .into_owned(),
        None => secrets.iter().fold(message.to_owned(), |message, secret| {
            hide_in(&message, secret)
        }),
    }
}

/// Each body's name in the setup: its item path, made unique with ` (2)`, ` (3)`...
/// where items share one, so that a binding names one body.
fn labels(payloads: &[Payload]) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    // Per item path, the last count tried: n items of one path cost n tries, not n².
    let mut counts: HashMap<&str, usize> = HashMap::new();
    payloads
        .iter()
        .map(|payload| {
            let mut label = payload.item.clone();
            let count = counts.entry(&payload.item).or_insert(1);
            while !seen.insert(label.clone()) {
                *count += 1;
                label = format!("{} ({count})", payload.item);
            }
            label
        })
        .collect()
}

/// The `reference` warning of a name the test scripts of several create requests set
/// (A5: none of them binds it), for a later one's setter call, naming the `first` item
/// that sets it. The pointer is the body's root: the call is not in the body.
fn bound_twice(name: &str, first: &str, options: &Options) -> Option<Diagnostic> {
    let severity = options.severity_for(Code::Reference, Severity::Warning)?;
    Some(
        Diagnostic::new(
            Code::Reference,
            JsonPointer::root(),
            format!(
                "the test script sets `{name}`, as the one of `{first}` does: a name two create requests set binds neither, so references to `{{{{{name}}}}}` are not checked (inferred: the collection's scripts are matched as text)"
            ),
        )
        .with_severity(severity),
    )
}

/// The `reference` error of a mapping create whose URL's rule variable is set by an
/// item that creates something else. The pointer is the body's root: the URL is not in
/// the body.
fn url_rule_not_a_rule(name: &str, other: &str, options: &Options) -> Option<Diagnostic> {
    let severity = options.severity_for(Code::Reference, Severity::Error)?;
    Some(
        Diagnostic::new(
            Code::Reference,
            JsonPointer::root(),
            format!(
                "the URL creates the mapping in rule `{{{{{name}}}}}`, which the test script of `{other}` sets, and that request does not create a rule"
            ),
        )
        .with_severity(severity),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_secret_is_masked_as_each_body_masks_its_own() {
        let secrets = ["s3cr3t-long".to_owned(), "ab".to_owned()];
        let pattern = secret_pattern(&secrets);
        assert!(pattern.is_some());
        let message = "the store `s3cr3t-long` (`ab`, about `abc`)";
        let expected = "the store `***` (`***`, about `abc`)";
        assert_eq!(masked(message, &secrets, pattern.as_ref()), expected);
        assert_eq!(masked(message, &secrets, None), expected);
    }

    #[test]
    fn items_of_one_path_are_told_apart() {
        let payload = |item: &str| Payload {
            item: item.to_owned(),
            kind: crate::validate::PayloadKind::Request,
            object: ObjectKind::Store,
            body: String::new(),
            report: Report::default(),
            ends: Vec::new(),
        };
        let payloads = [payload("A"), payload("A (2)"), payload("A"), payload("A")];
        assert_eq!(labels(&payloads), ["A", "A (2)", "A (3)", "A (4)"]);
    }

    #[test]
    fn scripts_bind_literal_names_only() {
        let line = r#"pm.environment.set("ruleID", pm.response.json().id); pm.collectionVariables.set('planID' , x); pm.variables.set(name, 1); pm.environment.set("a" + i, 2); pm.variables.set( "storeID")"#;
        let names: Vec<&str> = set_in(line).map(|(_, name)| name).collect();
        assert_eq!(names, ["ruleID", "planID", "storeID"]);
    }

    #[test]
    fn a_plan_s_environment_is_its_resolved_url_s_and_is_added_after_its_members() {
        assert_eq!(
            environment_of("https://api.pingone.com/v1/environments/abc-1/propagation/plans"),
            Some("abc-1")
        );
        assert_eq!(
            environment_of("/v1/environments/{{envID}}/propagation/plans"),
            None
        );
        assert_eq!(
            environment_of("/v1/environments/:envID/propagation/plans"),
            None
        );
        for (body, expected) in [
            (
                r#"{"name": "p"}"#,
                r#"{"name": "p","environment":{"id":"abc"}}"#,
            ),
            (" {} ", r#" {"environment":{"id":"abc"}} "#),
        ] {
            let tree = parser::parse(body).expect("JSON");
            assert_eq!(
                with_member(
                    body,
                    &tree.root,
                    "environment",
                    &serde_json::json!({"id": "abc"})
                )
                .as_deref(),
                Some(expected)
            );
        }
        let said = r#"{"environment": {"id": "other"}}"#;
        let tree = parser::parse(said).expect("JSON");
        let environment = serde_json::json!({"id": "abc"});
        assert_eq!(
            with_member(said, &tree.root, "environment", &environment),
            None
        );
    }

    #[test]
    fn a_url_s_path_id_is_placed_in_its_raw_else_in_its_path_array() {
        fn place(text: &str) -> Option<&str> {
            let tree = parser::parse(text).expect("JSON");
            url_segment_place(text, &tree.root, ("rules", "mappings"))
                .map(|range| &text[range.start..range.end])
        }
        let raw = r#"{"url": {"raw": "{{base}}/rules/{{ruleID}}/mappings?x=rules/a/mappings"}}"#;
        assert_eq!(place(raw), Some("{{ruleID}}"));
        let path = r#"{"url": {"path": ["propagation", "rules", {"value": "{{r}}"}, "mappings"]}}"#;
        assert_eq!(place(path), Some("{{r}}"));
        let escaped = r#"{"url": "/rules/\u007b{ruleID}}/mappings"}"#;
        assert_eq!(place(escaped), Some(r"\u007b{ruleID}}"));
        assert_eq!(place(r#"{"url": {"raw": "/rules/{{r}}"}}"#), None);
    }

    #[test]
    fn a_mapping_create_s_rule_is_its_url_variable() {
        assert_eq!(
            rule_of_mapping_create(
                "{{apiPath}}/environments/{{envID}}/propagation/rules/{{ ruleID }}/mappings"
            ),
            Some("ruleID".to_owned())
        );
        assert_eq!(
            rule_of_mapping_create("/propagation/rules/0b2f/mappings"),
            None
        );
        assert_eq!(rule_of_mapping_create("/propagation/mappings/{{id}}"), None);
    }
}
