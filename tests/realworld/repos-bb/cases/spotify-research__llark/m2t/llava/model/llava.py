stub: upstream file of 19975 bytes
