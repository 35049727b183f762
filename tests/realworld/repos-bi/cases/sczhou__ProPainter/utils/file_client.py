stub: upstream file of 5913 bytes
