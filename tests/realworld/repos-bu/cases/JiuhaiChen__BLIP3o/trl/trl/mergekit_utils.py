stub: upstream file of 11069 bytes
