stub: upstream file of 332 bytes
