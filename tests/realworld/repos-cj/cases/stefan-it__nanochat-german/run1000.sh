stub: upstream file of 5006 bytes
