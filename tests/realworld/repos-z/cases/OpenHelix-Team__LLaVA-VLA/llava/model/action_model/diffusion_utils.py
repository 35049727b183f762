stub: upstream file of 3189 bytes
