stub: upstream file of 6072 bytes
