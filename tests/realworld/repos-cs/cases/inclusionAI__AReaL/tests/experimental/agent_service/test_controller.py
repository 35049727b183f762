stub: upstream file of 11953 bytes
