import MPEPCommands

await Entry.main()
