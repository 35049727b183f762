stub: upstream file of 17254 bytes
