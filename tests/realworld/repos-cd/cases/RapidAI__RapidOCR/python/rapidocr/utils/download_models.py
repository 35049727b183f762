stub: upstream file of 3979 bytes
