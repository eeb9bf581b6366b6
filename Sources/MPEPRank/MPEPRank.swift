// MPEPRank: see docs/architecture.md.
