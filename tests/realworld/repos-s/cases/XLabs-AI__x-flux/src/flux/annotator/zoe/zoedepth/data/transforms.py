stub: upstream file of 15290 bytes
