stub: upstream file of 7167 bytes
