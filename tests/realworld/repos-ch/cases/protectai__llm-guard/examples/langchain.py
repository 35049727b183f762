stub: upstream file of 13035 bytes
