stub: upstream file of 4531 bytes
