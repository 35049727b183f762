stub: upstream file of 35668 bytes
