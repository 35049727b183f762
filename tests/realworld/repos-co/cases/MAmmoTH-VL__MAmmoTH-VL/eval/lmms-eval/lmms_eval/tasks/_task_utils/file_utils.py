stub: upstream file of 244 bytes
