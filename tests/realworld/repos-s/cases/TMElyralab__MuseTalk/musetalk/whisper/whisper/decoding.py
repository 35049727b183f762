stub: upstream file of 30930 bytes
