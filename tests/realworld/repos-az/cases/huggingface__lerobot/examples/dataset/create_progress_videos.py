stub: upstream file of 23930 bytes
