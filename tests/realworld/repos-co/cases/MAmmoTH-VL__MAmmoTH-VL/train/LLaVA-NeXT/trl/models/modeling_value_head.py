stub: upstream file of 18401 bytes
