stub: upstream file of 1392 bytes
