//! The valid path allocates nothing beyond the report itself: validating a valid
//! `serde_json::Value` makes no heap allocation at all (an empty report holds none).
#![allow(
    unsafe_code,
    reason = "a counting global allocator must implement `GlobalAlloc`"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use pingone_store::{Options, validate_value};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on as is.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_of(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

fn fixture(name: &str) -> serde_json::Value {
    let path = format!("{}/tests/fixtures/valid/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("a fixture")).expect("JSON")
}

#[test]
fn a_valid_request_allocates_nothing() {
    let request = fixture("oauth-all-options.json");
    let mut valid = false;
    let count = allocations_of(|| valid = validate_value(&request, Options::request()).is_empty());
    assert!(valid);
    assert_eq!(
        count, 0,
        "validate_value allocated {count} times on a request: on a valid payload"
    );
}

#[test]
fn a_valid_response_allocates_nothing() {
    let response = fixture("response-with-sync-status.response.json");
    let mut valid = false;
    let count =
        allocations_of(|| valid = validate_value(&response, Options::response()).is_empty());
    assert!(valid);
    assert_eq!(
        count, 0,
        "validate_value allocated {count} times on a response: on a valid payload"
    );
}

#[test]
fn the_counter_sees_allocations() {
    let count = allocations_of(|| drop(std::hint::black_box(vec![1u8; 16])));
    assert!(count >= 1);
}
