//! The setup file, `pingone-setup.json` (propagation.md A5): it binds the names that
//! request bodies use as references (`{{ruleID}}`) to the files that hold the objects.

use crate::model::decl::{BoolRule, KeyDecl, Need, ObjectDecl, Source, Text, ValueRule};

const CONTRACT: &[Source] = &[Source::Other(
    "propagation.md A5 (this product's setup file)",
)];

/// An entry of the setup file's `objects`: the file that holds the object a name stands
/// for.
pub static SETUP_ENTRY: ObjectDecl = ObjectDecl {
    name: "SetupEntry",
    doc: "The object a name stands for: the file that holds it and, for a mapping request \
          (whose rule is in the URL, not the body), the name of its rule.",
    keys: &[
        KeyDecl {
            doc: "The file, relative to the setup file's folder.",
            need: Need::Required,
            sources: CONTRACT,
            // A path of the run: the checks across files name it in their messages.
            shown_text: true,
            ..KeyDecl::new("file", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "For a mapping: the name (another entry) of the rule it belongs to.",
            sources: CONTRACT,
            // A name of the setup file's own, as the keys of `objects` are.
            shown_text: true,
            ..KeyDecl::new("rule", ValueRule::Text(Text::NotBlank))
        },
        KeyDecl {
            doc: "The file's payload kind, as `--payload` spells it (`mapping`, \
                  `metadata:LdapGateway`): it decides the kind after `--payload` and a \
                  `[[kind]]` entry of the configuration file, before the file name \
                  (propagation.md A4 step 1).",
            sources: CONTRACT,
            ..KeyDecl::new("kind", ValueRule::Text(Text::PayloadKind))
        },
    ],
    switch: None,
};

/// The setup file.
pub static SETUP: ObjectDecl = ObjectDecl {
    name: "Setup",
    doc: "The setup file: which file holds the object each reference name stands for, and \
          whether the setup holds every object its references need.",
    keys: &[
        KeyDecl {
            doc: "The version of the setup file's format: `1`.",
            need: Need::Required,
            sources: CONTRACT,
            ..KeyDecl::new("setup", ValueRule::Count)
        },
        KeyDecl {
            doc: "`true`: every reference must resolve in the setup (an unresolved one is a \
                  `reference` error); otherwise unresolved references are not reported.",
            sources: CONTRACT,
            ..KeyDecl::new("complete", ValueRule::Bool(BoolRule::Any))
        },
        KeyDecl {
            doc: "Each name (`planID`, `sourceStoreID`, ...) with the file of its object.",
            sources: CONTRACT,
            ..KeyDecl::new("objects", ValueRule::MapOf(&SETUP_ENTRY))
        },
    ],
    switch: None,
};
