import MPEPCommands

Entry.main()
