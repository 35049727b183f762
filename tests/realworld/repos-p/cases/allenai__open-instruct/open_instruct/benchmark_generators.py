stub: upstream file of 29837 bytes
