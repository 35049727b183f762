stub: upstream file of 49835 bytes
