stub: upstream file of 3178 bytes
