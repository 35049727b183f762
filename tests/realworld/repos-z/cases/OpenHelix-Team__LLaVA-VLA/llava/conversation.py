stub: upstream file of 22885 bytes
