stub: upstream file of 6287 bytes
