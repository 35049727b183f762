stub: upstream file of 22309 bytes
