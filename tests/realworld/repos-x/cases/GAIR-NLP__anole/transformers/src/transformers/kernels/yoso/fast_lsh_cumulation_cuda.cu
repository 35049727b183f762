stub: upstream file of 32870 bytes
