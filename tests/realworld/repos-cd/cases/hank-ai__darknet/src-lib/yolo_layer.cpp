stub: upstream file of 49383 bytes
