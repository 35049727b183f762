stub: upstream file of 9435 bytes
