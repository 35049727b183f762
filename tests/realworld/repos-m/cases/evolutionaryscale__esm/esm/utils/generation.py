stub: upstream file of 30737 bytes
