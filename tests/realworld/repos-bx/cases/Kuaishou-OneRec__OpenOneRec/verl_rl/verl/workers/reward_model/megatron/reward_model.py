stub: upstream file of 16395 bytes
