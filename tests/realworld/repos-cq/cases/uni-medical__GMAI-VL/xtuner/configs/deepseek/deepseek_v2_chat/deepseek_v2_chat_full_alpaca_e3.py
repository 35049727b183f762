stub: upstream file of 6923 bytes
