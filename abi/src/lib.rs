//! viaduct-abi
