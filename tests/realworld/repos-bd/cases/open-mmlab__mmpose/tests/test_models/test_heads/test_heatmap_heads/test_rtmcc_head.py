stub: upstream file of 25518 bytes
