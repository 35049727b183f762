stub: upstream file of 58348 bytes
