stub: upstream file of 16200 bytes
