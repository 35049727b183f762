stub: upstream file of 72 bytes
