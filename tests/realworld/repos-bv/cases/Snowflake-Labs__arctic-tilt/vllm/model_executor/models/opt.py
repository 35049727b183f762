stub: upstream file of 16506 bytes
