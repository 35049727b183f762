stub: upstream file of 15835 bytes
