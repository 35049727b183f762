stub: upstream file of 241358 bytes
