stub: upstream file of 17572 bytes
