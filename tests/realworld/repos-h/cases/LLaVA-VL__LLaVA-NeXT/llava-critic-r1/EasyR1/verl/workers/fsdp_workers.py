stub: upstream file of 31058 bytes
