stub: upstream file of 13108 bytes
