stub: upstream file of 15917 bytes
