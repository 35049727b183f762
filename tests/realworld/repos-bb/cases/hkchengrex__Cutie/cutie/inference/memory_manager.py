stub: upstream file of 17311 bytes
