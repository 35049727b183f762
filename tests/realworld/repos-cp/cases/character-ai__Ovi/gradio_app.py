stub: upstream file of 9360 bytes
