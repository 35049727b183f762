stub: upstream file of 11115 bytes
