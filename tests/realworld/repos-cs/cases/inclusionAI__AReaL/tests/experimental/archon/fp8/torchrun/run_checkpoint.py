stub: upstream file of 6068 bytes
