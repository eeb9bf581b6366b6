// MPEPServe: see docs/architecture.md.
