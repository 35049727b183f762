stub: upstream file of 9506 bytes
