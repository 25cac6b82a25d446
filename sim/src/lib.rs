//! viaduct-sim
