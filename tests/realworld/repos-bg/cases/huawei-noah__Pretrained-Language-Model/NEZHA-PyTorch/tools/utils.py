stub: upstream file of 5316 bytes
