stub: upstream file of 9338 bytes
