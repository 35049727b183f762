stub: upstream file of 41933 bytes
