//! What the walker asks of a declared object, worked out once per declaration: which
//! of its keys a member name is (a small hash table instead of a comparison with every
//! declared key), which keys select a sibling's declaration, which is the switch key,
//! and which keys a missing-key finding can concern.
//!
//! The declarations are `static` and fixed, so the tables of every object reachable
//! from the [`ROOTS`] are built on first use and kept; an object outside them (none
//! today) gets its table built on the spot.

use std::sync::LazyLock;

use super::PayloadKind;
use crate::model::decl::{KeyDecl, Need, ObjectDecl, Selection, ValueRule};
use crate::model::declarations::{ROOTS, STORE};

/// Slots of a key table: a power of two, more than twice the most keys an object may
/// have (64, the bits of the walker's `Seen` set), so a probe always ends at an empty
/// slot.
const SLOTS: usize = 128;
const EMPTY: u8 = u8::MAX;

/// The lookup tables of one declared object.
#[derive(Clone, Copy)]
pub(crate) struct KeyIndex {
    /// Open addressing with linear probing: a slot holds the index of a key in
    /// `ObjectDecl::keys`, or [`EMPTY`].
    slots: [u8; SLOTS],
    /// The keys (a bit per index) whose value selects a sibling's declaration.
    pub(crate) selectors: u64,
    /// The index of the switch key, when the object has a switch.
    pub(crate) switch: Option<usize>,
    /// The keys whose presence depends on a sibling ([`KeyDecl::relation`]).
    pub(crate) related: u64,
    /// The keys whose absence is a finding, for a request and for a response (the
    /// switch and the selection may still excuse them).
    reportable: [u64; 2],
}

/// Where a key's probe starts: its length and three of its bytes, mixed by a
/// multiplication (keys of one object differ in these far more often than not).
#[inline]
fn slot_of(key: &[u8]) -> usize {
    let (first, middle, last) = match key {
        [] => (0, 0, 0),
        [first, ..] => (*first, key[key.len() / 2], key[key.len() - 1]),
    };
    let mixed = (key.len() as u64)
        | u64::from(first) << 16
        | u64::from(middle) << 24
        | u64::from(last) << 32;
    // The top seven bits of the product: SLOTS is 2^7.
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as usize
}

impl KeyIndex {
    /// The tables of an object without keys.
    const EMPTY: Self = Self {
        slots: [EMPTY; SLOTS],
        selectors: 0,
        switch: None,
        related: 0,
        reportable: [0; 2],
    };

    /// The tables of `decl`, built from its keys.
    ///
    /// # Panics
    /// When `decl` has more than 64 keys (a unit test holds the declarations to it).
    pub(crate) fn new(decl: &ObjectDecl) -> Self {
        assert!(decl.keys.len() <= 64, "{} has too many keys", decl.name);
        let mut index = Self::EMPTY;
        for (i, key) in decl.keys.iter().enumerate() {
            let mut slot = slot_of(key.name.as_bytes());
            while index.slots[slot] != EMPTY {
                slot = (slot + 1) % SLOTS;
            }
            index.slots[slot] = u8::try_from(i).unwrap_or(EMPTY);
            let bit = 1u64 << i;
            if decl.keys.iter().any(|sibling| {
                matches!(sibling.value, ValueRule::SelectedBy(selection) if selection.by == key.name)
            }) {
                index.selectors |= bit;
            }
            if key.relation.is_some() {
                index.related |= bit;
            }
            if decl.switch.is_some_and(|switch| switch.key == key.name) && index.switch.is_none() {
                index.switch = Some(i);
            }
            let (request, response) = match key.need {
                Need::Required | Need::Doubtful(_) => (true, true),
                // Only in an update request: the walk asks the options.
                Need::InUpdate(_) => (true, false),
                Need::ReadOnlyRequired => (false, true),
                Need::Optional | Need::ReadOnly => (false, false),
            };
            if request {
                index.reportable[0] |= bit;
            }
            // The API may withhold a secret: a response without one is no finding.
            if response && !key.secret {
                index.reportable[1] |= bit;
            }
        }
        index
    }

    /// The tables of `decl`, built once for every object reachable from the [`ROOTS`].
    pub(crate) fn of(decl: &'static ObjectDecl) -> Option<&'static Self> {
        let tables = TABLES.entries();
        tables
            .binary_search_by_key(&address(decl), |(d, _)| address(d))
            .ok()
            .map(|found| &tables[found].1)
    }

    /// The key of `decl` (the object these tables were built from) named `name`.
    #[inline]
    pub(crate) fn find(
        &self,
        decl: &'static ObjectDecl,
        name: &str,
    ) -> Option<(usize, &'static KeyDecl)> {
        let mut slot = slot_of(name.as_bytes());
        loop {
            let i = usize::from(self.slots[slot]);
            let declared = decl.keys.get(i)?;
            if declared.name == name {
                return Some((i, declared));
            }
            slot = (slot + 1) % SLOTS;
        }
    }

    /// The keys whose absence from a payload of `kind` is a finding.
    pub(crate) const fn reportable(&self, kind: PayloadKind) -> u64 {
        match kind {
            PayloadKind::Request => self.reportable[0],
            PayloadKind::Response => self.reportable[1],
        }
    }
}

/// The most declared objects with tables built ahead (there are 33 today); any further
/// object gets its table built on the spot.
const MAX_OBJECTS: usize = 64;

/// The tables of every object reachable from the [`ROOTS`], sorted by the object's address.
/// A fixed array, not a `Vec`: the valid path allocates nothing, its first call included.
struct Tables {
    len: usize,
    entries: [(&'static ObjectDecl, KeyIndex); MAX_OBJECTS],
}

fn address(decl: &ObjectDecl) -> usize {
    std::ptr::from_ref(decl) as usize
}

impl Tables {
    fn entries(&self) -> &[(&'static ObjectDecl, KeyIndex)] {
        &self.entries[..self.len]
    }

    fn build() -> Self {
        // The objects first (breadth first: the list so far is the work list), sorted
        // by address; then their tables, built in place.
        let mut objects: [&'static ObjectDecl; MAX_OBJECTS] = [&STORE; MAX_OBJECTS];
        let mut len = 0;
        for root in ROOTS {
            if len < MAX_OBJECTS && !objects[..len].iter().any(|d| std::ptr::eq(*d, *root)) {
                objects[len] = root;
                len += 1;
            }
        }
        let mut next = 0;
        while next < len {
            let decl = objects[next];
            next += 1;
            for child in decl.children() {
                if len < MAX_OBJECTS && !objects[..len].iter().any(|d| std::ptr::eq(*d, child)) {
                    objects[len] = child;
                    len += 1;
                }
            }
        }
        objects[..len].sort_unstable_by_key(|decl| address(decl));
        let mut tables = Self {
            len,
            entries: [(&STORE, KeyIndex::EMPTY); MAX_OBJECTS],
        };
        for (entry, decl) in tables.entries.iter_mut().zip(&objects[..len]) {
            *entry = (decl, KeyIndex::new(decl));
        }
        tables
    }
}

static TABLES: LazyLock<Tables> = LazyLock::new(Tables::build);

/// The values of `selection` whose declaration has `key` in its request model, in
/// declaration order: [`Selection::values_with_key`], by a table of every selected
/// declaration's keys built once (instead of a look-up in each of the 14
/// configurations).
pub(crate) fn values_with_key(
    selection: &'static Selection,
    key: &str,
) -> impl Iterator<Item = &'static str> {
    let at = std::ptr::from_ref(selection) as usize;
    let table = &*SELECTED_KEYS;
    let known = table.selections.binary_search(&at).is_ok();
    let first = table
        .keys
        .partition_point(|&(name, by, _)| (name, by) < (key, at));
    let tabled = table.keys[first..]
        .iter()
        .take_while(move |&&(name, by, _)| known && name == key && by == at)
        .map(|&(_, _, case)| selection.cases[case].0);
    let worked_out = (!known)
        .then(|| selection.values_with_key(key))
        .into_iter()
        .flatten();
    tabled.chain(worked_out)
}

/// The keys of the declarations of every selection reachable from [`STORE`].
struct SelectedKeys {
    /// The selections' addresses, sorted.
    selections: Vec<usize>,
    /// `(key, selection address, index of the case)`, sorted: a key of the request
    /// model (not an example-only key) of that case's declaration.
    keys: Vec<(&'static str, usize, usize)>,
}

static SELECTED_KEYS: LazyLock<SelectedKeys> = LazyLock::new(|| {
    let mut selections = Vec::new();
    let mut keys = Vec::new();
    for (decl, _) in TABLES.entries() {
        for key in decl.keys {
            let ValueRule::SelectedBy(selection) = key.value else {
                continue;
            };
            let at = std::ptr::from_ref(selection) as usize;
            if selections.contains(&at) {
                continue;
            }
            selections.push(at);
            for (case, (_, chosen)) in selection.cases.iter().enumerate() {
                for declared in chosen.keys.iter().filter(|k| k.undocumented.is_none()) {
                    keys.push((declared.name, at, case));
                }
            }
        }
    }
    selections.sort_unstable();
    keys.sort_unstable();
    keys.dedup();
    SelectedKeys { selections, keys }
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Every declared object's table finds each of its keys at its own index, and
    /// no other name.
    #[test]
    fn every_table_finds_exactly_the_declared_keys() {
        assert!(TABLES.len >= 15 && TABLES.len < MAX_OBJECTS);
        for decl in crate::model::declarations::every_kind() {
            let index = KeyIndex::of(decl).expect("a table for every reachable object");
            for (i, key) in decl.keys.iter().enumerate() {
                assert_eq!(index.find(decl, key.name).map(|(at, _)| at), Some(i));
                assert_eq!(decl.key(key.name).map(|(at, _)| at), Some(i));
                // Names that are not keys of this object, or are another of its keys:
                // the same answer as a comparison with every key.
                for other in [
                    format!("{}_", key.name),
                    key.name.to_lowercase(),
                    key.name.to_uppercase(),
                    key.name.get(1..).unwrap_or_default().to_owned(),
                ] {
                    assert_eq!(
                        index.find(decl, &other).map(|(at, _)| at),
                        decl.key(&other).map(|(at, _)| at),
                        "{other}"
                    );
                }
            }
            assert!(index.find(decl, "").is_none());
            for key in decl.keys {
                if let ValueRule::SelectedBy(selection) = key.value {
                    for (_, chosen) in selection.cases {
                        for name in chosen.keys.iter().map(|k| k.name) {
                            for name in [name, "NOT_A_KEY", ""] {
                                assert_eq!(
                                    values_with_key(selection, name).collect::<Vec<_>>(),
                                    selection.values_with_key(name).collect::<Vec<_>>(),
                                    "{name}"
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}
