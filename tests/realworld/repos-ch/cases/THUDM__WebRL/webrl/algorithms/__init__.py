stub: upstream file of 54 bytes
