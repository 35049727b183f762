stub: upstream file of 155 bytes
