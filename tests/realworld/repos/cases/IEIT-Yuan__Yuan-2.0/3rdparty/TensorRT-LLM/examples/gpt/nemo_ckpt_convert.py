stub: upstream file of 10476 bytes
