stub: upstream file of 16332 bytes
