stub: upstream file of 15361 bytes
