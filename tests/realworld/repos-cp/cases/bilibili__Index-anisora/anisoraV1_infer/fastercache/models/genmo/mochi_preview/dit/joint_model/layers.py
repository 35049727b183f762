stub: upstream file of 5700 bytes
