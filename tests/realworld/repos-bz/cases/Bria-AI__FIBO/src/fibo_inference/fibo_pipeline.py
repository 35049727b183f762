stub: upstream file of 41314 bytes
