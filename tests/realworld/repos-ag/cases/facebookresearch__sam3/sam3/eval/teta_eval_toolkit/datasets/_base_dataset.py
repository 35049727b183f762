stub: upstream file of 17882 bytes
