stub: upstream file of 9545 bytes
