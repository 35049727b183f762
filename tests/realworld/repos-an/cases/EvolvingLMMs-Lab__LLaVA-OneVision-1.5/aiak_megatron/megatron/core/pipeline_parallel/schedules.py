stub: upstream file of 123365 bytes
