stub: upstream file of 24299 bytes
