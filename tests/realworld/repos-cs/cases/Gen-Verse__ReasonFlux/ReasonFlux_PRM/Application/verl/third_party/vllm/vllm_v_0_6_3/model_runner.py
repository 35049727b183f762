stub: upstream file of 7415 bytes
