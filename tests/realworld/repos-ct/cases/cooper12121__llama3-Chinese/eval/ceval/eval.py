stub: upstream file of 5715 bytes
