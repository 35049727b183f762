stub: upstream file of 550 bytes
