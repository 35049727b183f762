stub: upstream file of 20378 bytes
