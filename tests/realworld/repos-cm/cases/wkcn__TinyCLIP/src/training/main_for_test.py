stub: upstream file of 17297 bytes
