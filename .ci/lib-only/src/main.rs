//! `parse_request`'s error goes into `Box<dyn Error>` with `?`.

use std::error::Error;

fn store_name(text: &str) -> Result<String, Box<dyn Error>> {
    Ok(pingone_store::parse_request(text)?.value.name)
}

fn main() -> Result<(), Box<dyn Error>> {
    let error = store_name(r#"{"name": " "}"#).expect_err("a blank name is refused");
    let message = error.to_string();
    if !message.contains("error[empty] at `/name`") {
        return Err(format!("unexpected error: {message}").into());
    }
    println!("lib-only: parse_request's error is a Box<dyn Error>: {message:?}");
    Ok(())
}
