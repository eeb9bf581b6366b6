// MPEPWrite: see docs/architecture.md.
