stub: upstream file of 7314 bytes
