//! viaduct-model
