stub: upstream file of 50452 bytes
