stub: upstream file of 3307 bytes
