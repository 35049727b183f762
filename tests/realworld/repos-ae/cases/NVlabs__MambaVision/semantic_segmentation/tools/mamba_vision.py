stub: upstream file of 31246 bytes
