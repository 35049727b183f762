stub: upstream file of 8736 bytes
