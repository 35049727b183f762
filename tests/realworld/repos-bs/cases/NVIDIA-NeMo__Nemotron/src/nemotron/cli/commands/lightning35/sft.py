stub: upstream file of 9059 bytes
