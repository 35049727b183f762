stub: upstream file of 35348 bytes
