stub: upstream file of 28165 bytes
