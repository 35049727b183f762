stub: upstream file of 8930 bytes
