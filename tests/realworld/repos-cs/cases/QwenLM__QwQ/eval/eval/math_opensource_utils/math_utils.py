stub: upstream file of 10304 bytes
