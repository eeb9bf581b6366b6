// MPEPInterop: see docs/architecture.md.
