stub: upstream file of 11385 bytes
