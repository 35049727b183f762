stub: upstream file of 3300 bytes
