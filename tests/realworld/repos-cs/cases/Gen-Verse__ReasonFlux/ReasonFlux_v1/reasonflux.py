stub: upstream file of 5370 bytes
