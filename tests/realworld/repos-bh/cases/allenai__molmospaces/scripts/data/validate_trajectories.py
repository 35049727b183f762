stub: upstream file of 16270 bytes
