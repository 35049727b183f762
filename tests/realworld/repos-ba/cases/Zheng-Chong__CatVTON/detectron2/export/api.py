stub: upstream file of 9210 bytes
