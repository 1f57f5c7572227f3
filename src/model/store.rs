//! Conveniences on the generated store types that no declaration states: a Zoom
//! store's shortcut, and the icon given by its address.

use super::{Image, StoreConfiguration, StoreRequest, ZoomConfiguration};

impl StoreRequest {
    /// A request for a Zoom store.
    #[must_use]
    pub fn zoom(name: impl Into<String>, configuration: ZoomConfiguration) -> Self {
        Self::new(name, StoreConfiguration::Zoom(configuration))
    }

    /// Sets `image.href`.
    #[must_use]
    pub fn with_image(mut self, href: impl Into<String>) -> Self {
        self.image = Some(Image {
            href: Some(href.into()),
        });
        self
    }
}
