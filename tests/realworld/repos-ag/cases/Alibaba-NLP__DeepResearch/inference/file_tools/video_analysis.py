stub: upstream file of 24348 bytes
