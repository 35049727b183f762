stub: upstream file of 8487 bytes
