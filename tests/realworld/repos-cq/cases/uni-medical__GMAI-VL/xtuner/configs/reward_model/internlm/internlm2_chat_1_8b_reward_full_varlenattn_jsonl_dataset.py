stub: upstream file of 6476 bytes
