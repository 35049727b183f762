stub: upstream file of 3013 bytes
