stub: upstream file of 13217 bytes
