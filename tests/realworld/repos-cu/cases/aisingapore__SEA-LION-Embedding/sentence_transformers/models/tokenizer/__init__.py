stub: upstream file of 373 bytes
