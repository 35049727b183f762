stub: upstream file of 35304 bytes
