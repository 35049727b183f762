stub: upstream file of 7332 bytes
