stub: upstream file of 62745 bytes
