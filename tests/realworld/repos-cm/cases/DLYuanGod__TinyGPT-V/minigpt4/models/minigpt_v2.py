stub: upstream file of 7436 bytes
