stub: upstream file of 10285 bytes
