stub: upstream file of 8379 bytes
