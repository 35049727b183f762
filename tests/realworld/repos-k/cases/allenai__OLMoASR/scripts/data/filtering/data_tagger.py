stub: upstream file of 33439 bytes
