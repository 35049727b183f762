stub: upstream file of 11319 bytes
