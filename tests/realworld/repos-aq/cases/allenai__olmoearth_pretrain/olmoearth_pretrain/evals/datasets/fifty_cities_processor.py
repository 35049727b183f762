stub: upstream file of 15395 bytes
