stub: upstream file of 17266 bytes
