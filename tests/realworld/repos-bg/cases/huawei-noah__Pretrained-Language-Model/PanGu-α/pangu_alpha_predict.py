stub: upstream file of 9189 bytes
