stub: upstream file of 7975 bytes
