stub: upstream file of 27072 bytes
