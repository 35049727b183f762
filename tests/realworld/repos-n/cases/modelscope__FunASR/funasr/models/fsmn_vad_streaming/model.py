stub: upstream file of 53011 bytes
