stub: upstream file of 4160 bytes
