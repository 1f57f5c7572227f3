//! The documentation of every rule, written once: `pingone-store explain` prints it,
//! `pingone-store rules` lists the codes, and the generated rules document and SARIF
//! help read the same text.

use super::Code;

impl Code {
    /// What the rule checks and why, and how to fix a finding: markdown, one or more
    /// paragraphs, JSON names in backticks. [`Code::summary`] is its first sentence
    /// in short.
    #[must_use]
    pub const fn documentation(self) -> &'static str {
        match self {
            Self::Syntax => {
                "The text must be exactly one JSON document (RFC 8259). Comments, trailing commas, \
                 single quotes, Ruby's `=>`, unquoted keys and a second document after the first are \
                 not JSON; the message gives a hint for each. Nesting deeper than 128 levels is also \
                 refused, so that no input can exhaust the stack.\n\n\
                 A file that does not parse is not checked any further, so this rule is always an \
                 error: it cannot be made a warning or turned off."
            }
            Self::DuplicateKey => {
                "An object holds the same key twice. JSON does not say which value a reader keeps \
                 (RFC 8259 section 4), so PingOne may see another value than the one you meant, \
                 or refuse the body. Each repetition is reported at its own pointer, in every \
                 object, also in parts the model does not check.\n\n\
                 Fix: keep one member per key."
            }
            Self::Type => {
                "A value has another JSON type than its member expects: a string where a boolean \
                 is expected (`\"true\"` for `true`), a number for a string, an object for an \
                 array. `null` is never accepted in place of a value: leave the member out \
                 instead. A count (`syncStatus.failedCount`, `userTotal`...) must be a whole \
                 number, as JSON Schema's `integer` type reads it: `3.0` is one, `2.5` is a \
                 `type` finding (a negative count is a `range` finding).\n\n\
                 Where only a community source gives a key another type (ServiceNow \
                 `DEPROVISION_USERS` as a string), the other type is a warning.\n\n\
                 Fix: write the value with the JSON type the message names."
            }
            Self::Required => {
                "A member the API needs is missing: `name`, `type` and `configuration` in every \
                 store (`configuration` may be left out of a `directory` store), the required \
                 keys of each store type's `configuration`, and, where a key such as \
                 `AUTHENTICATION_METHOD` decides them (Zoom, scim), the keys of the method in \
                 use. In a response, `id`, `environment`, `createdAt` and `updatedAt` are \
                 required too, but a missing secret is not (the API may withhold it).\n\n\
                 A key the official sources disagree on (required by the request model, but \
                 left out of PingOne's own example) is a warning whose message says the \
                 doubt.\n\n\
                 The finding's pointer is the missing member; its line and column are those of \
                 the object it is missing from. The message says why a conditional key is \
                 required; where `AUTHENTICATION_METHOD` is absent and its default applies \
                 while keys of another method are present, it says to set \
                 `AUTHENTICATION_METHOD`."
            }
            Self::Empty => {
                "A string that names or authenticates something is empty or holds only white \
                 space: the store's `name`, a key the sources say must not be empty (Zoom's \
                 credentials), and any secret of any store type (a password, client secret, \
                 token or API key). PingOne accepts some of them and provisioning then fails at \
                 the first synchronization. Where no source states the rule (the secrets of \
                 every type but Zoom), it is a warning.\n\n\
                 Fix: fill in the value, or a template variable (`{{name}}`) that your tooling \
                 replaces before the payload is sent."
            }
            Self::Enum => {
                "A value is not one of the documented values: `type` (the 14 store types), \
                 `status` (`ACTIVE`, `INACTIVE`), and each store type's value sets \
                 (`AUTHENTICATION_METHOD`, `REMOVE_ACTION`, LdapGateway's `LDAP_TYPE`, \
                 PingOne's `REGION`...). Values are compared exactly: case and spaces matter. \
                 The nearest allowed value is suggested, and the spellings other tools use \
                 (`GithubEMU`, `SCIM`) suggest the documented one.\n\n\
                 Where the sources disagree on the set (scim's `AUTHENTICATION_METHOD`, \
                 PingOne's `REGION`), another value is a warning; so is an allowed value that \
                 only a community source advises against (Slack's `DISABLE_USERS` other than \
                 `true`).\n\n\
                 An `AUTHENTICATION_METHOD` that is not allowed is one finding and nothing else: \
                 the keys of no method are required then."
            }
            Self::Format => {
                "A string is not in the format its member needs: every configuration key whose \
                 name ends in `_URL` or `_Url` (and scim's `OAUTH_TOKEN_REQUEST`), `image.href` \
                 and `_links.*.href` must be absolute `http` or `https` URLs with a host (RFC \
                 3986); `id` and `environment.id` hyphenated UUIDs; `createdAt`, `updatedAt` and \
                 `syncStatus.lastSyncAt` RFC 3339 date-times. A template variable (`{{name}}`) \
                 passes the URL check, with a `placeholder` finding."
            }
            Self::Range => {
                "A count of `syncStatus` (`failedCount`, `failedDeprovisionCount`, \
                 `successCount`, `userTotal`) must be zero or more: `-1` is out of range. A \
                 count that is not a whole number (`2.5`) is a `type` finding, as JSON Schema's \
                 `integer` type reads it (`3.0` is a whole number)."
            }
            Self::UnknownProperty => {
                "A member the model does not define, usually a misspelled key: the nearest known \
                 key is suggested. In a request it is an error, since PingOne refuses a body with \
                 an unknown member; in a response it is a warning, since the API may add members \
                 that this version does not know.\n\n\
                 Fix: correct the spelling, or remove the member. `$schema`, which editors use to \
                 find a schema, is unknown to PingOne too."
            }
            Self::ReadOnly => {
                "A member that PingOne sets itself (`id`, `environment`, `createdAt`, \
                 `updatedAt`, `syncStatus`, `_links`) is in a request. The API ignores it, so \
                 its value is not checked; it usually means a response was pasted as a request.\n\n\
                 Fix: remove the member, or lint the file as a response (`--kind response`, or a \
                 `[[kind]]` entry in `.pingone-store.toml`)."
            }
            Self::Deprecated => {
                "A key, a value or an authentication method that PingOne's request model marks \
                 deprecated is sent: the provisioning options of several store types \
                 (`createNewUsers`, `CREATE_USERS_PROV_OPT`, ...: use `CREATE_USERS` and its \
                 siblings), ServiceNow's old URL key, and Zoom's `JWT Bearer Token` method with \
                 its keys `API_KEY` and `API_SECRET`, which use Zoom's JWT app type, ended on \
                 2023-09-08 (a key of that method is deprecated whatever the method in use; \
                 `JWT Bearer Token` is also what PingOne assumes when Zoom's \
                 `AUTHENTICATION_METHOD` is absent).\n\n\
                 Fix: use what the message names instead (for Zoom, a Server-to-Server OAuth \
                 app with `AUTHENTICATION_METHOD` set to `OAuth Bearer Token`)."
            }
            Self::Ignored => {
                "A key of an authentication method that is not in use, where the store type's \
                 method decides its keys and PingOne drops the others (Zoom: `API_KEY` under \
                 `OAuth Bearer Token`). It is still checked for its type and for being empty. \
                 It is often a leftover of a migration, and may be a secret that should not be \
                 stored at all.\n\n\
                 Fix: remove the key."
            }
            Self::InsecureUrl => {
                "A URL of a store's `configuration` (`SCIM_URL`, `OAUTH_TOKEN_URL`, `BASE_URL`, \
                 ...) is an `http:` URL. Credentials travel to it in clear text, and services \
                 such as Zoom serve their API over HTTPS only, so the URL will not work; the \
                 message says which.\n\n\
                 Fix: use `https:` (for Zoom, `https://api.zoom.us/scim2` and \
                 `https://zoom.us/oauth/token`)."
            }
            Self::Placeholder => {
                "A value holds a template variable such as `{{oauthClientId}}` (letters, digits, \
                 `_`, `.` and `-` between double braces). Templates are fine while payloads are \
                 kept in a repository, but the variable must be replaced before the payload is \
                 sent. It satisfies the string, not-empty and URL checks; it satisfies no enum, \
                 boolean, UUID or date-time.\n\n\
                 For payloads that must be final, make it an error: `--deny-placeholders`, or \
                 `placeholder = \"error\"` under `[rules]` in `.pingone-store.toml`."
            }
            Self::Encoding => {
                "The bytes of the file are not UTF-8, the encoding JSON requires (RFC 8259 \
                 section 8.1): often a file saved as UTF-16 or Latin-1 by an editor. The message \
                 gives the offset of the first invalid byte.\n\n\
                 A file that is not text is not checked any further, so this rule is always an \
                 error."
            }
            Self::ByteOrderMark => {
                "The file starts with a UTF-8 byte order mark (`EF BB BF`), which JSON does not \
                 allow (RFC 8259 section 8.1). The rest of the file is checked normally, but some \
                 tools refuse such a file.\n\n\
                 Fix: save the file as UTF-8 without a byte order mark."
            }
            Self::TooLarge => {
                "The file is larger than the linter's size limit (`--max-file-size`, 10 MiB by \
                 default) and was not read: a store payload is a few kilobytes. The limit keeps \
                 a stray large file from exhausting memory in CI.\n\n\
                 Raise `--max-file-size` to lint the file anyway. The file was not checked, so \
                 this rule is always an error."
            }
            Self::AmbiguousKind => {
                "The linter could not decide which payload the file is: its name does not end in \
                 `.<kind>.json` (`.plan.json`, `.rule.json`, `.mapping.json`, \
                 `.metadata.LdapGateway.json`, ...) and its members belong to more than one kind \
                 (`targetAttribute` of a mapping beside `sourceStore` of a rule), or it looks like \
                 a store metadata request, whose type only the request path names. The file is \
                 not checked any further: a guess would report faults of the wrong kind.\n\n\
                 Fix: name the kind with `--payload KIND` (`--payload rule`, `--payload \
                 metadata:LdapGateway`), a `payload` in a `[[kind]]` entry of \
                 `.pingone-store.toml`, or a file name ending in `.<kind>.json`."
            }
            Self::Conflict => {
                "Two members that exclude each other are both present: a mapping takes its value \
                 from `sourceAttribute` or from `expression`, \"either ... is required but not \
                 both\" (mapping data model). The finding is at the second of the two in the \
                 file.\n\n\
                 Fix: keep one of them."
            }
            Self::OneOf => {
                "An object has neither of two members of which exactly one is required: a \
                 mapping needs `sourceAttribute` (an attribute of the source store) or \
                 `expression` (a PingOne Expression Language expression). The finding is at the \
                 object.\n\n\
                 Fix: add one of them."
            }
            Self::Filter => {
                "A rule's `populationExpression` selects the users to provision with \"a SCIM \
                 filter applied to any user attribute of the source identity store\" (rules \
                 page): `population.id eq \"{{popID}}\"`, `supervisoryOrg eq \"Human \
                 Resources\"`. It is checked against the filter grammar of RFC 7644 section \
                 3.4.2.2: attribute paths, the operators `eq`, `ne`, `co`, `sw`, `ew`, `gt`, \
                 `ge`, `lt`, `le` and `pr` (any case), `and`, `or`, `not`, parentheses and \
                 `[...]` value filters, values as quoted strings, numbers, `true`, `false` or \
                 `null`. PingOne names only `sw`, `ew`, `co` and `eq` and did not publish its \
                 grammar, so a fault is a warning; the message gives the character where the \
                 filter stops parsing. Attribute names are not checked against the store's \
                 metadata."
            }
            Self::Direction => {
                "A rule connects a source store to a target store, and only some pairs are \
                 documented. Outbound: a `directory` store to an external store. Inbound: a \
                 `Workday` or `LdapGateway` store to a `PingOne` store. An outbound-only type \
                 (Zoom, Slack, Salesforce, ...) is never a source (`scim` only a warning: an \
                 older admin guide allowed it), two external stores are refused (\"PingOne \
                 must be either the source or target\"), an inbound rule must target a \
                 `PingOne` store and an outbound rule come from a `directory` store. Two \
                 PingOne-side stores, and a writeback rule whose target is not the parent \
                 rule's Workday source, are warnings.\n\n\
                 Checked across the files of one run, when both stores are in it. The finding \
                 is at `/sourceStore/id` or `/targetStore/id` and names the store's file."
            }
            Self::Reference => {
                "A reference names an object of the setup: `plan.id`, `sourceStore.id`, \
                 `targetStore.id`, `parentRule.id`, a mapping's `rule.id`. A template variable \
                 (`{{ruleID}}`) resolves through the setup file `pingone-setup.json`, a UUID to \
                 the response or list item with that `id`. An error: a reference to an object \
                 of the wrong kind, a setup-file entry whose file is not in the run, and, in a \
                 setup that declares `\"complete\": true`, a reference that resolves to \
                 nothing. A template variable in a reference that the setup file does not bind \
                 is a warning. Without `complete`, an unresolved reference is not reported: the \
                 object may exist only in the tenant. In a Postman collection (a setup of its \
                 own), a name is bound to the create request whose test script sets it \
                 (`pm.environment.set(\"ruleID\", ...)`: inferred, matched as text); two create \
                 requests setting one name is a warning, and neither binds it; the path ids of a \
                 URL are references: a mapping created under `rules/{{ruleID}}` without a \
                 `rule.id` is in that rule, a rule created under `plans/{{planID}}/rules` \
                 without a `plan` is in that plan, and such a variable that a request creating \
                 something else sets is an error, at the variable in the URL; a setup file in the \
                 run adds the run's files to a collection's setup, and a name it binds is its \
                 own even where a script sets it. A rule created under `plans/{planID}/rules` whose `plan.id` names \
                 another plan (both literal or both variables) is a warning: that the two must \
                 agree is inferred."
            }
            Self::OnePlan => {
                "The plans page says there is one plan per environment. A second plan in the \
                 setup is an error when both name the same environment (`environment.id` of a \
                 response, or a collection request's URL environment when resolved), else a warning that assumes one environment per setup. The \
                 finding is at `\"\"` of the second plan and names the first."
            }
            Self::NoMappings => {
                "A rule switched on (`\"active\": true`) with no attribute mapping in the \
                 setup: the community Terraform provider notes that a rule needs mappings \
                 before it is enabled. A Workday inbound rule also needs `wid` mapped to \
                 `externalId`, and its writeback rule `externalId` to `wid` (Workday workflow \
                 steps 9 and 10). Only in a setup of more than one payload: a rule linted \
                 alone says nothing about its mappings."
            }
            Self::Inactive => {
                "A rule switched on (`\"active\": true`) whose source or target store has \
                 `status` absent or `INACTIVE` (\"the connection must be enabled to enable an \
                 associated rule\"), or whose plan is not `ACTIVE` (the engine uses a plan \
                 only \"when it has an active status\"): the rule will not provision."
            }
            Self::DuplicateTarget => {
                "Two mappings of one rule fill the same `targetAttribute`, so one overwrites the \
                 other. No PingOne source forbids it (an expression may be meant to win), so the \
                 rule is off by default: turn it on with `duplicate-target = \"warning\"` under \
                 `[rules]` in `.pingone-store.toml`. The finding is at the second mapping's \
                 `targetAttribute` and names the first mapping's file."
            }
            Self::Immutable => {
                "A mapping's `rule.id` is immutable: a mapping update whose `rule.id` differs \
                 from the rule the mapping belongs to (the setup file's `rule` for it) would \
                 move it, which PingOne does not allow.\n\n\
                 Fix: send the rule's own ID, or leave `rule` out."
            }
        }
    }

    /// A payload that shows a finding of this code and of no other, for the
    /// documentation: a request body, or a response where [`Example::response`] says
    /// so. `None` where no JSON text can show it (`encoding` needs bytes that are not
    /// UTF-8, `too-large` a file over the size limit). A test checks every example.
    #[must_use]
    pub const fn example(self) -> Option<Example> {
        let (text, response) = match self {
            Self::Syntax => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
}
"#,
                false,
            ),
            Self::DuplicateKey => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "name": "Zoom (new)",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::Type => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "managed": "true",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::Required => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "configuration": {
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::Empty => (
                r#"{
  "name": " ",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::Enum => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "status": "active",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::Format => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "image": {"href": "/icons/zoom.png"},
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::UnknownProperty => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "desciption": "provisioning",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::ReadOnly => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "createdAt": "2024-05-01T09:30:00Z",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::Deprecated => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "API_KEY": "not-a-real-key",
    "API_SECRET": "not-a-real-secret"
  }
}
"#,
                false,
            ),
            Self::Ignored => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token",
    "API_KEY": "not-a-real-key"
  }
}
"#,
                false,
            ),
            Self::InsecureUrl => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "http://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            Self::Placeholder => (
                r#"{
  "name": "Zoom",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "{{zoomClientSecret}}",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#,
                false,
            ),
            // A byte order mark, then the text.
            Self::ByteOrderMark => (
                concat!(
                    "\u{feff}",
                    r#"{
  "name": "Zoom",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  }
}
"#
                ),
                false,
            ),
            Self::Range => (
                r#"{
  "id": "5ee3a8a6-2c0a-4c8e-9d0f-0b0e4f9f1a11",
  "environment": {"id": "0c5a8f1e-7d2b-4e39-8a41-6f0d2b9c3e77"},
  "createdAt": "2024-05-01T09:30:00Z",
  "updatedAt": "2024-05-01T09:30:00Z",
  "name": "Zoom",
  "type": "Zoom",
  "configuration": {
    "SCIM_URL": "https://api.zoom.us/scim2",
    "AUTHENTICATION_METHOD": "OAuth Bearer Token",
    "OAUTH_ACCOUNT_ID": "a1B2c3",
    "OAUTH_CLIENT_ID": "zoom-client",
    "OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "OAUTH_TOKEN_URL": "https://zoom.us/oauth/token"
  },
  "syncStatus": {"failedCount": -1}
}
"#,
                true,
            ),
            Self::Conflict => {
                return Some(Example {
                    text: r#"{
  "sourceAttribute": "accountId",
  "expression": "user.email",
  "targetAttribute": "userName",
  "name": "Zoom user name"
}
"#,
                    response: false,
                    payload: "mapping",
                    also: &[],
                });
            }
            Self::OneOf => {
                return Some(Example {
                    text: r#"{
  "targetAttribute": "userName",
  "name": "Zoom user name"
}
"#,
                    response: false,
                    payload: "mapping",
                    also: &[],
                });
            }
            Self::Filter => {
                return Some(Example {
                    text: r#"{
  "name": "Directory to Zoom",
  "plan": {"id": "70a2dd92-da36-449b-bd70-6a5955af1364"},
  "sourceStore": {"id": "fdad63d8-591c-4cb2-a682-1ce6989ffd88"},
  "targetStore": {"id": "4e1b141b-ba0c-4922-a592-c86f2f802b35"},
  "populationExpression": "population.id equals \"1425fb3b-476e-4cbe-9ef4-e06a52b74ab8\""
}
"#,
                    response: false,
                    payload: "rule",
                    also: &[],
                });
            }
            Self::AmbiguousKind => {
                return Some(Example {
                    text: r#"{
  "name": "Zoom users",
  "sourceStore": {"id": "{{sourceStoreID}}"},
  "targetAttribute": "userName"
}
"#,
                    response: false,
                    payload: "",
                    also: &[],
                });
            }
            // No one payload shows them: they need the files of a setup.
            Self::Direction
            | Self::Reference
            | Self::OnePlan
            | Self::NoMappings
            | Self::Inactive
            | Self::Immutable
            | Self::DuplicateTarget => return None,
            Self::Encoding | Self::TooLarge => return None,
        };
        // A key of Zoom's deprecated method is deprecated under any method, so no
        // payload shows `ignored` alone.
        let also: &[Code] = match self {
            Self::Ignored => &[Self::Deprecated],
            _ => &[],
        };
        Some(Example {
            text,
            response,
            payload: "store",
            also,
        })
    }
}

/// A payload that shows a rule's finding ([`Code::example`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Example {
    /// The JSON text.
    pub text: &'static str,
    /// Whether it is a response (`--kind response`) rather than a request body.
    pub response: bool,
    /// The payload it is, as `--payload` spells it (`store`, `mapping`); empty when the
    /// linter decides it from the payload's shape.
    pub payload: &'static str,
    /// The codes that necessarily come with this one in the example: a key of a
    /// deprecated authentication method that is not in use is both `ignored` and
    /// `deprecated`.
    pub also: &'static [Code],
}
