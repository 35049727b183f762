stub: upstream file of 76465 bytes
