stub: upstream file of 8457 bytes
