stub: upstream file of 42006 bytes
