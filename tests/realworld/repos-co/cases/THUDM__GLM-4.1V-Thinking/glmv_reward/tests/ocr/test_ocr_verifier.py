stub: upstream file of 10835 bytes
