stub: upstream file of 4212 bytes
