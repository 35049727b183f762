stub: upstream file of 4134 bytes
