stub: upstream file of 3332 bytes
