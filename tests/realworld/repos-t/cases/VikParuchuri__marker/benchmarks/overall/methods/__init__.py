stub: upstream file of 4106 bytes
