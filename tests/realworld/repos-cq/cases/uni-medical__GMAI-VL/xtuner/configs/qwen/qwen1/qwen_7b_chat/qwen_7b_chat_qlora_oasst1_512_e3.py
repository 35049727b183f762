stub: upstream file of 7318 bytes
