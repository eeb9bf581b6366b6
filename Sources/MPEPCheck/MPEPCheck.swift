// MPEPCheck: see docs/architecture.md.
