// MPEPSample: see docs/architecture.md.
