stub: upstream file of 5050 bytes
