stub: upstream file of 20322 bytes
