stub: upstream file of 15345 bytes
