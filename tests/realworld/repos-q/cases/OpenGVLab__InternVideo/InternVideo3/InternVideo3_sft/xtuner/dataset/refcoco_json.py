stub: upstream file of 17343 bytes
