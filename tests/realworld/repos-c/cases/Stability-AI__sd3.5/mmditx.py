stub: upstream file of 30980 bytes
