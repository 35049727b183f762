stub: upstream file of 28 bytes
