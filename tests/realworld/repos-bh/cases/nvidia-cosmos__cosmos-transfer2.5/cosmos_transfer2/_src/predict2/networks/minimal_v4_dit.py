stub: upstream file of 81958 bytes
