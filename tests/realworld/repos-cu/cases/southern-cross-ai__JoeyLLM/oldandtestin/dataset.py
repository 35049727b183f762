stub: upstream file of 3348 bytes
