stub: upstream file of 145 bytes
