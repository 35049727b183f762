stub: upstream file of 9140 bytes
