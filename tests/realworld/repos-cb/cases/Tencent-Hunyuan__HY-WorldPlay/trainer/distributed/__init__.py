stub: upstream file of 1265 bytes
