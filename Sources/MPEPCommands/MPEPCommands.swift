// MPEPCommands: see docs/architecture.md.
