stub: upstream file of 5572 bytes
