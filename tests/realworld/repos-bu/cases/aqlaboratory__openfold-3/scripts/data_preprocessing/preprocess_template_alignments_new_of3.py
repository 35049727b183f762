stub: upstream file of 3470 bytes
