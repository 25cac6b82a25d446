//! viaduct-host
