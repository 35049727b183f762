stub: upstream file of 18069 bytes
