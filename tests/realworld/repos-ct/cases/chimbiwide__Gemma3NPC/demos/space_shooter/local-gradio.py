stub: upstream file of 12348 bytes
