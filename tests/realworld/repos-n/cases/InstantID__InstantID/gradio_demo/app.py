stub: upstream file of 19520 bytes
