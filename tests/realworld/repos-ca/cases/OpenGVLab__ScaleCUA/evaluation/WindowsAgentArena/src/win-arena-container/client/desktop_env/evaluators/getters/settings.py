stub: upstream file of 6800 bytes
