stub: upstream file of 9907 bytes
