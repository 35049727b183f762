stub: upstream file of 4988 bytes
