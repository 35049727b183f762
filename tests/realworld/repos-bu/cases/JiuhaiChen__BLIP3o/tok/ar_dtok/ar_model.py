stub: upstream file of 20547 bytes
