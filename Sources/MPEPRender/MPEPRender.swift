// MPEPRender: see docs/architecture.md.
