stub: upstream file of 17322 bytes
