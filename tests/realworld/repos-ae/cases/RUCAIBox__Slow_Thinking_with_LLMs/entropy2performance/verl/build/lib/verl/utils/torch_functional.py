stub: upstream file of 20366 bytes
