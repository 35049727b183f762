stub: upstream file of 32275 bytes
