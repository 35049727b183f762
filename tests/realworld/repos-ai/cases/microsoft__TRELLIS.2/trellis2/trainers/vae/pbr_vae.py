stub: upstream file of 11480 bytes
