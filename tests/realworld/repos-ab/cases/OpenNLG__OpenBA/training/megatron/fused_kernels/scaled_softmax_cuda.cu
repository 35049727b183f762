stub: upstream file of 2701 bytes
