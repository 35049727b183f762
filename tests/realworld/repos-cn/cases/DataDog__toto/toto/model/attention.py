stub: upstream file of 11329 bytes
