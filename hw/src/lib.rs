//! viaduct-hw
