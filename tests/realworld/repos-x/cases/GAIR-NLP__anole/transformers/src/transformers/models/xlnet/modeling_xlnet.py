stub: upstream file of 92841 bytes
