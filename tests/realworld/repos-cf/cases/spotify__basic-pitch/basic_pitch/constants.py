stub: upstream file of 2415 bytes
