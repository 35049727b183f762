stub: upstream file of 57 bytes
