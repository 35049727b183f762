stub: upstream file of 6022 bytes
