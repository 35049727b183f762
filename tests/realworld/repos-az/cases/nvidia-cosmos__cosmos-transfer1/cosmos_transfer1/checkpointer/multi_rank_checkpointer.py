stub: upstream file of 11367 bytes
