stub: upstream file of 47561 bytes
