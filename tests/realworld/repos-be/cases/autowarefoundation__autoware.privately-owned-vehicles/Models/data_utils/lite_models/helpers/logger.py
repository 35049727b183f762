stub: upstream file of 6880 bytes
