stub: upstream file of 16893 bytes
