stub: upstream file of 5864 bytes
