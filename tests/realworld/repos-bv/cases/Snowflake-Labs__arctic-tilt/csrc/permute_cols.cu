stub: upstream file of 2907 bytes
