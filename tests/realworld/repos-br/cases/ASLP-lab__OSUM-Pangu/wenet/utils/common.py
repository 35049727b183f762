stub: upstream file of 12899 bytes
