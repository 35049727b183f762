stub: upstream file of 38595 bytes
