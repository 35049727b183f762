stub: upstream file of 15072 bytes
