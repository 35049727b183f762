stub: upstream file of 66184 bytes
