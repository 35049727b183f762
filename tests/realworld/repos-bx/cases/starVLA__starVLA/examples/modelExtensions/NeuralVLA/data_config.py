stub: upstream file of 29322 bytes
