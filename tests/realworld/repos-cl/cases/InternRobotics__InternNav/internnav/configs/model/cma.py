stub: upstream file of 2397 bytes
