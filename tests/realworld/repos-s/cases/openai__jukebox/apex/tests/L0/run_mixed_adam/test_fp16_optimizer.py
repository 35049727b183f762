stub: upstream file of 5318 bytes
