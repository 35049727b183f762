stub: upstream file of 8072 bytes
