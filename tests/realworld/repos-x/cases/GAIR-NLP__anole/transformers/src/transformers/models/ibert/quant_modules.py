stub: upstream file of 30072 bytes
