stub: upstream file of 881700 bytes
