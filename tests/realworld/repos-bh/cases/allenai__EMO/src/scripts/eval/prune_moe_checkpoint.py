stub: upstream file of 10732 bytes
