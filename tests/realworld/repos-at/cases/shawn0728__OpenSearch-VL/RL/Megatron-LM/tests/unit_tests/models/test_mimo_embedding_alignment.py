stub: upstream file of 18888 bytes
