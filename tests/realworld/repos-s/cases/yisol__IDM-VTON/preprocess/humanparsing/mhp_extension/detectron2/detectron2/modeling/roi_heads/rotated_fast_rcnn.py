stub: upstream file of 11439 bytes
