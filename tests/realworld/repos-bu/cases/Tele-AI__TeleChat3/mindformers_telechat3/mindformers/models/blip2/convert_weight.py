stub: upstream file of 5482 bytes
