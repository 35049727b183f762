stub: upstream file of 75052 bytes
