stub: upstream file of 13442 bytes
