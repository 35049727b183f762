stub: upstream file of 18580 bytes
