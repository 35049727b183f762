stub: upstream file of 32006 bytes
