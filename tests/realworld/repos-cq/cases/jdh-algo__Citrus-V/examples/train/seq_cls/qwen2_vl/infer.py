stub: upstream file of 754 bytes
