//! The setup: the payloads of one run checked against each other (propagation.md A5,
//! A6). Per-file checks run first and alone; these run after, on what the files hold
//! together, and never change a per-file finding.
//!
//! Each file is reduced to the few facts the checks need (ids, references, store types,
//! statuses): the command line reads them from the parse that validates the file, the
//! library ([`check_setup`]) parses each text once for them. The cost is that parse
//! and a hash look-up per reference: linear in the setup.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use super::Options;
use super::json::Json;
use super::kind::{Detection, ListKind, ObjectKind, detect};
use crate::model::decl::Need;
use crate::model::declarations::{OUTBOUND_LDAP_CONFIGURATION, STORE_TYPE};
use crate::pointer::JsonPointer;
use crate::report::{Code, Diagnostic, Report, Severity};
use crate::source::Span;
use crate::source::parser::{self, Node};

/// The name of the setup file (propagation.md A5).
pub const SETUP_FILE_NAME: &str = "pingone-setup.json";

/// The keys a rule to an `LdapGateway` target needs in its `configuration` (X8): the
/// required keys of the outbound LDAP object's declaration, with their index there.
fn outbound_ldap_keys() -> impl Iterator<Item = (usize, &'static str)> {
    OUTBOUND_LDAP_CONFIGURATION
        .keys
        .iter()
        .enumerate()
        .filter(|(_, key)| key.need == Need::Required)
        .map(|(i, key)| (i, key.name))
}

/// One file of a setup.
#[derive(Clone, Copy, Debug)]
pub struct SetupFile<'a> {
    /// The file's path as the run shows it (relative to the current directory, or as
    /// given); the setup file's entries are resolved against it.
    pub name: &'a str,
    /// The file's text (after a byte order mark).
    pub text: &'a str,
    /// Its payload kind when the run was told (`--payload`, a `[[kind]]` entry); `None`
    /// decides it in propagation.md A4's order: the `kind` of the entry of a setup file
    /// among the files that lists it, then as a lone file is decided (setup file, file
    /// name, shape).
    pub object: Option<ObjectKind>,
}

/// The checks across the files of one setup: one report per file, in the order given,
/// holding only the cross-file findings (with line and column), under `options`'
/// severities. A file that does not parse, or whose kind is ambiguous, takes no part.
#[must_use]
pub fn check_setup(files: &[SetupFile<'_>], options: &Options) -> Vec<Report> {
    let listed = kinds_listed(files);
    // One tree at a time: only the facts are kept.
    let inputs = files
        .iter()
        .map(|file| {
            let object = file.object.or_else(|| {
                (!listed.is_empty())
                    .then(|| listed.get(normalise("", file.name).as_ref()).copied())
                    .flatten()
            });
            SetupInput {
                name: file.name,
                facts: parser::parse(file.text)
                    .map(|tree| SetupFacts::of(file.name, object, &tree.root))
                    .unwrap_or_default(),
                text: Some(file.text),
            }
        })
        .collect();
    check_setup_facts(inputs, options)
}

/// The payload kinds the setup files among `files` give the files they list (an entry's
/// `kind`, propagation.md A4 step 1), by the listed file's path as [`normalise`] keys it;
/// the first entry naming a file decides. A setup file is one named `pingone-setup.json`
/// or given as [`ObjectKind::Setup`]; an entry whose `kind` names no payload kind gives
/// none (the setup file's own check reports it).
fn kinds_listed(files: &[SetupFile<'_>]) -> HashMap<String, ObjectKind> {
    let mut kinds = HashMap::new();
    let setup_files = files.iter().filter(|file| {
        file.object == Some(ObjectKind::Setup)
            || (file.object.is_none()
                && Path::new(file.name)
                    .file_name()
                    .is_some_and(|name| name == SETUP_FILE_NAME))
    });
    for file in setup_files {
        for (path, kind) in listed_files(file.text) {
            let Some(kind) = kind else {
                continue;
            };
            kinds
                .entry(normalise(folder_of(file.name), &path).into_owned())
                .or_insert(kind);
        }
    }
    kinds
}

/// What one file brings to a setup (its objects and references, or the bindings of a
/// setup file), read from its parsed tree: [`crate::validate::validate_bytes_in_setup`]
/// builds it from the tree the per-file check parsed, so a run need not parse a file
/// twice, nor keep the text of a file no cross-file finding can concern.
///
/// Compact: a run holds one per file until every file is validated, and most files hold
/// one object (a store), so that object is boxed alone, with no list around it.
/// Cloned where a file is in two setups (a Postman collection's, to which a setup file
/// adds the run's files, and the run's).
#[derive(Clone, Debug, Default)]
pub struct SetupFacts(Brought);

/// [`SetupFacts`]' content.
#[derive(Clone, Debug, Default)]
enum Brought {
    /// Nothing: the file does not parse, or is of no kind a setup reads.
    #[default]
    Nothing,
    /// A store, plan, rule or mapping payload.
    One(Box<Object>),
    /// The items of a list.
    Many(Vec<Object>),
    /// A setup file: whether it declares `"complete": true`, and its entries.
    SetupFile { complete: bool, entries: Vec<Entry> },
}

impl SetupFacts {
    /// The facts of the payload `root` of the file `name`, of the kind `object` (or, when
    /// `None`, the kind its name or shape shows).
    pub(crate) fn of(name: &str, object: Option<ObjectKind>, root: &Node<'_>) -> Self {
        Self(read_file(name, object, root))
    }

    /// The facts of the file `name` holding `text`, of the kind `object` (or, when
    /// `None`, the kind its name or shape shows); none when the text does not parse.
    #[must_use]
    pub fn read(name: &str, text: &str, object: Option<ObjectKind>) -> Self {
        parser::parse(text)
            .map(|tree| Self::of(name, object, &tree.root))
            .unwrap_or_default()
    }

    /// The names a setup file binds (its `objects`' keys); none for another file.
    pub fn bound_names(&self) -> impl Iterator<Item = &str> {
        let entries = match &self.0 {
            Brought::SetupFile { entries, .. } => entries.as_slice(),
            _ => &[],
        };
        entries.iter().map(|entry| entry.name.as_str())
    }

    /// Whether these are a setup file's facts.
    #[must_use]
    pub const fn is_setup_file(&self) -> bool {
        matches!(self.0, Brought::SetupFile { .. })
    }

    /// Of a run's files (each by the name the run shows and its facts), the indexes of
    /// the setup files and of the files they list, in order: what a setup file adds to a
    /// Postman collection's setup (propagation.md A5: "each collection is its own setup;
    /// a setup file may add files to it").
    #[must_use]
    pub fn added_by_setup_files(files: &[(&str, &Self)]) -> Vec<usize> {
        let listed: std::collections::HashSet<String> = files
            .iter()
            .filter_map(|(name, facts)| match &facts.0 {
                Brought::SetupFile { entries, .. } => Some((name, entries)),
                _ => None,
            })
            .flat_map(|(name, entries)| {
                entries
                    .iter()
                    .map(|entry| normalise(folder_of(name), &entry.path).into_owned())
            })
            .collect();
        files
            .iter()
            .enumerate()
            .filter(|(_, (name, facts))| {
                facts.is_setup_file() || listed.contains(normalise("", name).as_ref())
            })
            .map(|(index, _)| index)
            .collect()
    }

    /// Whether a check across files can report something in this file: a plan, rule
    /// or mapping, or a setup file. A store is only ever referred to.
    #[must_use]
    pub fn can_receive_findings(&self) -> bool {
        match &self.0 {
            Brought::Nothing => false,
            Brought::One(object) => object.kind() != "store",
            Brought::Many(objects) => objects.iter().any(|object| object.kind() != "store"),
            Brought::SetupFile { .. } => true,
        }
    }
}

/// The `file` and `kind` of each entry of the setup file's `objects` in `text` (the
/// payload kind its `kind` names, `None` where the entry has no `kind` naming one: the
/// setup file's own check reports a bad one), each entry as a
/// JSON reader that keeps the last of repeated names sees it (so the run reads the same
/// files a `serde_json::Value` of the file would name); none when the text does not
/// parse.
#[must_use]
pub fn listed_files(text: &str) -> Vec<(String, Option<ObjectKind>)> {
    let Ok(tree) = parser::parse(text) else {
        return Vec::new();
    };
    let Some(objects) = member(&tree.root, "objects").and_then(Json::members) else {
        return Vec::new();
    };
    let listed = |entry: &Node<'_>| {
        let text_of = |key: &str| member(entry, key).and_then(Json::as_str);
        let kind = text_of("kind").and_then(ObjectKind::of_payload_name);
        Some((text_of("file")?.to_owned(), kind))
    };
    if tree.duplicates.is_empty() {
        return objects.filter_map(|(_, _, entry)| listed(entry)).collect();
    }
    let mut last: HashMap<&str, &Node<'_>> = HashMap::new();
    for (name, _, entry) in objects {
        last.insert(name, entry);
    }
    last.into_values().filter_map(listed).collect()
}

/// One file of a setup, by its facts ([`check_setup_facts`]).
#[derive(Debug)]
pub struct SetupInput<'a> {
    /// The file's path as the run shows it ([`SetupFile::name`]).
    pub name: &'a str,
    /// What the file brings to the setup.
    pub facts: SetupFacts,
    /// The file's text, to give the findings in it their line and column; `None` for a
    /// file that cannot receive findings ([`SetupFacts::can_receive_findings`]).
    pub text: Option<&'a str>,
}

/// [`check_setup`] over facts gathered as the files were validated: one report per
/// file, in the order given.
#[must_use]
pub fn check_setup_facts(files: Vec<SetupInput<'_>>, options: &Options) -> Vec<Report> {
    let mut setup = Setup::default();
    let mut names = Vec::with_capacity(files.len());
    let mut texts = Vec::with_capacity(files.len());
    for (index, input) in files.into_iter().enumerate() {
        let start = setup.objects.len();
        match input.facts.0 {
            Brought::Nothing => {}
            Brought::One(object) => setup.objects.push(Object {
                file: index,
                ..*object
            }),
            Brought::Many(objects) => {
                setup
                    .objects
                    .extend(objects.into_iter().map(|object| Object {
                        file: index,
                        ..object
                    }));
            }
            Brought::SetupFile { complete, entries } => {
                setup.has_setup_file = true;
                setup.complete |= complete;
                setup.entries.extend(entries.into_iter().map(|entry| Entry {
                    file: index,
                    ..entry
                }));
            }
        }
        setup.of_file.push(start..setup.objects.len());
        names.push(input.name);
        texts.push(input.text);
    }
    let mut reports: Vec<Report> = names.iter().map(|_| Report::default()).collect();
    Checker {
        setup: &setup,
        names: &names,
        reports: &mut reports,
    }
    .run();
    reports
        .into_iter()
        .zip(texts)
        .map(|(report, text)| {
            // Most files of a setup get no finding across files: nothing to apply.
            if report.is_empty() {
                return report;
            }
            let mut report = options.apply(report);
            if let Some(text) = text {
                report.locate(text);
            }
            report
        })
        .collect()
}

/// A reference member: the `id` of `plan`, `sourceStore`, ...
#[derive(Clone, Debug)]
struct Ref {
    value: String,
    /// The pointer of the `id` member.
    pointer: String,
    span: Span,
}

#[derive(Clone, Debug)]
enum Facts {
    Store {
        store_type: Option<String>,
        active: bool,
    },
    Plan {
        active: bool,
        environment: Option<String>,
    },
    // References are boxed: most objects of a large setup are stores, and an object is
    // as large as its largest variant.
    Rule {
        plan: Option<Box<Ref>>,
        source: Option<Box<Ref>>,
        target: Option<Box<Ref>>,
        parent: Option<Box<Ref>>,
        /// The span of `"active": true`, when the rule is switched on.
        active: Option<Span>,
        /// `configuration`: its span, and which keys of the outbound LDAP object it has
        /// (bit `i`: the declaration's key `i`; [`outbound_ldap_keys`]).
        configuration: Option<(Span, u64)>,
    },
    Mapping {
        rule: Option<Box<Ref>>,
        source_attribute: Option<String>,
        target_attribute: Option<String>,
        /// The span of the `targetAttribute` value.
        target_span: Option<Span>,
    },
}

/// One object of the setup: a store, plan, rule or mapping payload, or a list item.
#[derive(Clone, Debug)]
struct Object {
    file: usize,
    /// The object's pointer in its file (`""`, `/_embedded/rules/3`).
    pointer: String,
    /// The start of the object in its file.
    span: Span,
    id: Option<String>,
    name: Option<String>,
    facts: Facts,
}

impl Object {
    const fn kind(&self) -> &'static str {
        match self.facts {
            Facts::Store { .. } => "store",
            Facts::Plan { .. } => "plan",
            Facts::Rule { .. } => "rule",
            Facts::Mapping { .. } => "mapping",
        }
    }
}

/// An entry of the setup file's `objects`.
#[derive(Clone, Debug)]
struct Entry {
    file: usize,
    name: String,
    /// The bound file, as written, and the span of that string.
    path: String,
    path_span: Span,
    /// A mapping entry's rule: the name of its binding, and that string's span.
    rule: Option<(String, Span)>,
}

#[derive(Debug, Default)]
struct Setup {
    objects: Vec<Object>,
    entries: Vec<Entry>,
    /// Some setup file declares `"complete": true`.
    complete: bool,
    /// Whether a setup file is in the run.
    has_setup_file: bool,
    /// The objects of each file: files are read in order, so each holds a range.
    of_file: Vec<std::ops::Range<usize>>,
}

/// What the file `name`, of the kind `object` (or the kind its name or shape shows),
/// whose payload is `root`, brings to a setup.
fn read_file(name: &str, object: Option<ObjectKind>, root: &Node<'_>) -> Brought {
    match kind_in_setup(name, object, root) {
        Some(ObjectKind::Setup) => read_setup_file(root),
        Some(ObjectKind::List(list)) => {
            let items = member(root, "_embedded").and_then(|e| member(e, list.member()));
            Brought::Many(
                items
                    .and_then(Json::items)
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .filter_map(|(i, item)| {
                        let pointer = format!("/_embedded/{}/{i}", list.member());
                        read_object(pointer, item, list_kind(list))
                    })
                    .collect(),
            )
        }
        Some(
            kind @ (ObjectKind::Store | ObjectKind::Plan | ObjectKind::Rule | ObjectKind::Mapping),
        ) => read_object(String::new(), root, kind)
            .map_or(Brought::Nothing, |object| Brought::One(Box::new(object))),
        _ => Brought::Nothing,
    }
}

/// One object of a setup, at `pointer` in its file (whose index the merge sets).
fn read_object(pointer: String, node: &Node<'_>, kind: ObjectKind) -> Option<Object> {
    // Only an object is one.
    let _ = node.members()?;
    let text = |key: &str| member(node, key).and_then(Json::as_str).map(str::to_owned);
    let reference = |key: &str| {
        let id = member(node, key).and_then(|object| member(object, "id"))?;
        Some(Ref {
            value: id.as_str()?.to_owned(),
            pointer: format!("{pointer}/{key}/id"),
            span: id.span,
        })
    };
    let facts = match kind {
        ObjectKind::Store => Facts::Store {
            store_type: text("type"),
            active: text("status").as_deref() == Some("ACTIVE"),
        },
        ObjectKind::Plan => Facts::Plan {
            active: text("status").as_deref() == Some("ACTIVE"),
            environment: member(node, "environment")
                .and_then(|e| member(e, "id"))
                .and_then(Json::as_str)
                .map(str::to_owned),
        },
        ObjectKind::Rule => Facts::Rule {
            plan: reference("plan").map(Box::new),
            source: reference("sourceStore").map(Box::new),
            target: reference("targetStore").map(Box::new),
            parent: reference("parentRule").map(Box::new),
            active: member(node, "active")
                .filter(|active| active.as_bool() == Some(true))
                .map(|active| active.span),
            configuration: member(node, "configuration").map(|configuration| {
                let present = outbound_ldap_keys()
                    .filter(|(_, key)| member(configuration, key).is_some())
                    .fold(0, |present, (i, _)| present | 1 << i);
                (configuration.span, present)
            }),
        },
        ObjectKind::Mapping => Facts::Mapping {
            rule: reference("rule").map(Box::new),
            source_attribute: text("sourceAttribute"),
            target_attribute: text("targetAttribute"),
            target_span: member(node, "targetAttribute").map(|target| target.span),
        },
        _ => return None,
    };
    Some(Object {
        file: 0,
        pointer,
        span: Span::at(node.span.start),
        id: text("id"),
        name: text("name"),
        facts,
    })
}

/// The entries of a setup file.
fn read_setup_file(root: &Node<'_>) -> Brought {
    let complete = member(root, "complete").and_then(Json::as_bool) == Some(true);
    let mut entries = Vec::new();
    if let Some(objects) = member(root, "objects").and_then(Json::members) {
        for (name, _, entry) in objects {
            let Some(path) = member(entry, "file") else {
                continue;
            };
            let Some(path_text) = path.as_str() else {
                continue;
            };
            let rule =
                member(entry, "rule").and_then(|rule| Some((rule.as_str()?.to_owned(), rule.span)));
            entries.push(Entry {
                file: 0,
                name: name.to_owned(),
                path: path_text.to_owned(),
                path_span: path.span,
                rule,
            });
        }
    }
    Brought::SetupFile { complete, entries }
}

/// The kind a file has in a setup: the setup file by its name or a root `"setup"`
/// number, else `object`, else its file name, else its shape; `None` when undecided.
fn kind_in_setup(name: &str, object: Option<ObjectKind>, root: &Node<'_>) -> Option<ObjectKind> {
    let base = Path::new(name)
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    match object {
        Some(kind) => Some(kind),
        None if base == SETUP_FILE_NAME
            || member(root, "setup").is_some_and(|setup| setup.count().is_some()) =>
        {
            Some(ObjectKind::Setup)
        }
        None => match ObjectKind::from_file_name(&base) {
            Some(Ok(kind)) => Some(kind),
            Some(Err(_)) => None,
            None => match detect(root) {
                Detection::Kind(kind) => Some(kind),
                Detection::BareArray | Detection::Ambiguous(_) => None,
            },
        },
    }
}

const fn list_kind(list: ListKind) -> ObjectKind {
    match list {
        ListKind::Stores => ObjectKind::Store,
        ListKind::Plans => ObjectKind::Plan,
        ListKind::Rules => ObjectKind::Rule,
        ListKind::Mappings => ObjectKind::Mapping,
    }
}

/// The value of `key` in the object `node` (the last one, as JSON readers keep).
fn member<'n, 's>(node: &'n Node<'s>, key: &str) -> Option<&'n Node<'s>> {
    node.members()?
        .filter(|(name, _, _)| *name == key)
        .last()
        .map(|(_, _, value)| value)
}

/// The variable of a reference written as a template: `{{ruleID}}` is `ruleID`.
fn template_name(value: &str) -> Option<&str> {
    let name = value.trim().strip_prefix("{{")?.strip_suffix("}}")?.trim();
    (!name.is_empty() && !name.contains(['{', '}'])).then_some(name)
}

/// `folder` joined with `path` (unless `path` is absolute), with empty and `.` segments
/// dropped and `..` folded, as a comparable key: `/`-separated, as the run shows paths
/// and setup files write them (a backslash counts as `/`). Plain string work: a setup binds
/// every file, so this runs twice per file.
fn normalise<'p>(folder: &str, path: &'p str) -> Cow<'p, str> {
    let absolute = path.starts_with(['/', '\\']);
    let joined = if absolute || folder.is_empty() {
        Cow::Borrowed(path)
    } else {
        let mut joined = String::with_capacity(folder.len() + 1 + path.len());
        joined.push_str(folder);
        joined.push('/');
        joined.push_str(path);
        Cow::Owned(joined)
    };
    // Most paths are plain already (`/tmp/setup/stores/a.json`): their own key.
    let relative = joined.strip_prefix('/').unwrap_or(&joined);
    if !relative.contains('\\')
        && relative
            .split('/')
            .all(|part| !matches!(part, "" | "." | ".."))
    {
        return joined;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|last| *last != "..") => _ = parts.pop(),
            other => parts.push(other),
        }
    }
    let key = parts.join("/");
    Cow::Owned(if joined.starts_with(['/', '\\']) {
        format!("/{key}")
    } else {
        key
    })
}

/// The folder part of a shown path (`a/b` of `a/b/c.json`; empty for `c.json`).
fn folder_of(name: &str) -> &str {
    name.rfind(['/', '\\']).map_or("", |at| &name[..at])
}

/// Where a reference leads.
enum Resolved {
    /// To this object.
    Object(usize),
    /// A template variable that no setup-file entry binds.
    Unbound(String),
    /// Nowhere in this setup.
    Nothing,
}

/// The store classes of the direction checks (propagation.md A6).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    OutboundOnly,
    Both,
    Directory,
    PingOne,
}

fn class_of(store_type: &str) -> Option<Class> {
    Some(match store_type {
        "directory" => Class::Directory,
        "PingOne" => Class::PingOne,
        "Workday" | "LdapGateway" => Class::Both,
        other if STORE_TYPE.allows(other) => Class::OutboundOnly,
        _ => return None,
    })
}

struct Checker<'c, 'f> {
    setup: &'c Setup,
    /// Each file's path as the run shows it.
    names: &'c [&'f str],
    reports: &'c mut [Report],
}

impl<'c> Checker<'c, '_> {
    fn run(&mut self) {
        let entry_files = self.entry_files();
        let bindings = self.bindings(&entry_files);
        let setup = self.setup;
        let ids = ids(setup);
        let resolve = |reference: &Ref| -> Resolved {
            match template_name(&reference.value) {
                Some(name) => match bindings.get(name) {
                    Some(&object) => Resolved::Object(object),
                    None => Resolved::Unbound(name.to_owned()),
                },
                None => ids
                    .get(reference.value.as_str())
                    .map_or(Resolved::Nothing, |&object| Resolved::Object(object)),
            }
        };
        // A mapping's rule: its setup entry's `rule`, else its body's `rule.id`.
        // Both by object index: every object has a slot, and most have something in it.
        let mut entry_rule: Vec<Option<(usize, Span)>> = vec![None; setup.objects.len()];
        for (entry, &file) in self.setup.entries.iter().zip(&entry_files) {
            let Some((rule, _)) = &entry.rule else {
                continue;
            };
            let rule_object = bindings.get(rule.as_str());
            if let (Some(file), Some(&rule_object)) = (file, rule_object) {
                for (object, _) in self.objects_of(file) {
                    entry_rule[object] = Some((rule_object, entry.path_span));
                }
            }
        }
        let mut mappings_of: Vec<Vec<usize>> = vec![Vec::new(); setup.objects.len()];
        for (index, object) in setup.objects.iter().enumerate() {
            let Facts::Mapping { rule, .. } = &object.facts else {
                continue;
            };
            let from_entry = entry_rule[index].map(|(rule, _)| rule);
            let from_body = rule.as_ref().and_then(|rule| match resolve(rule) {
                Resolved::Object(found) => Some(found),
                _ => None,
            });
            if let Some(rule) = from_entry.or(from_body) {
                mappings_of[rule].push(index);
            }
        }
        for mappings in mappings_of.iter().filter(|mappings| mappings.len() > 1) {
            self.duplicate_targets(mappings);
        }
        let payloads = self.names.len() - usize::from(self.setup.has_setup_file);
        let mut first_plan: Option<usize> = None;
        for (index, object) in setup.objects.iter().enumerate() {
            match &object.facts {
                Facts::Rule {
                    plan,
                    source,
                    target,
                    parent,
                    active,
                    configuration,
                } => {
                    let plan = self.reference(object, plan.as_deref(), "plan", &resolve);
                    let source_store = self.reference(object, source.as_deref(), "store", &resolve);
                    let target_store = self.reference(object, target.as_deref(), "store", &resolve);
                    let parent_rule = self.reference(object, parent.as_deref(), "rule", &resolve);
                    let refs = RuleRefs {
                        source: source_store.zip(source.as_deref()),
                        target: target_store.zip(target.as_deref()),
                    };
                    self.direction(object, &refs);
                    self.ldap_configuration(object, &refs, *configuration);
                    if parent.is_some() {
                        // The parent rule's source store, resolved as any reference.
                        let parent_source =
                            parent_rule.and_then(|parent| match &setup.objects[parent].facts {
                                Facts::Rule {
                                    source: Some(source),
                                    ..
                                } => match resolve(source) {
                                    Resolved::Object(found) => Some((parent, found)),
                                    _ => None,
                                },
                                _ => None,
                            });
                        self.writeback(object, &refs, parent_source);
                    }
                    if let Some(active) = *active {
                        let mappings = &mappings_of[index];
                        self.active_rule(object, active, &refs, plan, mappings, payloads);
                    }
                }
                Facts::Mapping { rule, .. } => {
                    let body = self.reference(object, rule.as_deref(), "rule", &resolve);
                    if let (Some((entry_rule, _)), Some(rule)) = (entry_rule[index], rule) {
                        let moved = match body {
                            Some(found) => found != entry_rule,
                            None => {
                                template_name(&rule.value).is_none()
                                    && self.setup.objects[entry_rule]
                                        .id
                                        .as_deref()
                                        .is_some_and(|id| id != rule.value)
                            }
                        };
                        if moved {
                            let holds = self.describe(entry_rule);
                            self.finding(
                                object.file,
                                Code::Immutable,
                                Severity::Error,
                                &rule.pointer,
                                rule.span,
                                format!(
                                    "`rule.id` cannot change: the mapping belongs to {holds}, but `rule.id` names another rule"
                                ),
                            );
                        }
                    }
                }
                Facts::Plan { environment, .. } => match first_plan {
                    None => first_plan = Some(index),
                    Some(first) => self.second_plan(object, first, environment.as_deref()),
                },
                Facts::Store { .. } => {}
            }
        }
    }

    /// The input each setup-file entry binds, by normalised paths: one hash look-up
    /// an entry.
    fn entry_files(&self) -> Vec<Option<usize>> {
        let by_path: HashMap<Cow<'_, str>, usize> = self
            .names
            .iter()
            .enumerate()
            .map(|(index, name)| (normalise("", name), index))
            .collect();
        self.setup
            .entries
            .iter()
            .map(|entry| {
                let path = normalise(folder_of(self.names[entry.file]), &entry.path);
                by_path.get(path.as_ref()).copied()
            })
            .collect()
    }

    /// The objects of `file`, with their indices.
    fn objects_of(&self, file: usize) -> impl Iterator<Item = (usize, &Object)> {
        self.setup.of_file[file]
            .clone()
            .map(|index| (index, &self.setup.objects[index]))
    }

    /// Each name the setup file binds, to the first object of its file; a `reference`
    /// error for an entry whose file is not in the run or whose rule is not bound.
    fn bindings(&mut self, entry_files: &[Option<usize>]) -> HashMap<&'c str, usize> {
        let setup = self.setup;
        let mut bindings = HashMap::new();
        let mut faults = Vec::new();
        for (entry, &file) in setup.entries.iter().zip(entry_files) {
            match file {
                Some(file) => {
                    if let Some((object, _)) = self.objects_of(file).next() {
                        bindings.entry(entry.name.as_str()).or_insert(object);
                    }
                }
                None => faults.push((
                    entry.file,
                    format!("/objects/{}/file", escape(&entry.name)),
                    entry.path_span,
                    format!(
                        "`{}` binds `{}`, which is not among the files of this run: the file does not exist, or the run was not given it",
                        entry.name, entry.path
                    ),
                )),
            }
        }
        let names: std::collections::HashSet<&str> = self
            .setup
            .entries
            .iter()
            .map(|entry| entry.name.as_str())
            .collect();
        for entry in &self.setup.entries {
            if let Some((rule, span)) = &entry.rule
                && !names.contains(rule.as_str())
            {
                faults.push((
                    entry.file,
                    format!("/objects/{}/rule", escape(&entry.name)),
                    *span,
                    format!(
                        "`{}` names the rule `{rule}`, which no entry of `objects` binds",
                        entry.name
                    ),
                ));
            }
        }
        for (file, pointer, span, message) in faults {
            self.finding(
                file,
                Code::Reference,
                Severity::Error,
                &pointer,
                span,
                message,
            );
        }
        bindings
    }

    /// Resolves a reference of `object` that should lead to an object of `kind`: the
    /// object when it does; a `reference` finding when it leads to another kind, to
    /// nothing in a complete setup, or is a template variable the setup file does not
    /// bind.
    fn reference(
        &mut self,
        object: &Object,
        reference: Option<&Ref>,
        kind: &str,
        resolve: &impl Fn(&Ref) -> Resolved,
    ) -> Option<usize> {
        let reference = reference?;
        match resolve(reference) {
            Resolved::Object(found) if self.setup.objects[found].kind() == kind => Some(found),
            Resolved::Object(found) => {
                let holds = self.describe(found);
                self.finding(
                    object.file,
                    Code::Reference,
                    Severity::Error,
                    &reference.pointer,
                    reference.span,
                    format!(
                        "`{}` names {holds}, not a {kind}",
                        dotted(&reference.pointer)
                    ),
                );
                None
            }
            Resolved::Unbound(name) if self.setup.has_setup_file => {
                let (severity, why) = if self.setup.complete {
                    (Severity::Error, "the setup declares itself complete")
                } else {
                    (Severity::Warning, "bind it in `objects` to check it")
                };
                self.finding(
                    object.file,
                    Code::Reference,
                    severity,
                    &reference.pointer,
                    reference.span,
                    format!(
                        "`{}` is `{{{{{name}}}}}`, which the setup file does not bind: {why}",
                        dotted(&reference.pointer)
                    ),
                );
                None
            }
            Resolved::Nothing if self.setup.complete => {
                self.finding(
                    object.file,
                    Code::Reference,
                    Severity::Error,
                    &reference.pointer,
                    reference.span,
                    format!(
                        "`{}` names no {kind} of the setup, which declares itself complete",
                        dotted(&reference.pointer)
                    ),
                );
                None
            }
            Resolved::Unbound(_) | Resolved::Nothing => None,
        }
    }

    /// X1-X7: the rule's direction, from its stores' types.
    fn direction(&mut self, rule: &Object, refs: &RuleRefs<'_>) {
        let (Some((source, source_ref)), Some((target, target_ref))) = (refs.source, refs.target)
        else {
            return;
        };
        let (Some(source_type), Some(target_type)) =
            (self.store_type(source), self.store_type(target))
        else {
            return;
        };
        let (Some(from), Some(to)) = (class_of(&source_type), class_of(&target_type)) else {
            return;
        };
        // A documented direction: nothing to say, so no message is built.
        if matches!(
            (from, to),
            (Class::Directory, Class::OutboundOnly | Class::Both) | (Class::Both, Class::PingOne)
        ) {
            return;
        }
        let source_holds = self.describe(source);
        let target_holds = self.describe(target);
        let (severity, at, message) = match (from, to) {
            // Returned above.
            (Class::Directory, Class::OutboundOnly | Class::Both)
            | (Class::Both, Class::PingOne) => return,
            (Class::OutboundOnly, _) if source_type == "scim" => (
                Severity::Warning,
                source_ref,
                format!(
                    "`sourceStore.id` names {source_holds}: the current admin guide lists `scim` as outbound only (an older copy allowed inbound polling)"
                ),
            ),
            (Class::OutboundOnly, _) => (
                Severity::Error,
                source_ref,
                format!(
                    "`sourceStore.id` names {source_holds}: `{source_type}` supports outbound provisioning only, so it cannot be a rule's source"
                ),
            ),
            (Class::Both, Class::OutboundOnly | Class::Both) => (
                Severity::Error,
                target_ref,
                format!(
                    "`targetStore.id` names {target_holds} and the source is {source_holds}: PingOne must be either the source or the target"
                ),
            ),
            (Class::Both, Class::Directory) => (
                Severity::Error,
                target_ref,
                format!(
                    "`targetStore.id` names {target_holds}: the target of an inbound rule (from {source_holds}) must be a `PingOne` store"
                ),
            ),
            (Class::PingOne, Class::OutboundOnly | Class::Both) => (
                Severity::Error,
                source_ref,
                format!(
                    "`sourceStore.id` names {source_holds}: the source of an outbound rule (to {target_holds}) must be a `directory` store"
                ),
            ),
            (Class::Directory | Class::PingOne, Class::Directory | Class::PingOne) => (
                Severity::Warning,
                target_ref,
                format!(
                    "`targetStore.id` names {target_holds} and the source is {source_holds}: no documented rule connects two PingOne-side stores"
                ),
            ),
        };
        self.finding(
            rule.file,
            Code::Direction,
            severity,
            &at.pointer,
            at.span,
            message,
        );
    }

    /// X8-X10: a rule's `configuration` against its stores' types.
    fn ldap_configuration(
        &mut self,
        rule: &Object,
        refs: &RuleRefs<'_>,
        configuration: Option<(Span, u64)>,
    ) {
        let source_type = refs.source.and_then(|(store, _)| self.store_type(store));
        let target_type = refs.target.and_then(|(store, _)| self.store_type(store));
        let base = &rule.pointer;
        let at = configuration.map_or(rule.span, |(span, _)| Span::at(span.start));
        if target_type.as_deref() == Some("LdapGateway")
            && let Some((target, _)) = refs.target
        {
            let holds = self.describe(target);
            let present = configuration.map_or(0, |(_, present)| present);
            for (i, key) in outbound_ldap_keys() {
                if present & 1 << i == 0 {
                    self.finding(
                        rule.file,
                        Code::Required,
                        Severity::Error,
                        &format!("{base}/configuration/{key}"),
                        at,
                        format!(
                            "missing `{key}`, required because the target store is {holds} (outbound LDAP)"
                        ),
                    );
                }
            }
        }
        if source_type.as_deref() == Some("LdapGateway")
            && configuration.is_none()
            && let Some((source, _)) = refs.source
        {
            let holds = self.describe(source);
            self.finding(
                rule.file,
                Code::Required,
                Severity::Error,
                &format!("{base}/configuration"),
                rule.span,
                format!(
                    "missing `configuration`, required because the source store is {holds} (inbound LDAP)"
                ),
            );
        }
        if let (Some(source_type), Some(target_type), Some((span, _))) =
            (source_type, target_type, configuration)
            && source_type != "LdapGateway"
            && target_type != "LdapGateway"
        {
            self.finding(
                rule.file,
                Code::Ignored,
                Severity::Warning,
                &format!("{base}/configuration"),
                Span::at(span.start),
                format!(
                    "`configuration` is ignored: neither store is LdapGateway (`{source_type}` to `{target_type}`)"
                ),
            );
        }
    }

    /// X11: a writeback rule writes back to its parent's Workday source.
    fn writeback(
        &mut self,
        rule: &Object,
        refs: &RuleRefs<'_>,
        parent_source: Option<(usize, usize)>,
    ) {
        let Some((target, target_ref)) = refs.target else {
            return;
        };
        let target_holds = self.describe(target);
        if let Some(target_type) = self.store_type(target)
            && target_type != "Workday"
        {
            self.finding(
                rule.file,
                Code::Direction,
                Severity::Warning,
                &target_ref.pointer,
                target_ref.span,
                format!(
                    "`targetStore.id` names {target_holds}: writeback rules are specific to Workday (inferred from the writeback pages)"
                ),
            );
            return;
        }
        if let Some((parent, parent_source)) = parent_source
            && parent_source != target
        {
            let parent_holds = self.describe(parent);
            let source_holds = self.describe(parent_source);
            self.finding(
                rule.file,
                Code::Direction,
                Severity::Warning,
                &target_ref.pointer,
                target_ref.span,
                format!(
                    "`targetStore.id` names {target_holds}, but the parent rule, {parent_holds}, reads from {source_holds}: a writeback rule writes back to its parent's source"
                ),
            );
        }
    }

    /// X12, X13, X17, X18: what an active rule needs from the rest of the setup.
    fn active_rule(
        &mut self,
        rule: &Object,
        active: Span,
        refs: &RuleRefs<'_>,
        plan: Option<usize>,
        mappings: &[usize],
        payloads: usize,
    ) {
        let at = format!("{}/active", rule.pointer);
        if mappings.is_empty() && payloads > 1 {
            self.finding(
                rule.file,
                Code::NoMappings,
                Severity::Warning,
                &at,
                active,
                "the rule is active but no mapping of the setup belongs to it: create its mappings before enabling it".to_owned(),
            );
        }
        let source_type = refs.source.and_then(|(store, _)| self.store_type(store));
        let target_type = refs.target.and_then(|(store, _)| self.store_type(store));
        let needed = match (source_type.as_deref(), target_type.as_deref()) {
            (Some("Workday"), Some("PingOne")) => {
                Some(("wid", "externalId", "a Workday inbound rule"))
            }
            (_, Some("Workday"))
                if matches!(
                    rule.facts,
                    Facts::Rule {
                        parent: Some(_),
                        ..
                    }
                ) =>
            {
                Some(("externalId", "wid", "a Workday writeback rule"))
            }
            _ => None,
        };
        if let Some((from, to, what)) = needed
            && !mappings.is_empty()
            && !mappings.iter().any(|&mapping| {
                matches!(
                    &self.setup.objects[mapping].facts,
                    Facts::Mapping { source_attribute: Some(s), target_attribute: Some(t), .. }
                        if s == from && t == to
                )
            })
        {
            self.finding(
                rule.file,
                Code::NoMappings,
                Severity::Warning,
                &at,
                active,
                format!("{what} needs a mapping of `{from}` to `{to}` (Workday workflow steps 9 and 10), and none of its mappings is one"),
            );
        }
        let stores = [(refs.source, "source store"), (refs.target, "target store")]
            .map(|(store, role)| (store.map(|(store, _)| store), role));
        for (object, role) in stores.into_iter().chain([(plan, "plan")]) {
            let inactive = object.is_some_and(|object| {
                matches!(
                    self.setup.objects[object].facts,
                    Facts::Store { active: false, .. } | Facts::Plan { active: false, .. }
                )
            });
            let Some(object) = object.filter(|_| inactive) else {
                continue;
            };
            let why = if role == "plan" {
                "PingOne uses a plan only when it has an active status"
            } else {
                "the connection must be enabled to enable an associated rule"
            };
            let holds = self.describe(object);
            self.finding(
                rule.file,
                Code::Inactive,
                Severity::Warning,
                &at,
                active,
                format!("the rule is active but its {role}, {holds}, is not `ACTIVE`: {why}"),
            );
        }
    }

    /// X19 (opt-in): two mappings of one rule with the same `targetAttribute`.
    fn duplicate_targets(&mut self, mappings: &[usize]) {
        let setup = self.setup;
        let mut first: HashMap<&str, usize> = HashMap::new();
        for &mapping in mappings {
            let object = &setup.objects[mapping];
            let Facts::Mapping {
                target_attribute: Some(target),
                target_span: Some(span),
                ..
            } = &object.facts
            else {
                continue;
            };
            match first.get(target.as_str()) {
                None => _ = first.insert(target, mapping),
                Some(&earlier) => {
                    let holds = self.describe(earlier);
                    self.finding(
                        object.file,
                        Code::DuplicateTarget,
                        Severity::Warning,
                        &format!("{}/targetAttribute", object.pointer),
                        *span,
                        format!(
                            "`{target}` is also the target of {holds}, a mapping of the same rule"
                        ),
                    );
                }
            }
        }
    }

    /// X14: one plan per environment.
    fn second_plan(&mut self, plan: &Object, first: usize, environment: Option<&str>) {
        let Facts::Plan {
            environment: first_environment,
            ..
        } = &self.setup.objects[first].facts
        else {
            return;
        };
        let holds = self.describe(first);
        let (severity, why) = match (environment, first_environment.as_deref()) {
            (Some(this), Some(that)) if this == that => (
                Severity::Error,
                "both are in the same environment".to_owned(),
            ),
            (Some(_), Some(_)) => return,
            _ => (
                Severity::Warning,
                "assuming one environment per setup".to_owned(),
            ),
        };
        self.finding(
            plan.file,
            Code::OnePlan,
            severity,
            &plan.pointer,
            plan.span,
            format!("a second plan: the setup already has {holds}, and PingOne allows one plan per environment ({why})"),
        );
    }

    fn store_type(&self, store: usize) -> Option<String> {
        match &self.setup.objects[store].facts {
            Facts::Store { store_type, .. } => store_type.clone(),
            _ => None,
        }
    }

    /// How a message names an object: what it is, its name, and where it is.
    fn describe(&self, index: usize) -> String {
        let object = &self.setup.objects[index];
        let what = match &object.facts {
            Facts::Store {
                store_type: Some(store_type),
                ..
            } => format!("the `{store_type}` store"),
            _ => format!("the {}", object.kind()),
        };
        let name = object
            .name
            .as_deref()
            .map(|name| format!(" `{name}`"))
            .unwrap_or_default();
        let file = self.names[object.file];
        let place = if object.pointer.is_empty() {
            format!("`{file}`")
        } else {
            format!("`{file}` at `{}`", object.pointer)
        };
        format!("{what}{name} ({place})")
    }

    #[allow(clippy::too_many_arguments)]
    fn finding(
        &mut self,
        file: usize,
        code: Code,
        severity: Severity,
        pointer: &str,
        span: Span,
        message: String,
    ) {
        let pointer = JsonPointer::parse(pointer).unwrap_or_else(|_| JsonPointer::root());
        self.reports[file].push(
            Diagnostic::new(code, pointer, message)
                .with_severity(severity)
                .with_span(Some(span)),
        );
    }
}

/// Each object's `id`, to the first object that has it.
fn ids(setup: &Setup) -> HashMap<&str, usize> {
    let mut ids = HashMap::new();
    for (index, object) in setup.objects.iter().enumerate() {
        if let Some(id) = &object.id {
            ids.entry(id.as_str()).or_insert(index);
        }
    }
    ids
}

/// The source and target store of a rule, each with its reference member.
struct RuleRefs<'r> {
    source: Option<(usize, &'r Ref)>,
    target: Option<(usize, &'r Ref)>,
}

/// `/sourceStore/id` as `sourceStore.id` (the last two segments), for messages.
fn dotted(pointer: &str) -> String {
    let mut segments: Vec<&str> = pointer.rsplit('/').take(2).collect();
    segments.reverse();
    segments.join(".")
}

/// A JSON Pointer segment for `key` (RFC 6901: `~` as `~0`, `/` as `~1`).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn a_setup_entry_and_a_shown_path_of_one_file_have_one_key() {
        // Plain paths are their own key; the others are folded to the same one.
        for (folder, path, key) in [
            ("/tmp/s", "stores/a.json", "/tmp/s/stores/a.json"),
            ("/tmp/s", "./stores//a.json", "/tmp/s/stores/a.json"),
            ("/tmp/s", "x/../stores/a.json", "/tmp/s/stores/a.json"),
            ("/tmp/s", "/abs/a.json", "/abs/a.json"),
            ("s", "a.json", "s/a.json"),
            ("./s", "a.json", "s/a.json"),
            ("", "a.json", "a.json"),
            ("", "s\\a.json", "s/a.json"),
            ("s", "../../a.json", "../a.json"),
        ] {
            assert_eq!(normalise(folder, path), key, "{folder} + {path}");
        }
    }
}
