stub: upstream file of 11435 bytes
