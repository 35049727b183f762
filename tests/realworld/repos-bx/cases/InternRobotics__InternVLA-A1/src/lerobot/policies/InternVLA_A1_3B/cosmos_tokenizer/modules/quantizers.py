stub: upstream file of 20300 bytes
