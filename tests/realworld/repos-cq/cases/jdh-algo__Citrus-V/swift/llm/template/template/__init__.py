stub: upstream file of 266 bytes
