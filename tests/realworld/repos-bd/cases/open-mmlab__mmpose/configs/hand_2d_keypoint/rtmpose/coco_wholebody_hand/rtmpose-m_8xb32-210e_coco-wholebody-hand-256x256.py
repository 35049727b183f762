stub: upstream file of 6537 bytes
