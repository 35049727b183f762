stub: upstream file of 4098 bytes
