// MPEPContent
