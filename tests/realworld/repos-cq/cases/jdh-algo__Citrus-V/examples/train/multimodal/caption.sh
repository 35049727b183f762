stub: upstream file of 862 bytes
