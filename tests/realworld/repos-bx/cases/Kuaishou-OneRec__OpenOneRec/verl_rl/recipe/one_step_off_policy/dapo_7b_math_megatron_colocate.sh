stub: upstream file of 5930 bytes
