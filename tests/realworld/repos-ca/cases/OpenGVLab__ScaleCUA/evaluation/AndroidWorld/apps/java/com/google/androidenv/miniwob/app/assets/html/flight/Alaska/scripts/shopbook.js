stub: upstream file of 44487 bytes
