stub: upstream file of 28398 bytes
