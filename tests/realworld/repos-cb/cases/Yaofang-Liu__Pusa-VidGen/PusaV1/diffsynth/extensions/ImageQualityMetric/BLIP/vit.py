stub: upstream file of 14069 bytes
