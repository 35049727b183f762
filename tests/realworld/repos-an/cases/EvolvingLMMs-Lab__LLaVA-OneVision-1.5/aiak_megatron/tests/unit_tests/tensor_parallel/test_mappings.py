stub: upstream file of 6441 bytes
