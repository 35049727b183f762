stub: upstream file of 6348 bytes
