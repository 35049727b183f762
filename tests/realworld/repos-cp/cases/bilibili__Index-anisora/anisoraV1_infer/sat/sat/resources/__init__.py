stub: upstream file of 33 bytes
