stub: upstream file of 49 bytes
