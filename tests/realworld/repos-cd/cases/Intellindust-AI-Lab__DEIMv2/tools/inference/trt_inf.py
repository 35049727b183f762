stub: upstream file of 8375 bytes
