stub: upstream file of 10937 bytes
