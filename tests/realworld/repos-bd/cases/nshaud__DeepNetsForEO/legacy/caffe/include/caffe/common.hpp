stub: upstream file of 6435 bytes
