stub: upstream file of 32449 bytes
