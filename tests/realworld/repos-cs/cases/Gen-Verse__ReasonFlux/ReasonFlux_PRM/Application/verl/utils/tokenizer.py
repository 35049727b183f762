stub: upstream file of 3145 bytes
