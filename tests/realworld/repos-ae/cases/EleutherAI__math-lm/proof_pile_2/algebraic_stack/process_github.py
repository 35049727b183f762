stub: upstream file of 25398 bytes
