stub: upstream file of 15465 bytes
