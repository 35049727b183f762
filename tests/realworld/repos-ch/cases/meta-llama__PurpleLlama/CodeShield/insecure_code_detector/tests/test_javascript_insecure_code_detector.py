stub: upstream file of 1096 bytes
