stub: upstream file of 11395 bytes
