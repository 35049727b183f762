stub: upstream file of 3322 bytes
