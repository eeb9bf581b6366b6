// MPEPMarkdown: see docs/architecture.md.
