stub: upstream file of 18930 bytes
