stub: upstream file of 2691 bytes
