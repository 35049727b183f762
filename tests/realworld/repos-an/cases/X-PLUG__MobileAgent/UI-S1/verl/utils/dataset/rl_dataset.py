stub: upstream file of 33435 bytes
