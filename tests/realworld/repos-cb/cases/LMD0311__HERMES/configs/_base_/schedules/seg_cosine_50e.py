stub: upstream file of 347 bytes
