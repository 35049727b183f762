stub: upstream file of 13930 bytes
