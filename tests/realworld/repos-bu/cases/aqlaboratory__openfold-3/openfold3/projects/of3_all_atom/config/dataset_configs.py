stub: upstream file of 9523 bytes
