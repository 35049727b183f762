stub: upstream file of 16311 bytes
