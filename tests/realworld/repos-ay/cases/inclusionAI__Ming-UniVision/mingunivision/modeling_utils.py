stub: upstream file of 43348 bytes
