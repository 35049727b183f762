stub: upstream file of 27348 bytes
