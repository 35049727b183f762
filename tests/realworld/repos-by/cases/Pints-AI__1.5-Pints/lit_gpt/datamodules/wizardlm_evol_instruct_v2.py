stub: upstream file of 5154 bytes
