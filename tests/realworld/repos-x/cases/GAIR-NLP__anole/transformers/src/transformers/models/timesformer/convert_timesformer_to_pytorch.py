stub: upstream file of 10176 bytes
