stub: upstream file of 850126 bytes
