stub: upstream file of 206792 bytes
