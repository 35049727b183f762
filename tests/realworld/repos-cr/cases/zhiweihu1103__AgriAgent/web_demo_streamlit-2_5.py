stub: upstream file of 4354 bytes
