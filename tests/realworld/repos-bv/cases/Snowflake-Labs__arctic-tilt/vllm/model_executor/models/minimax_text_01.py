stub: upstream file of 50537 bytes
