stub: upstream file of 3174 bytes
