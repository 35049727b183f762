stub: upstream file of 7930 bytes
