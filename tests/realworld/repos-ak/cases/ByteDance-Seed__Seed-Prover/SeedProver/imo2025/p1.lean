stub: upstream file of 210984 bytes
