stub: upstream file of 3054 bytes
