stub: upstream file of 20916 bytes
