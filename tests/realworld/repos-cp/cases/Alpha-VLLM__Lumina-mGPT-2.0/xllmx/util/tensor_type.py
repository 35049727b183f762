stub: upstream file of 324 bytes
