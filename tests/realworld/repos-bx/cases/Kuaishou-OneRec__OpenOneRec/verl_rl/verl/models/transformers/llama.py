stub: upstream file of 10352 bytes
