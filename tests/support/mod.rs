//! Shared test support: proptest strategies over the typed model and over mutations.

#![allow(
    dead_code,
    reason = "each test crate uses a part of the support module"
)]

pub mod payloads;
