stub: upstream file of 11170 bytes
